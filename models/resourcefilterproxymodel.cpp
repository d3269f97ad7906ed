#include "resourcefilterproxymodel.h"
#include "inventoryroles.h"

namespace acrnet {

ResourceFilterProxyModel::ResourceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResourceFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ResourceFilterProxyModel::setScope(const QString &key)
{
    if (key == m_scope)
        return;
    m_scope = key;
    invalidateRowsFilter();
}

bool ResourceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_scope.isEmpty() && !index.data(ScopesRole).toStringList().contains(m_scope))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(SearchTextRole).toString();
    for (const QString &w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

} // namespace acrnet
