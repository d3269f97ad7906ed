#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>

namespace acrnet {

namespace {
constexpr int kMaxCached = 20000; // distinct strings; the cache starts over beyond that
}

const QStaticText &CachedTextDelegate::laidOut(const QString &text, const QFont &font) const
{
    if (font != m_font) {
        m_cache.clear();
        m_font = font;
    }
    auto it = m_cache.find(text);
    if (it != m_cache.end())
        return *it;
    if (m_cache.size() >= kMaxCached)
        m_cache.clear();
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), font);
    return *m_cache.insert(text, laid);
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // Multi-line or right-to-left text, or a cell that wraps: the style's own path.
    if (text.isEmpty() || opt.direction == Qt::RightToLeft || (opt.features & QStyleOptionViewItem::WrapText) ||
        text.contains(QLatin1Char('\n'))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The text rectangle is what the style leaves for the text once icon and margins are placed.
    opt.text.clear();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const QStaticText &laid = laidOut(text, opt.font);
    const QSizeF size = laid.size();
    if (textRect.width() <= 0 || size.width() > textRect.width()) {
        QStyledItemDelegate::paint(painter, option, index); // elided: the style's own path, uncached
        return;
    }
    // Everything but the text by the style, then the text as laid out before.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled)  ? QPalette::Disabled
                                       : !(opt.state & QStyle::State_Active) ? QPalette::Inactive
                                                                             : QPalette::Normal;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, size.toSize(), textRect);
    painter->drawStaticText(at.topLeft(), laid);
    painter->restore();
}

} // namespace acrnet
