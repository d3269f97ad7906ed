#pragma once

#include <QAbstractTableModel>

namespace acrnet {

class AccountManager;

// The tenants one account can see, with the state of its sign-in to each (signed in, needs interaction, error).
class TenantAccessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TenantIdColumn, StateColumn, ColumnCount };
    enum Role { TenantIdRole = Qt::UserRole + 1, NeedsInteractionRole };

    explicit TenantAccessModel(AccountManager *manager, QObject *parent = nullptr);
    void setAccount(const QString &accountId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    AccountManager *m_manager;
    QString m_account;
    int m_rows = 0;
};

} // namespace acrnet
