#pragma once

#include "app/inventory/inventory.h"

#include <QAbstractTableModel>
#include <QSet>

namespace acrnet {

// The subscriptions of every account, each with a check box: the picker edits which ones are browsed.
class SubscriptionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, SubscriptionId, Tenant, Account, State, Count };

    using QAbstractTableModel::QAbstractTableModel;

    void setSubscriptions(const QList<ListedSubscription> &subscriptions);
    QSet<QString> excluded() const; // lower-case IDs not checked
    int checkedCount() const;
    void setAllChecked(bool checked, const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedCountChanged(int checked);

private:
    QList<ListedSubscription> m_items;
};

} // namespace acrnet
