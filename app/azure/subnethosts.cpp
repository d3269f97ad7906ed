#include "subnethosts.h"

namespace acrnet {

QString SubnetHosts::serviceName(const QString &type)
{
    static const QList<QPair<QLatin1String, const char *>> names{
        {QLatin1String("Microsoft.ContainerInstance/containerGroups"), QT_TR_NOOP("Azure Container Instances")},
        {QLatin1String("Microsoft.Web/serverFarms"), QT_TR_NOOP("App Service")},
        {QLatin1String("Microsoft.Web/hostingEnvironments"), QT_TR_NOOP("App Service Environment")},
        {QLatin1String("Microsoft.App/environments"), QT_TR_NOOP("Azure Container Apps")},
        {QLatin1String("Microsoft.ContainerService/managedClusters"), QT_TR_NOOP("the AKS API server")},
        {QLatin1String("Microsoft.Batch/batchAccounts"), QT_TR_NOOP("Azure Batch")},
        {QLatin1String("Microsoft.Sql/managedInstances"), QT_TR_NOOP("SQL Managed Instance")},
        {QLatin1String("Microsoft.DBforPostgreSQL/flexibleServers"), QT_TR_NOOP("Azure Database for PostgreSQL")},
        {QLatin1String("Microsoft.DBforMySQL/flexibleServers"), QT_TR_NOOP("Azure Database for MySQL")},
        {QLatin1String("Microsoft.Netapp/volumes"), QT_TR_NOOP("Azure NetApp Files")},
    };
    for (const auto &[resourceType, name] : names) {
        if (type.compare(resourceType, Qt::CaseInsensitive) == 0)
            return tr(name);
    }
    return type;
}

QString SubnetHosts::whyCannotUseEndpoint(const Subnet &subnet)
{
    const QString service = subnet.occupyingService();
    if (service.isEmpty())
        return {};
    const bool delegated = subnet.delegations.contains(service);
    return (delegated ? tr("%1 is delegated to %2 (%3): only virtual machines and AKS nodes can reach a registry "
                           "through its service endpoint, so a VNet rule to it grants %2 nothing.")
                      : tr("%1 is used by %2 (%3): only virtual machines and AKS nodes can reach a registry through "
                           "its service endpoint, so a VNet rule to it grants %2 nothing."))
        .arg(subnet.name, serviceName(service), service);
}

QString SubnetHosts::describe(const Subnet &subnet)
{
    QStringList parts;
    const QString service = subnet.occupyingService();
    if (!service.isEmpty())
        parts << (subnet.delegations.contains(service) ? tr("delegated to %1") : tr("used by %1"))
                     .arg(serviceName(service));
    for (const QString &set : subnet.scaleSets)
        parts << (set.startsWith(QLatin1String("aks-"), Qt::CaseInsensitive) ? tr("AKS node pool %1")
                                                                             : tr("scale set %1"))
                     .arg(set);
    if (subnet.scaleSetInstanceCount > 0)
        parts << tr("%n scale set instance(s)", nullptr, subnet.scaleSetInstanceCount);
    if (subnet.interfaceCount > 0)
        parts << tr("%n network interface(s)", nullptr, subnet.interfaceCount);
    return parts.join(QStringLiteral(", "));
}

} // namespace acrnet
