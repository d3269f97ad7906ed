#include "themecolors.h"

#include <QtMath>

namespace acrnet::ThemeColors {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The palette's own text colour when it reads well on the background, else black or white, whichever reads better.
QColor readableOn(const QColor &background, const QColor &preferred)
{
    if (contrast(background, preferred) >= 4.5)
        return preferred;
    return contrast(background, Qt::black) >= contrast(background, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

Pair tint(Tint tint, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor background;
    switch (tint) {
    case Tint::Allowed:
        background = dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd7, 0xf0, 0xdc);
        break;
    case Tint::Open:
        background = dark ? QColor(0x5c, 0x3b, 0x0e) : QColor(0xfd, 0xe9, 0xc8);
        break;
    case Tint::Ineffective:
        background = dark ? QColor(0x5e, 0x1f, 0x1f) : QColor(0xf6, 0xd0, 0xd0);
        break;
    case Tint::Depends:
        background = dark ? QColor(0x4a, 0x44, 0x10) : QColor(0xfa, 0xf3, 0xc0);
        break;
    case Tint::Sandbox:
        background = dark ? QColor(0x4d, 0x3a, 0x00) : QColor(0xff, 0xf3, 0xcd);
        break;
    }
    return {background, readableOn(background, palette.color(QPalette::Text))};
}

} // namespace acrnet::ThemeColors
