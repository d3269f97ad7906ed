#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace acrnet {

// Paints like QStyledItemDelegate — background, selection, icon and focus come from the style — but draws the
// text from a cache of laid-out strings. Large inventories repeat the same names, regions and states thousands of
// times, and each repaint of a view otherwise shapes every visible cell's text again (most of a filter keystroke's
// time at 20,000 rows). Text too wide for its cell is painted (elided) by the standard path.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    int cachedTexts() const { return int(m_cache.size()); }

private:
    const QStaticText &laidOut(const QString &text, const QFont &font) const;

    mutable QHash<QString, QStaticText> m_cache;
    mutable QFont m_font;
};

} // namespace acrnet
