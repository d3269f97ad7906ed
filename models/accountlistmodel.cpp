#include "accountlistmodel.h"
#include "app/auth/accountmanager.h"

namespace acrnet {

AccountListModel::AccountListModel(AccountManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    connect(manager, &AccountManager::accountsChanged, this, &AccountListModel::sync);
    connect(manager, &AccountManager::statusChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole});
        else
            sync();
    });
    sync();
}

void AccountListModel::sync()
{
    // Merge by account ID: remove rows that left, append rows that came, refresh the rest.
    QStringList wanted;
    const auto accounts = m_manager->accounts();
    for (const Account &a : accounts)
        wanted << a.id;
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_ids.at(row))) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    for (const QString &id : std::as_const(wanted)) {
        if (!m_ids.contains(id)) {
            beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
            m_ids.append(id);
            endInsertRows();
        }
    }
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

QString AccountListModel::accountId(int row) const
{
    return m_ids.value(row);
}

int AccountListModel::rowOf(const QString &accountId) const
{
    return int(m_ids.indexOf(accountId));
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = m_ids.at(index.row());
    Account account;
    const auto accounts = m_manager->accounts();
    for (const Account &a : accounts) {
        if (a.id == id)
            account = a;
    }
    const AccountManager::Status status = m_manager->status(id);
    if (role == AccountIdRole)
        return id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return account.isDefault && role == Qt::DisplayRole ? tr("%1 (default)").arg(account.username)
                                                            : account.username;
    case CloudColumn:
        return AccountManager::cloudFor(account).displayName();
    case MethodColumn:
        switch (account.method) {
        case Account::Method::DeviceCode:
            return tr("Device code");
        case Account::Method::ServicePrincipal:
            return tr("Service principal");
        case Account::Method::AzureCli:
            return tr("Azure CLI");
        case Account::Method::Sandbox:
            return tr("Sandbox");
        }
        return {};
    case TenantColumn:
        return account.homeTenantId;
    case StateColumn: {
        if (role == SortRole)
            return int(status.state);
        QString text;
        switch (status.state) {
        case AccountManager::State::Checking:
            text = tr("Checking…");
            break;
        case AccountManager::State::SignedIn:
            text = status.sessionOnly ? tr("Signed in (this run only)") : tr("Signed in");
            break;
        case AccountManager::State::NeedsSignIn:
            text = tr("Needs sign-in");
            break;
        case AccountManager::State::Error:
            text = tr("Error");
            break;
        }
        if (role == Qt::ToolTipRole && !status.message.isEmpty())
            return status.message;
        return text;
    }
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Account");
    case CloudColumn:
        return tr("Cloud");
    case MethodColumn:
        return tr("Sign-in method");
    case TenantColumn:
        return tr("Home tenant");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace acrnet
