#include "clock.h"

namespace acrnet::Clock {

namespace {
QDateTime &fixed()
{
    static QDateTime time;
    return time;
}
} // namespace

QDateTime now()
{
    return fixed().isValid() ? fixed().toLocalTime() : QDateTime::currentDateTime();
}

QDateTime nowUtc()
{
    return fixed().isValid() ? fixed().toUTC() : QDateTime::currentDateTimeUtc();
}

void setFixed(const QDateTime &time)
{
    fixed() = time;
}

bool isFixed()
{
    return fixed().isValid();
}

} // namespace acrnet::Clock
