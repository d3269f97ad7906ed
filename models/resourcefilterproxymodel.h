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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_scope;
};

} // namespace acrnet
