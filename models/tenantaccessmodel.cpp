#include "tenantaccessmodel.h"
#include "app/auth/accountmanager.h"

namespace acrnet {

TenantAccessModel::TenantAccessModel(AccountManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    connect(manager, &AccountManager::tenantsChanged, this, [this](const QString &id) {
        if (id == m_account)
            reload();
    });
    connect(manager, &AccountManager::accountsChanged, this, &TenantAccessModel::reload);
}

void TenantAccessModel::setAccount(const QString &accountId)
{
    m_account = accountId;
    reload();
}

void TenantAccessModel::reload()
{
    // A different account's tenants are a different list: reset is the honest signal here.
    beginResetModel();
    m_rows = int(m_manager->tenants(m_account).size());
    endResetModel();
}

int TenantAccessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TenantAccessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantAccessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto tenants = m_manager->tenants(m_account);
    if (index.row() >= tenants.size())
        return {};
    const auto &t = tenants.at(index.row());
    if (role == TenantIdRole)
        return t.tenant.tenantId;
    if (role == NeedsInteractionRole)
        return t.state == AccountSession::TenantState::NeedsInteraction;
    if (role == Qt::ToolTipRole)
        return t.error.isError() ? t.error.userText() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return t.tenant.displayName;
    case TenantIdColumn:
        return t.tenant.tenantId;
    case StateColumn:
        switch (t.state) {
        case AccountSession::TenantState::SignedIn:
            return tr("Signed in");
        case AccountSession::TenantState::NeedsInteraction:
            return tr("Needs interactive sign-in (MFA or conditional access)");
        case AccountSession::TenantState::Error:
            return tr("Error: %1").arg(t.error.userText());
        case AccountSession::TenantState::Unknown:
            return tr("Not checked");
        }
        return {};
    default:
        return {};
    }
}

QVariant TenantAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tenant");
    case TenantIdColumn:
        return tr("Tenant ID");
    case StateColumn:
        return tr("Access");
    default:
        return {};
    }
}

} // namespace acrnet
