#include "cloudlistmodel.h"

namespace acrnet {

CloudListModel::CloudListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_clouds(Cloud::builtIn())
{}

void CloudListModel::setClouds(const QList<Cloud> &clouds)
{
    beginResetModel(); // a new cloud list is a different list, not a refresh
    m_clouds = clouds;
    endResetModel();
}

Cloud CloudListModel::cloudAt(int row) const
{
    return row >= 0 && row < m_clouds.size() ? m_clouds.at(row) : Cloud();
}

int CloudListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clouds.size());
}

QVariant CloudListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cloud &c = m_clouds.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.displayName();
    case Qt::ToolTipRole:
        return c.supportsRegistryServiceEndpoints()
                   ? tr("%1 — management endpoint %2").arg(c.displayName(), c.managementEndpoint().host())
                   : tr("%1 — registry service endpoints are not available in this cloud").arg(c.displayName());
    case NameRole:
        return c.name();
    case ServiceEndpointsRole:
        return c.supportsRegistryServiceEndpoints();
    default:
        return {};
    }
}

QHash<int, QByteArray> CloudListModel::roleNames() const
{
    auto roles = QAbstractListModel::roleNames();
    roles.insert(NameRole, "name");
    roles.insert(ServiceEndpointsRole, "serviceEndpoints");
    return roles;
}

} // namespace acrnet
