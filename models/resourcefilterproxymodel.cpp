#include "resourcefilterproxymodel.h"
#include "inventoryroles.h"
#include "inventorytablemodel.h"
#include "inventorytreemodel.h"

namespace acrnet {

ResourceFilterProxyModel::ResourceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResourceFilterProxyModel::setSortBelowFilter(bool below)
{
    if (below == (m_sorter != nullptr))
        return;
    QAbstractItemModel *model = m_sorter ? m_sorter->sourceModel() : sourceModel();
    delete m_sorter;
    m_sorter = nullptr;
    if (below) {
        m_sorter = new QSortFilterProxyModel(this);
        m_sorter->setObjectName(objectName() + QStringLiteral("Sorter"));
        m_sorter->setSortRole(SortRole);
        m_sorter->setSortCaseSensitivity(Qt::CaseInsensitive);
    }
    setSourceModel(model);
}

void ResourceFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<const InventoryTableModel *>(model);
    m_tree = qobject_cast<const InventoryTreeModel *>(model);
    if (m_sorter) {
        m_sorter->setSourceModel(model);
        QSortFilterProxyModel::setSourceModel(m_sorter);
    } else {
        QSortFilterProxyModel::setSourceModel(model);
    }
}

QModelIndex ResourceFilterProxyModel::mapToModel(const QModelIndex &proxyIndex) const
{
    const QModelIndex index = mapToSource(proxyIndex);
    return m_sorter ? m_sorter->mapToSource(index) : index;
}

void ResourceFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_sorter)
        m_sorter->sort(column, order); // this layer keeps the sorter's order: it only filters
    else
        QSortFilterProxyModel::sort(column, order);
}

void ResourceFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // One layout change instead of a removal per parent: a tree view relays out once, not thousands of times.
    invalidate();
}

void ResourceFilterProxyModel::setScope(const QString &key)
{
    if (key == m_scope)
        return;
    m_scope = key;
    invalidate();
}

bool ResourceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() && m_scope.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_scope.isEmpty() && !index.data(ScopesRole).toStringList().contains(m_scope))
        return false;
    if (m_words.isEmpty())
        return true;
    QString fallback;
    const QString *text = &fallback;
    if (m_tree) {
        text = &m_tree->searchText(index);
    } else if (m_table) {
        text = &m_table->searchText(m_sorter ? m_sorter->mapToSource(index).row() : sourceRow);
    } else {
        fallback = index.data(SearchTextRole).toString();
    }
    for (const QString &w : m_words) {
        if (!text->contains(w))
            return false;
    }
    return true;
}

} // namespace acrnet
