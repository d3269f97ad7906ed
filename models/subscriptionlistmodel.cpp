#include "subscriptionlistmodel.h"
#include "inventoryroles.h"

namespace acrnet {

void SubscriptionListModel::setSubscriptions(const QList<ListedSubscription> &subscriptions)
{
    // A dialog's working copy: replaced wholesale when opened, so a reset is right here.
    beginResetModel();
    m_items = subscriptions;
    endResetModel();
    emit checkedCountChanged(checkedCount());
}

QSet<QString> SubscriptionListModel::excluded() const
{
    QSet<QString> ids;
    for (const ListedSubscription &l : m_items) {
        if (!l.selected)
            ids.insert(l.subscription.subscriptionId.toLower());
    }
    return ids;
}

int SubscriptionListModel::checkedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const ListedSubscription &l) { return l.selected; }));
}

void SubscriptionListModel::setAllChecked(bool checked, const QList<int> &rows)
{
    int first = -1;
    int last = -1;
    for (int row : rows) {
        if (row < 0 || row >= m_items.size() || m_items[row].selected == checked)
            continue;
        m_items[row].selected = checked;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0) {
        emit dataChanged(index(first, Name), index(last, Name), {Qt::CheckStateRole});
        emit checkedCountChanged(checkedCount());
    }
}

int SubscriptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SubscriptionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant SubscriptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListedSubscription &l = m_items.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Name)
        return l.selected ? Qt::Checked : Qt::Unchecked;
    if (role == SearchTextRole)
        return QStringList{l.subscription.displayName, l.subscription.subscriptionId, l.tenantName, l.tenantId,
                           l.accountName}
            .join(QLatin1Char(' '))
            .toLower();
    if (role == ScopesRole)
        return QStringList();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return l.subscription.displayName;
    case SubscriptionId:
        return l.subscription.subscriptionId;
    case Tenant:
        return l.tenantName.isEmpty() ? l.tenantId : l.tenantName;
    case Account:
        return l.accountName;
    case State:
        return l.subscription.state;
    }
    return {};
}

bool SubscriptionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole || index.column() != Name)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_items[index.row()].selected == checked)
        return true;
    m_items[index.row()].selected = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
    return true;
}

Qt::ItemFlags SubscriptionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SubscriptionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Subscription");
    case SubscriptionId:
        return tr("ID");
    case Tenant:
        return tr("Tenant");
    case Account:
        return tr("Account");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace acrnet
