#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace acrnet {

// Type-ahead filter over the inventory tree or a table: every word typed must occur in a row's SearchTextRole
// (name, ID, prefixes, region…). In a tree, a match keeps its ancestors (recursive filtering). A scope key
// (the selected tree node) restricts a table to the rows under it. Sorting uses SortRole.
class ResourceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResourceFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setScope(const QString &key);
    QString scope() const { return m_scope; }

    // Large tables: sort in a layer below the filter, so a keystroke only re-filters (linear) and never re-sorts
    // 20,000 rows. sort() is forwarded to that layer; mapToSource() then yields its indexes, use mapToModel().
    void setSortBelowFilter(bool below);
    QModelIndex mapToModel(const QModelIndex &proxyIndex) const;
    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_scope;
    QSortFilterProxyModel *m_sorter = nullptr;
    const class InventoryTableModel *m_table = nullptr; // fast paths, when the model is one of ours
    const class InventoryTreeModel *m_tree = nullptr;
};

} // namespace acrnet
