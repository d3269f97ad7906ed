#include "stateicons.h"

#include <QHash>

namespace acrnet {

QIcon StateIcons::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
    return it.value();
}

QIcon StateIcons::icon(State state)
{
    switch (state) {
    case State::Ok:
        return icon(QStringLiteral("state-ok"));
    case State::Busy:
        return icon(QStringLiteral("state-busy"));
    case State::Warning:
        return icon(QStringLiteral("state-warning"));
    case State::Error:
        return icon(QStringLiteral("state-error"));
    case State::Info:
        return icon(QStringLiteral("state-info"));
    case State::None:
        break;
    }
    return {};
}

} // namespace acrnet
