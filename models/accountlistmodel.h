#pragma once

#include <QAbstractTableModel>

namespace acrnet {

class AccountManager;

// The accounts of an AccountManager: name, cloud, sign-in method, home tenant and state, one row each.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CloudColumn, MethodColumn, TenantColumn, StateColumn, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1, SortRole };

    explicit AccountListModel(AccountManager *manager, QObject *parent = nullptr);

    QString accountId(int row) const;
    int rowOf(const QString &accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();
    AccountManager *m_manager;
    QStringList m_ids;
};

} // namespace acrnet
