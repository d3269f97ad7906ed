#pragma once

#include <QIcon>

namespace acrnet {

// The app's SVG icons (HiDPI-safe), loaded once. A state is never shown by colour alone: each has its own shape.
class StateIcons
{
public:
    enum class State { None, Ok, Busy, Warning, Error, Info };

    static QIcon icon(const QString &name); // ":/icons/<name>.svg"
    static QIcon icon(State state);
};

} // namespace acrnet
