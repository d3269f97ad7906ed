#include "scenario.h"
#include "machines.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace acrnet::sandbox {

namespace {

QString loginSuffix(const QString &cloud)
{
    if (cloud.compare(QLatin1String("AzureUSGovernment"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("azurecr.us");
    if (cloud.compare(QLatin1String("AzureChinaCloud"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("azurecr.cn");
    return QStringLiteral("azurecr.io");
}

QString subnetIdFrom(const QString &ref, const QString &sub, const QString &rg)
{
    if (ref.startsWith(QLatin1Char('/')))
        return ref;
    const QStringList p = ref.split(QLatin1Char('/'));
    const QString group = p.size() == 3 ? p.at(0) : rg;
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/virtualNetworks/%3/subnets/%4")
        .arg(sub, group, p.value(p.size() - 2), p.value(p.size() - 1));
}

QJsonObject subnetDoc(Store &store, const QString &vnetId, const QString &location, const QJsonObject &s)
{
    const QString name = s.value(QLatin1String("name")).toString();
    QJsonArray endpoints;
    const QJsonArray wanted = s.value(QLatin1String("serviceEndpoints")).toArray();
    for (const QJsonValue &e : wanted) {
        // "Microsoft.Storage", or {"service": …, "provisioningState": "Updating"} for an endpoint caught mid-change.
        const QString service = e.isObject() ? e.toObject().value(QLatin1String("service")).toString() : e.toString();
        const QString state = e.isObject() ? e.toObject().value(QLatin1String("provisioningState")).toString()
                                           : QStringLiteral("Succeeded");
        const QJsonArray locations = service == QLatin1String("Microsoft.ContainerRegistry")
                                         ? QJsonArray{QStringLiteral("*")}
                                         : QJsonArray{location};
        endpoints.append(QJsonObject{{QStringLiteral("provisioningState"), state},
                                     {QStringLiteral("service"), service},
                                     {QStringLiteral("locations"), locations}});
    }
    QJsonObject props{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                      {QStringLiteral("serviceEndpoints"), endpoints},
                      {QStringLiteral("delegations"), QJsonArray()},
                      {QStringLiteral("privateEndpointNetworkPolicies"), QStringLiteral("Disabled")},
                      {QStringLiteral("privateLinkServiceNetworkPolicies"), QStringLiteral("Enabled")}};
    const QJsonValue prefixes = s.value(QLatin1String("addressPrefixes"));
    if (prefixes.isArray())
        props.insert(QStringLiteral("addressPrefixes"), prefixes);
    else
        props.insert(QStringLiteral("addressPrefix"), s.value(QLatin1String("addressPrefix")));
    const QString rgPrefix = vnetId.section(QLatin1Char('/'), 0, 4);
    if (s.contains(QLatin1String("networkSecurityGroup")))
        props.insert(
            QStringLiteral("networkSecurityGroup"),
            QJsonObject{{QStringLiteral("id"),
                         QString(rgPrefix + QStringLiteral("/providers/Microsoft.Network/networkSecurityGroups/") +
                                 s.value(QLatin1String("networkSecurityGroup")).toString())}});
    if (s.contains(QLatin1String("routeTable")))
        props.insert(QStringLiteral("routeTable"),
                     QJsonObject{{QStringLiteral("id"),
                                  QString(rgPrefix + QStringLiteral("/providers/Microsoft.Network/routeTables/") +
                                          s.value(QLatin1String("routeTable")).toString())}});
    if (s.contains(QLatin1String("natGateway")))
        props.insert(QStringLiteral("natGateway"),
                     QJsonObject{{QStringLiteral("id"),
                                  QString(rgPrefix + QStringLiteral("/providers/Microsoft.Network/natGateways/") +
                                          s.value(QLatin1String("natGateway")).toString())}});
    const QJsonArray delegations = s.value(QLatin1String("delegations")).toArray();
    QJsonArray delegationDocs;
    for (const QJsonValue &d : delegations)
        delegationDocs.append(
            QJsonObject{{QStringLiteral("name"), d.toString().section(QLatin1Char('/'), 0, 0)},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("serviceName"), d.toString()},
                                     {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}});
    props.insert(QStringLiteral("delegations"), delegationDocs);
    // AKS node pools: scale set instances whose network interfaces sit in the subnet.
    QJsonArray ipConfigurations;
    const QJsonArray scaleSets = s.value(QLatin1String("scaleSets")).toArray();
    for (const QJsonValue &v : scaleSets) {
        const QJsonObject set = v.toObject();
        const QString setName = set.value(QLatin1String("name")).toString();
        const QString setId =
            QStringLiteral("%1/resourceGroups/%2/providers/Microsoft.Compute/virtualMachineScaleSets/%3")
                .arg(vnetId.section(QLatin1Char('/'), 0, 2), set.value(QLatin1String("resourceGroup")).toString(),
                     setName);
        for (int i = 0; i < set.value(QLatin1String("instances")).toInt(1); ++i)
            ipConfigurations.append(
                QJsonObject{{QStringLiteral("id"),
                             QStringLiteral("%1/virtualMachines/%2/networkInterfaces/%3/ipConfigurations/ipconfig1")
                                 .arg(setId)
                                 .arg(i)
                                 .arg(setName)}});
    }
    if (!ipConfigurations.isEmpty())
        props.insert(QStringLiteral("ipConfigurations"), ipConfigurations);
    return {{QStringLiteral("id"), QString(vnetId + QStringLiteral("/subnets/") + name)},
            {QStringLiteral("name"), name},
            {QStringLiteral("etag"), store.newEtag()},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Network/virtualNetworks/subnets")},
            {QStringLiteral("properties"), props}};
}

QJsonObject registryDoc(Store &store, const QString &sub, const QString &rg, const QString &rgLocation,
                        const QJsonObject &r)
{
    const QString name = r.value(QLatin1String("name")).toString();
    const QString id =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerRegistry/registries/%3")
            .arg(sub, rg, name);
    const QString sku = r.value(QLatin1String("sku")).toString(QStringLiteral("Premium"));
    const QString location = r.value(QLatin1String("location")).toString(rgLocation);
    QJsonArray vnetRules;
    const QJsonArray rules = r.value(QLatin1String("virtualNetworkRules")).toArray();
    for (const QJsonValue &v : rules)
        vnetRules.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("Allow")},
                                     {QStringLiteral("id"), subnetIdFrom(v.toString(), sub, rg)}});
    QJsonArray ipRules;
    const QJsonArray ips = r.value(QLatin1String("ipRules")).toArray();
    for (const QJsonValue &v : ips)
        ipRules.append(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("Allow")}, {QStringLiteral("value"), v.toString()}});
    QJsonArray pecs;
    const QJsonArray pes = r.value(QLatin1String("privateEndpoints")).toArray();
    for (const QJsonValue &v : pes) {
        const QJsonObject pe = v.toObject();
        const QString peName = pe.value(QLatin1String("name")).toString();
        pecs.append(QJsonObject{
            {QStringLiteral("id"), QString(id + QStringLiteral("/privateEndpointConnections/") + peName)},
            {QStringLiteral("name"), peName},
            {QStringLiteral("type"),
             QStringLiteral("Microsoft.ContainerRegistry/registries/privateEndpointConnections")},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("privateEndpoint"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                                                    "Microsoft.Network/privateEndpoints/%3")
                                                         .arg(sub, rg, peName)}}},
                 {QStringLiteral("privateLinkServiceConnectionState"),
                  QJsonObject{{QStringLiteral("status"),
                               pe.value(QLatin1String("status")).toString(QStringLiteral("Approved"))},
                              {QStringLiteral("description"), QStringLiteral("Auto-Approved")},
                              {QStringLiteral("actionsRequired"), QStringLiteral("None")}}},
                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}});
    }
    const QJsonObject ruleSet{
        {QStringLiteral("defaultAction"), r.value(QLatin1String("defaultAction")).toString(QStringLiteral("Allow"))},
        {QStringLiteral("virtualNetworkRules"), vnetRules},
        {QStringLiteral("ipRules"), ipRules}};
    const QJsonObject props{
        {QStringLiteral("loginServer"), QString(name.toLower() + QLatin1Char('.') + loginSuffix(store.settings.cloud))},
        {QStringLiteral("creationDate"), QStringLiteral("2026-01-15T09:30:00.0000000Z")},
        {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
        {QStringLiteral("adminUserEnabled"), false},
        {QStringLiteral("networkRuleSet"), ruleSet},
        {QStringLiteral("policies"),
         QJsonObject{
             {QStringLiteral("quarantinePolicy"), QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}}},
             {QStringLiteral("trustPolicy"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Notary")},
                                                         {QStringLiteral("status"), QStringLiteral("disabled")}}},
             {QStringLiteral("retentionPolicy"),
              QJsonObject{{QStringLiteral("days"), 7},
                          {QStringLiteral("lastUpdatedTime"), QStringLiteral("2026-01-15T09:31:12.8506835+00:00")},
                          {QStringLiteral("status"), QStringLiteral("disabled")}}},
             {QStringLiteral("exportPolicy"), QJsonObject{{QStringLiteral("status"), QStringLiteral("enabled")}}}}},
        {QStringLiteral("encryption"), QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}}},
        {QStringLiteral("dataEndpointEnabled"), false},
        {QStringLiteral("dataEndpointHostNames"), QJsonArray()},
        {QStringLiteral("privateEndpointConnections"), pecs},
        {QStringLiteral("publicNetworkAccess"),
         r.value(QLatin1String("publicNetworkAccess")).toString(QStringLiteral("Enabled"))},
        {QStringLiteral("networkRuleBypassOptions"),
         r.value(QLatin1String("bypass")).toString(QStringLiteral("AzureServices"))},
        {QStringLiteral("zoneRedundancy"), QStringLiteral("Disabled")},
        {QStringLiteral("anonymousPullEnabled"), false}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("Microsoft.ContainerRegistry/registries")},
            {QStringLiteral("location"), location},
            {QStringLiteral("tags"), r.value(QLatin1String("tags")).toObject()},
            {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), sku}, {QStringLiteral("tier"), sku}}},
            {QStringLiteral("properties"), props}};
}

} // namespace

QStringList Scenario::builtInNames()
{
    return {QStringLiteral("demo"), QStringLiteral("training"), QStringLiteral("clean"), QStringLiteral("large"),
            QStringLiteral("xl")};
}

bool Scenario::load(const QString &nameOrFile, Store &store, QString *error)
{
    if (nameOrFile == QLatin1String("large"))
        return loadJson(generateLarge({}), store, error);
    if (nameOrFile == QLatin1String("xl"))
        return loadJson(generateLarge(xlParameters()), store, error);
    const bool builtIn = builtInNames().contains(nameOrFile);
    QFile file(builtIn ? QStringLiteral(":/sandbox/") + nameOrFile + QStringLiteral(".json") : nameOrFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("unknown scenario '%1' (built in: %2; or a JSON file)")
                     .arg(nameOrFile, builtInNames().join(QStringLiteral(", ")));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2 at byte %3").arg(nameOrFile, parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (doc.object().value(QLatin1String("generate")).isObject())
        return loadJson(generateLarge(doc.object().value(QLatin1String("generate")).toObject()), store, error);
    return loadJson(doc.object(), store, error);
}

namespace {

// A VNet of the scenario, as ARM documents it, with its subnets.
void addVirtualNetwork(Store &store, const QString &rgId, const QString &location, const QJsonObject &v)
{
    const QString vnetName = v.value(QLatin1String("name")).toString();
    const QString vnetLocation = v.value(QLatin1String("location")).toString(location);
    const QString vnetId = rgId + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/") + vnetName;
    QJsonArray subnets;
    const QJsonArray subnetSpecs = v.value(QLatin1String("subnets")).toArray();
    for (const QJsonValue &snv : subnetSpecs)
        subnets.append(subnetDoc(store, vnetId, vnetLocation, snv.toObject()));
    store.virtualNetworks.insert(
        vnetId.toLower(),
        QJsonObject{
            {QStringLiteral("id"), vnetId},
            {QStringLiteral("name"), vnetName},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Network/virtualNetworks")},
            {QStringLiteral("location"), vnetLocation},
            {QStringLiteral("tags"), v.value(QLatin1String("tags")).toObject()},
            {QStringLiteral("etag"), store.newEtag()},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                         {QStringLiteral("resourceGuid"), store.newGuid()},
                         {QStringLiteral("addressSpace"),
                          QJsonObject{{QStringLiteral("addressPrefixes"), v.value(QLatin1String("addressPrefixes"))}}},
                         {QStringLiteral("dhcpOptions"), QJsonObject{{QStringLiteral("dnsServers"), QJsonArray()}}},
                         {QStringLiteral("subnets"), subnets},
                         {QStringLiteral("virtualNetworkPeerings"), QJsonArray()},
                         {QStringLiteral("enableDdosProtection"), false},
                         {QStringLiteral("enableVmProtection"), false}}}});
}

} // namespace

bool Scenario::loadJson(const QJsonObject &scenario, Store &store, QString *error)
{
    store.settings.merge(scenario.value(QLatin1String("settings")).toObject());
    store.tenants = scenario.value(QLatin1String("tenants")).toArray();
    store.users = scenario.value(QLatin1String("users")).toArray();
    store.servicePrincipals = scenario.value(QLatin1String("servicePrincipals")).toArray();
    if (store.tenants.isEmpty()) {
        *error = QStringLiteral("the scenario declares no tenants");
        return false;
    }
    const QJsonArray subs = scenario.value(QLatin1String("subscriptions")).toArray();
    for (const QJsonValue &sv : subs) {
        const QJsonObject s = sv.toObject();
        const QString sub = s.value(QLatin1String("subscriptionId")).toString();
        if (sub.isEmpty()) {
            *error = QStringLiteral("a subscription has no subscriptionId");
            return false;
        }
        store.subscriptions.insert(
            sub.toLower(),
            QJsonObject{{QStringLiteral("subscriptionId"), sub},
                        {QStringLiteral("displayName"), s.value(QLatin1String("displayName")).toString(sub)},
                        {QStringLiteral("tenantId"), s.value(QLatin1String("tenantId")).toString()},
                        {QStringLiteral("state"), s.value(QLatin1String("state")).toString(QStringLiteral("Enabled"))},
                        {QStringLiteral("providers"), s.value(QLatin1String("providers")).toObject()},
                        {QStringLiteral("managedByTenants"), s.value(QLatin1String("managedByTenants")).toArray()},
                        {QStringLiteral("tags"), s.value(QLatin1String("tags")).toObject()}});
        const QJsonArray groups = s.value(QLatin1String("resourceGroups")).toArray();
        for (const QJsonValue &gv : groups) {
            const QJsonObject g = gv.toObject();
            const QString rg = g.value(QLatin1String("name")).toString();
            const QString location = g.value(QLatin1String("location")).toString(QStringLiteral("westeurope"));
            const QString rgId = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(sub, rg);
            QJsonObject rgDoc{{QStringLiteral("id"), rgId},
                              {QStringLiteral("name"), rg},
                              {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
                              {QStringLiteral("location"), location},
                              {QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}};
            if (g.value(QLatin1String("tags")).isObject())
                rgDoc.insert(QStringLiteral("tags"), g.value(QLatin1String("tags")));
            store.resourceGroups.insert(rgId.toLower(), rgDoc);
            const QJsonArray vnets = g.value(QLatin1String("virtualNetworks")).toArray();
            for (const QJsonValue &vv : vnets)
                addVirtualNetwork(store, rgId, location, vv.toObject());
            const QJsonArray registries = g.value(QLatin1String("registries")).toArray();
            for (const QJsonValue &rv : registries) {
                const QJsonObject doc = registryDoc(store, sub, rg, location, rv.toObject());
                store.registries.insert(doc.value(QLatin1String("id")).toString().toLower(), doc);
            }
            Machines::addNatGateways(store, sub, rg, location, g);
            const QJsonArray hosts = g.value(QLatin1String("hosts")).toArray();
            for (const QJsonValue &hv : hosts) {
                const QString subnetRef = hv.toObject().value(QLatin1String("subnet")).toString();
                Machines::addHost(store, sub, rg, location, hv.toObject(),
                                  subnetRef.isEmpty() ? QString() : subnetIdFrom(subnetRef, sub, rg));
            }
            Machines::addContainerGroups(store, sub, rg, location, g,
                                         [&](const QString &ref) { return subnetIdFrom(ref, sub, rg); });
        }
    }
    return true;
}

namespace {

// The registries of the `large` scenario, spread over its subscriptions (a second resource group in each), with
// rules to random subnets: drawn from `rng` after the networks, so a seed always gives the same estate.
void addLargeRegistries(QJsonArray &subs, const QStringList &subnetIds, int registries, int rulesPerRegistry,
                        int privateEndpointEvery, const QStringList &regions, QRandomGenerator &rng)
{
    const int subscriptions = int(subs.size());
    const QStringList skus{QStringLiteral("Premium"), QStringLiteral("Premium"), QStringLiteral("Standard"),
                           QStringLiteral("Basic")};
    for (int r = 0; r < registries && subscriptions > 0; ++r) {
        const int s = r % subscriptions;
        const QString sku = skus.at(rng.bounded(int(skus.size())));
        QJsonArray rules;
        QJsonArray ips;
        QJsonArray pes;
        if (sku == QLatin1String("Premium")) {
            for (int k = 0; k < rulesPerRegistry && !subnetIds.isEmpty(); ++k)
                rules.append(subnetIds.at(rng.bounded(int(subnetIds.size()))));
            ips.append(QStringLiteral("198.51.%1.0/24").arg(r % 250));
            if (privateEndpointEvery > 0 && r % privateEndpointEvery == 0)
                pes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("pe-acr%1").arg(r)},
                                       {QStringLiteral("status"), r % (3 * privateEndpointEvery) == 0
                                                                      ? QStringLiteral("Pending")
                                                                      : QStringLiteral("Approved")}});
        }
        QJsonObject reg{{QStringLiteral("name"), QStringLiteral("acr%1").arg(r, 5, 10, QLatin1Char('0'))},
                        {QStringLiteral("sku"), sku},
                        {QStringLiteral("defaultAction"),
                         sku == QLatin1String("Premium") && r % 2 ? QStringLiteral("Deny") : QStringLiteral("Allow")},
                        {QStringLiteral("virtualNetworkRules"), rules},
                        {QStringLiteral("ipRules"), ips},
                        {QStringLiteral("privateEndpoints"), pes}};
        QJsonObject sub = subs.at(s).toObject();
        QJsonArray groups = sub.value(QLatin1String("resourceGroups")).toArray();
        if (groups.size() < 2)
            groups.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("rg-acr-%1").arg(s)},
                                      {QStringLiteral("location"), regions.at(s % regions.size())},
                                      {QStringLiteral("registries"), QJsonArray()}});
        QJsonObject acrGroup = groups.at(1).toObject();
        QJsonArray regs = acrGroup.value(QLatin1String("registries")).toArray();
        regs.append(reg);
        acrGroup.insert(QStringLiteral("registries"), regs);
        groups[1] = acrGroup;
        sub.insert(QStringLiteral("resourceGroups"), groups);
        subs[s] = sub;
    }
}

// The tenants of a generated estate, and the documented automation principal consented in each (one
// multi-tenant application).
std::pair<QJsonArray, QJsonArray> largeTenants(const QStringList &tenantIds)
{
    QJsonArray tenants;
    QJsonArray principals;
    for (int t = 0; t < tenantIds.size(); ++t) {
        const QString suffix = t == 0 ? QString() : QStringLiteral(" %1").arg(t + 1);
        const QString domain =
            t == 0 ? QStringLiteral("estate.example") : QStringLiteral("estate%1.example").arg(t + 1);
        tenants.append(QJsonObject{{QStringLiteral("tenantId"), tenantIds.at(t)},
                                   {QStringLiteral("displayName"), QString(QStringLiteral("Large Estate") + suffix)},
                                   {QStringLiteral("defaultDomain"), domain}});
        principals.append(QJsonObject{{QStringLiteral("clientId"), QStringLiteral("sandbox")},
                                      {QStringLiteral("secret"), QStringLiteral("sandbox")},
                                      {QStringLiteral("tenantId"), tenantIds.at(t)}});
    }
    return {tenants, principals};
}

} // namespace

QJsonObject Scenario::xlParameters()
{
    // 1,000 subscriptions in 3 tenants, 10,000 VNets, 100,000 subnets, 5,000 registries of which about half are
    // Premium with 8 VNet rules each (~20,000 rules), an IP rule each and a private endpoint on every fourth.
    return {{QStringLiteral("name"), QStringLiteral("xl")},
            {QStringLiteral("subscriptions"), 1000},
            {QStringLiteral("tenants"), 3},
            {QStringLiteral("vnetsPerSubscription"), 10},
            {QStringLiteral("subnetsPerVnet"), 10},
            {QStringLiteral("registries"), 5000},
            {QStringLiteral("rulesPerRegistry"), 8},
            {QStringLiteral("privateEndpointEvery"), 4}};
}

QJsonObject Scenario::generateLarge(const QJsonObject &p)
{
    const int subscriptions = p.value(QLatin1String("subscriptions")).toInt(100);
    const int vnetsPerSub = p.value(QLatin1String("vnetsPerSubscription")).toInt(20);
    const int subnetsPerVnet = p.value(QLatin1String("subnetsPerVnet")).toInt(10);
    const int registries = p.value(QLatin1String("registries")).toInt(1000);
    const int rulesPerRegistry = p.value(QLatin1String("rulesPerRegistry")).toInt(3);
    const int privateEndpointEvery = p.value(QLatin1String("privateEndpointEvery")).toInt(0);
    const int tenantCount = qBound(1, p.value(QLatin1String("tenants")).toInt(1), 99);
    QRandomGenerator rng(quint32(p.value(QLatin1String("seed")).toInt(42)));
    QStringList tenantIds;
    for (int t = 1; t <= tenantCount; ++t)
        tenantIds << QStringLiteral("5a1d0000-0000-4000-8000-00000000a%1").arg(t, 3, 10, QLatin1Char('0'));
    const QStringList regions{QStringLiteral("westeurope"), QStringLiteral("northeurope"), QStringLiteral("eastus")};
    auto guid = [](int kind, int n) {
        return QStringLiteral("%1-0000-4000-8000-%2")
            .arg(kind, 8, 16, QLatin1Char('0'))
            .arg(n, 12, 10, QLatin1Char('0'));
    };
    QJsonArray subs;
    QStringList subnetIds;
    for (int s = 0; s < subscriptions; ++s) {
        const QString subId = guid(0x5b, s);
        QJsonArray vnets;
        for (int v = 0; v < vnetsPerSub; ++v) {
            QJsonArray subnets;
            for (int n = 0; n < subnetsPerVnet; ++n) {
                QJsonArray endpoints;
                if (rng.bounded(3) == 0)
                    endpoints.append(QStringLiteral("Microsoft.ContainerRegistry"));
                if (rng.bounded(4) == 0)
                    endpoints.append(QStringLiteral("Microsoft.Storage"));
                const QString name = QStringLiteral("snet-%1").arg(n, 2, 10, QLatin1Char('0'));
                subnets.append(
                    QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("addressPrefix"), QStringLiteral("10.%1.%2.0/24").arg(v).arg(n)},
                                {QStringLiteral("serviceEndpoints"), endpoints}});
                subnetIds.append(
                    QStringLiteral("/subscriptions/%1/resourceGroups/rg-net-%2/providers/Microsoft.Network/"
                                   "virtualNetworks/vnet-%3/subnets/%4")
                        .arg(subId)
                        .arg(s)
                        .arg(v)
                        .arg(name));
            }
            vnets.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("vnet-%1").arg(v)},
                            {QStringLiteral("location"), regions.at(v % regions.size())},
                            {QStringLiteral("addressPrefixes"), QJsonArray{QStringLiteral("10.%1.0.0/16").arg(v)}},
                            {QStringLiteral("subnets"), subnets}});
        }
        QJsonObject netGroup{{QStringLiteral("name"), QStringLiteral("rg-net-%1").arg(s)},
                             {QStringLiteral("location"), regions.at(s % regions.size())},
                             {QStringLiteral("virtualNetworks"), vnets}};
        subs.append(
            QJsonObject{{QStringLiteral("subscriptionId"), subId},
                        {QStringLiteral("displayName"), QStringLiteral("Estate %1").arg(s, 3, 10, QLatin1Char('0'))},
                        {QStringLiteral("tenantId"), tenantIds.at(s % tenantCount)},
                        {QStringLiteral("resourceGroups"), QJsonArray{netGroup}}});
    }
    addLargeRegistries(subs, subnetIds, registries, rulesPerRegistry, privateEndpointEvery, regions, rng);
    const auto [tenants, principals] = largeTenants(tenantIds);
    return {{QStringLiteral("name"), p.value(QLatin1String("name")).toString(QStringLiteral("large"))},
            {QStringLiteral("settings"), QJsonObject{{QStringLiteral("autoApproveDeviceCodes"), true}}},
            {QStringLiteral("tenants"), tenants},
            {QStringLiteral("users"),
             QJsonArray{QJsonObject{{QStringLiteral("upn"), QStringLiteral("ops@estate.example")},
                                    {QStringLiteral("tenants"), QJsonArray::fromStringList(tenantIds)}}}},
            {QStringLiteral("servicePrincipals"), principals},
            {QStringLiteral("subscriptions"), subs}};
}

} // namespace acrnet::sandbox
