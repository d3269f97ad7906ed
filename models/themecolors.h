#pragma once

#include <QColor>
#include <QPalette>

namespace acrnet {

// The few colours the app adds to the palette (access-matrix cells, the sandbox banner), chosen for the palette in
// use — light or dark — so text on them keeps a contrast of at least 4.5:1 (WCAG AA). Never used alone: every
// state also has its own icon shape.
namespace ThemeColors {

enum class Tint { Allowed, Open, Ineffective, Depends, Sandbox };

struct Pair
{
    QColor background;
    QColor foreground;
};

bool isDark(const QPalette &palette);
Pair tint(Tint tint, const QPalette &palette);
// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace ThemeColors

} // namespace acrnet
