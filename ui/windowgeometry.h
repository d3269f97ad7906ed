#pragma once

#include <QByteArray>
#include <QSize>

class QWidget;

namespace acrnet {

// Window sizes that fit the screen they open on, whatever its size and scale factor: the size a window asks for,
// bounded by a share of the screen's available area (never clipped by a panel or the screen's edge), and a saved
// geometry brought back onto a screen that exists now (a monitor unplugged, a smaller laptop screen).
namespace WindowGeometry {

// Resizes the window to `preferred`, or to `share` of its screen's available area when that is smaller.
void fitToScreen(QWidget *window, const QSize &preferred, double share = 0.9);
// restoreGeometry(), then moved and shrunk as needed so the whole window lies on one of the current screens.
// Returns false (and leaves the window as it was) when the saved bytes cannot be read.
bool restoreClamped(QWidget *window, const QByteArray &geometry);

} // namespace WindowGeometry

} // namespace acrnet
