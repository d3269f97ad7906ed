#pragma once

// What every fuzz target shares: the input as text or bytes, and a check that stops the run with a message when a
// property does not hold (libFuzzer then saves the input as a crash).
#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace acrnet::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void require(bool holds, const char *property, const QString &input = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "property violated: %s\ninput: %s\n", property, input.toUtf8().constData());
    std::abort();
}

} // namespace acrnet::fuzz
