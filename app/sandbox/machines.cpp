#include "machines.h"
#include "registryprovider.h"
#include "store.h"

#include <QJsonArray>

namespace acrnet::sandbox::Machines {

namespace {

QString networkId(const QString &sub, const QString &group, const QString &type, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/%3/%4")
        .arg(sub, group, type, name);
}

QJsonObject standardSku()
{
    return {{QStringLiteral("name"), QStringLiteral("Standard")}, {QStringLiteral("tier"), QStringLiteral("Regional")}};
}

QJsonObject publicIpDoc(const QString &id, const QString &location, const QString &address,
                        const QJsonObject &attachedTo)
{
    QJsonObject props{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                      {QStringLiteral("publicIPAddressVersion"), QStringLiteral("IPv4")},
                      {QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static")},
                      {QStringLiteral("idleTimeoutInMinutes"), 4},
                      {QStringLiteral("ipAddress"), address}};
    for (auto it = attachedTo.begin(); it != attachedTo.end(); ++it)
        props.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), id.section(QLatin1Char('/'), -1)},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Network/publicIPAddresses")},
            {QStringLiteral("location"), location},
            {QStringLiteral("sku"), standardSku()},
            {QStringLiteral("properties"), props}};
}

// The subnet's next free address: Azure keeps the first four of every prefix (and the last).
QString nextPrivateAddress(const Store &store, const QString &subnetId)
{
    const auto subnet = store.subnet(subnetId);
    if (!subnet)
        return {};
    const QJsonObject props = subnet->value(QLatin1String("properties")).toObject();
    QString prefix = props.value(QLatin1String("addressPrefix")).toString();
    if (prefix.isEmpty())
        prefix = props.value(QLatin1String("addressPrefixes")).toArray().first().toString();
    quint32 network = 0;
    int bits = 0;
    if (!RegistryProvider::parseIpv4Range(prefix, &network, &bits))
        return {};
    quint32 taken = 0;
    for (const QJsonValue &h : store.hosts) {
        if (h.toObject().value(QLatin1String("subnetId")).toString().compare(subnetId, Qt::CaseInsensitive) == 0)
            ++taken;
    }
    const quint32 a = network + 4 + taken;
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

} // namespace

void addNatGateways(Store &store, const QString &sub, const QString &group, const QString &location,
                    const QJsonObject &groupSpec)
{
    const QJsonArray specs = groupSpec.value(QLatin1String("natGateways")).toArray();
    for (const QJsonValue &v : specs) {
        const QJsonObject spec = v.toObject();
        const QString name = spec.value(QLatin1String("name")).toString();
        const QString id = networkId(sub, group, QStringLiteral("natGateways"), name);
        const QJsonObject attached{{QStringLiteral("natGateway"), QJsonObject{{QStringLiteral("id"), id}}}};
        QJsonArray ips, prefixes, subnets;
        const QJsonArray addresses = spec.value(QLatin1String("publicIps")).toArray();
        for (int i = 0; i < addresses.size(); ++i) {
            const QString ipId = networkId(sub, group, QStringLiteral("publicIPAddresses"),
                                           QStringLiteral("%1-ip%2").arg(name).arg(i + 1));
            store.resources.insert(ipId.toLower(), publicIpDoc(ipId, location, addresses.at(i).toString(), attached));
            ips.append(QJsonObject{{QStringLiteral("id"), ipId}});
        }
        const QJsonArray ranges = spec.value(QLatin1String("publicIpPrefixes")).toArray();
        for (int i = 0; i < ranges.size(); ++i) {
            const QString prefixId = networkId(sub, group, QStringLiteral("publicIPPrefixes"),
                                               QStringLiteral("%1-prefix%2").arg(name).arg(i + 1));
            const QString range = ranges.at(i).toString();
            store.resources.insert(
                prefixId.toLower(),
                QJsonObject{{QStringLiteral("id"), prefixId},
                            {QStringLiteral("name"), prefixId.section(QLatin1Char('/'), -1)},
                            {QStringLiteral("type"), QStringLiteral("Microsoft.Network/publicIPPrefixes")},
                            {QStringLiteral("location"), location},
                            {QStringLiteral("sku"), standardSku()},
                            {QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                         {QStringLiteral("publicIPAddressVersion"), QStringLiteral("IPv4")},
                                         {QStringLiteral("prefixLength"), range.section(QLatin1Char('/'), 1).toInt()},
                                         {QStringLiteral("ipPrefix"), range},
                                         {QStringLiteral("natGateway"), QJsonObject{{QStringLiteral("id"), id}}}}}});
            prefixes.append(QJsonObject{{QStringLiteral("id"), prefixId}});
        }
        const QJsonArray vnets = groupSpec.value(QLatin1String("virtualNetworks")).toArray();
        for (const QJsonValue &vv : vnets) {
            const QJsonArray subnetSpecs = vv.toObject().value(QLatin1String("subnets")).toArray();
            for (const QJsonValue &sv : subnetSpecs) {
                if (sv.toObject().value(QLatin1String("natGateway")).toString() == name)
                    subnets.append(
                        QJsonObject{{QStringLiteral("id"),
                                     QString(networkId(sub, group, QStringLiteral("virtualNetworks"),
                                                       vv.toObject().value(QLatin1String("name")).toString()) +
                                             QStringLiteral("/subnets/") +
                                             sv.toObject().value(QLatin1String("name")).toString())}});
            }
        }
        store.resources.insert(
            id.toLower(),
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("type"), QStringLiteral("Microsoft.Network/natGateways")},
                        {QStringLiteral("location"), location},
                        {QStringLiteral("etag"), store.newEtag()},
                        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")}}},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                     {QStringLiteral("idleTimeoutInMinutes"), 4},
                                     {QStringLiteral("resourceGuid"), store.newGuid()},
                                     {QStringLiteral("publicIpAddresses"), ips},
                                     {QStringLiteral("publicIpPrefixes"), prefixes},
                                     {QStringLiteral("subnets"), subnets}}}});
    }
}

namespace {

// A VM as Microsoft.Compute documents it, with one network interface.
QJsonObject virtualMachineDoc(Store &store, const QString &vmId, const QString &name, const QString &location,
                              const QString &os, const QString &nicId)
{
    return QJsonObject{
        {QStringLiteral("id"), vmId},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Compute/virtualMachines")},
        {QStringLiteral("location"), location},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("vmId"), store.newGuid()},
             {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
             {QStringLiteral("hardwareProfile"),
              QJsonObject{{QStringLiteral("vmSize"), QStringLiteral("Standard_B2s")}}},
             {QStringLiteral("storageProfile"),
              QJsonObject{{QStringLiteral("osDisk"),
                           QJsonObject{{QStringLiteral("osType"), os},
                                       {QStringLiteral("name"), QString(name + QStringLiteral("_OsDisk_1"))},
                                       {QStringLiteral("createOption"), QStringLiteral("FromImage")}}}}},
             {QStringLiteral("osProfile"), QJsonObject{{QStringLiteral("computerName"), name},
                                                       {QStringLiteral("adminUsername"), QStringLiteral("azureuser")}}},
             {QStringLiteral("networkProfile"),
              QJsonObject{{QStringLiteral("networkInterfaces"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("id"), nicId},
                               {QStringLiteral("properties"), QJsonObject{{QStringLiteral("primary"), true}}}}}}}}}}};
}

// Appends `entry` to a read-only list property of a subnet (what uses it), keeping its etag: this is the service
// recording a dependent, not a change to the subnet.
void appendToSubnet(Store &store, const QString &subnetId, const QString &key, const QJsonObject &entry)
{
    auto subnet = store.subnet(subnetId);
    if (!subnet)
        return;
    QJsonObject props = subnet->value(QLatin1String("properties")).toObject();
    QJsonArray list = props.value(key).toArray();
    list.append(entry);
    props.insert(key, list);
    subnet->insert(QStringLiteral("properties"), props);
    store.replaceSubnet(subnetId, *subnet);
}

} // namespace

void addHost(Store &store, const QString &sub, const QString &group, const QString &location, const QJsonObject &spec,
             const QString &subnetId)
{
    const QString name = spec.value(QLatin1String("name")).toString();
    const QString publicIp = spec.value(QLatin1String("publicIp")).toString();
    const QString os = spec.value(QLatin1String("os")).toString(QStringLiteral("Linux"));
    QString privateIp = spec.value(QLatin1String("privateIp")).toString();
    QJsonObject host{
        {QStringLiteral("name"), name}, {QStringLiteral("subnetId"), subnetId}, {QStringLiteral("publicIp"), publicIp}};
    if (subnetId.isEmpty()) {
        store.hosts.append(host);
        return;
    }
    if (privateIp.isEmpty())
        privateIp = nextPrivateAddress(store, subnetId);
    const QString vmId =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/virtualMachines/%3")
            .arg(sub, group, name);
    const QString nicId = networkId(sub, group, QStringLiteral("networkInterfaces"), name + QStringLiteral("VMNic"));
    host.insert(QStringLiteral("privateIp"), privateIp);
    host.insert(QStringLiteral("os"), os);
    host.insert(QStringLiteral("powerState"),
                spec.value(QLatin1String("powerState")).toString(QStringLiteral("running")));
    host.insert(QStringLiteral("vmId"), vmId);
    store.hosts.append(host);

    QJsonObject ipConfigProps{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                              {QStringLiteral("privateIPAddress"), privateIp},
                              {QStringLiteral("privateIPAllocationMethod"), QStringLiteral("Dynamic")},
                              {QStringLiteral("privateIPAddressVersion"), QStringLiteral("IPv4")},
                              {QStringLiteral("primary"), true},
                              {QStringLiteral("subnet"), QJsonObject{{QStringLiteral("id"), subnetId}}}};
    const QString ipConfigId = nicId + QStringLiteral("/ipConfigurations/ipconfig") + name;
    if (!publicIp.isEmpty()) {
        const QString ipId =
            networkId(sub, group, QStringLiteral("publicIPAddresses"), name + QStringLiteral("PublicIP"));
        store.resources.insert(ipId.toLower(), publicIpDoc(ipId, location, publicIp,
                                                           {{QStringLiteral("ipConfiguration"),
                                                             QJsonObject{{QStringLiteral("id"), ipConfigId}}}}));
        ipConfigProps.insert(QStringLiteral("publicIPAddress"), QJsonObject{{QStringLiteral("id"), ipId}});
    }
    store.resources.insert(
        nicId.toLower(),
        QJsonObject{{QStringLiteral("id"), nicId},
                    {QStringLiteral("name"), nicId.section(QLatin1Char('/'), -1)},
                    {QStringLiteral("type"), QStringLiteral("Microsoft.Network/networkInterfaces")},
                    {QStringLiteral("location"), location},
                    {QStringLiteral("etag"), store.newEtag()},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                 {QStringLiteral("primary"), true},
                                 {QStringLiteral("enableAcceleratedNetworking"), false},
                                 {QStringLiteral("virtualMachine"), QJsonObject{{QStringLiteral("id"), vmId}}},
                                 {QStringLiteral("ipConfigurations"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("id"), ipConfigId},
                                      {QStringLiteral("name"), QString(QStringLiteral("ipconfig") + name)},
                                      {QStringLiteral("type"),
                                       QStringLiteral("Microsoft.Network/networkInterfaces/ipConfigurations")},
                                      {QStringLiteral("properties"), ipConfigProps}}}}}}});
    store.resources.insert(vmId.toLower(), virtualMachineDoc(store, vmId, name, location, os, nicId));
    appendToSubnet(store, subnetId, QStringLiteral("ipConfigurations"),
                   QJsonObject{{QStringLiteral("id"), ipConfigId}});
}

void addContainerGroups(Store &store, const QString &sub, const QString &group, const QString &location,
                        const QJsonObject &groupSpec, const std::function<QString(const QString &)> &subnetIdOf)
{
    const QJsonArray groups = groupSpec.value(QLatin1String("containerGroups")).toArray();
    for (const QJsonValue &v : groups) {
        const QJsonObject spec = v.toObject();
        const QString name = spec.value(QLatin1String("name")).toString();
        const QString subnetId = subnetIdOf(spec.value(QLatin1String("subnet")).toString());
        const QString id =
            QStringLiteral(
                "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerInstance/containerGroups/%3")
                .arg(sub, group, name);
        const QString privateIp = nextPrivateAddress(store, subnetId);
        store.resources.insert(
            id.toLower(),
            QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("type"), QStringLiteral("Microsoft.ContainerInstance/containerGroups")},
                {QStringLiteral("location"), location},
                {QStringLiteral("properties"),
                 QJsonObject{
                     {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                     {QStringLiteral("osType"), QStringLiteral("Linux")},
                     {QStringLiteral("subnetIds"), QJsonArray{QJsonObject{{QStringLiteral("id"), subnetId}}}},
                     {QStringLiteral("ipAddress"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Private")},
                                                               {QStringLiteral("ip"), privateIp}}},
                     {QStringLiteral("containers"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("properties"),
                                              QJsonObject{{QStringLiteral("image"),
                                                           spec.value(QLatin1String("image")).toString()}}}}}}}}});
        // Azure Container Instances links itself to the subnet it runs in (a service association link named default).
        const auto subnet = store.subnet(subnetId);
        const QJsonArray links = subnet ? subnet->value(QLatin1String("properties"))
                                              .toObject()
                                              .value(QLatin1String("serviceAssociationLinks"))
                                              .toArray()
                                        : QJsonArray();
        if (links.isEmpty())
            appendToSubnet(
                store, subnetId, QStringLiteral("serviceAssociationLinks"),
                QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("default")},
                    {QStringLiteral("id"), QString(subnetId + QStringLiteral("/serviceAssociationLinks/default"))},
                    {QStringLiteral("type"),
                     QStringLiteral("Microsoft.Network/virtualNetworks/subnets/serviceAssociationLinks")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("linkedResourceType"),
                                  QStringLiteral("Microsoft.ContainerInstance/containerGroups")},
                                 {QStringLiteral("link"), id},
                                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}});
    }
}

} // namespace acrnet::sandbox::Machines
