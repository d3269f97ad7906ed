#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace acrnet::WindowGeometry {

namespace {

QScreen *screenOf(const QWidget *window)
{
    QScreen *screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

} // namespace

void fitToScreen(QWidget *window, const QSize &preferred, double share)
{
    const QScreen *screen = screenOf(window);
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QSize room = screen->availableGeometry().size() * share;
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSize().boundedTo(room)));
}

bool restoreClamped(QWidget *window, const QByteArray &geometry)
{
    if (geometry.isEmpty() || !window->restoreGeometry(geometry))
        return false;
    // The screen that holds most of the window, or the primary one when it is on none of them.
    QRect frame = window->frameGeometry();
    const QScreen *best = nullptr;
    qint64 bestArea = 0;
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect overlap = screen->availableGeometry().intersected(frame);
        const qint64 area = qint64(overlap.width()) * overlap.height();
        if (area > bestArea) {
            bestArea = area;
            best = screen;
        }
    }
    if (!best)
        best = QGuiApplication::primaryScreen();
    if (!best)
        return true;
    const QRect room = best->availableGeometry();
    if (room.contains(frame))
        return true;
    // Before the window is shown its frame is not known: leave room for a title bar and borders.
    const QSize decoration = window->isVisible() ? frame.size() - window->geometry().size() : QSize(16, 48);
    QSize inner = window->size().boundedTo(room.size() - decoration);
    window->resize(inner);
    frame = window->frameGeometry();
    QPoint topLeft = frame.topLeft();
    topLeft.setX(qBound(room.left(), topLeft.x(), qMax(room.left(), room.right() - frame.width() + 1)));
    topLeft.setY(qBound(room.top(), topLeft.y(), qMax(room.top(), room.bottom() - frame.height() + 1)));
    window->move(topLeft);
    return true;
}

} // namespace acrnet::WindowGeometry
