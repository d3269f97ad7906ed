#include "networkprovider.h"

namespace acrnet::sandbox {

QStringList NetworkProvider::versions()
{
    return {QStringLiteral("2020-06-01"), QStringLiteral("2020-11-01"), QStringLiteral("2021-05-01"),
            QStringLiteral("2022-01-01"), QStringLiteral("2022-07-01"), QStringLiteral("2023-04-01"),
            QStringLiteral("2023-09-01"), QStringLiteral("2023-11-01"), QStringLiteral("2024-01-01"),
            QStringLiteral("2024-03-01"), QStringLiteral("2024-05-01")};
}

QStringList NetworkProvider::endpointServices()
{
    return {QStringLiteral("Microsoft.Storage"),
            QStringLiteral("Microsoft.Sql"),
            QStringLiteral("Microsoft.AzureActiveDirectory"),
            QStringLiteral("Microsoft.AzureCosmosDB"),
            QStringLiteral("Microsoft.Web"),
            QStringLiteral("Microsoft.KeyVault"),
            QStringLiteral("Microsoft.EventHub"),
            QStringLiteral("Microsoft.ServiceBus"),
            QStringLiteral("Microsoft.ContainerRegistry"),
            QStringLiteral("Microsoft.CognitiveServices")};
}

Reply NetworkProvider::notFound(const QString &type, const QString &name, const QString &group)
{
    return Reply::armError(404, QStringLiteral("ResourceNotFound"),
                           QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more "
                                          "details please go to https://aka.ms/ARMResourceNotFoundFix")
                               .arg(type, name, group));
}

std::optional<QJsonObject> NetworkProvider::findVirtualNetwork(const QString &id) const
{
    const auto it = m_context.store.virtualNetworks.constFind(id.toLower());
    if (it == m_context.store.virtualNetworks.constEnd())
        return std::nullopt;
    return it.value();
}

Reply NetworkProvider::getSubnet(const Request &r)
{
    const auto subnet = m_context.store.subnet(r.path);
    if (!subnet)
        return Reply::armError(404, QStringLiteral("NotFound"), QStringLiteral("Resource %1 not found.").arg(r.path));
    if (m_context.store.faults.concurrentWriteAfterRead.removeOne(r.path.toLower())) {
        QJsonObject touched = *subnet; // another writer's PUT lands just after this read
        touched.insert(QStringLiteral("etag"), m_context.store.newEtag());
        m_context.store.replaceSubnet(r.path, touched);
    }
    return Reply::json(200, *subnet, {{"ETag", subnet->value(QLatin1String("etag")).toString().toUtf8()}});
}

Reply NetworkProvider::availableEndpointServices(const Request &r, const QString &subscriptionId)
{
    QJsonArray items;
    for (const QString &name : endpointServices())
        items.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("id"), QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/"
                                                              "virtualNetworkEndpointServices/%2")
                                                   .arg(subscriptionId, name)},
                        {QStringLiteral("type"), QStringLiteral("Microsoft.Network/virtualNetworkEndpointServices")}});
    return m_context.page(r, items);
}

std::optional<Reply> NetworkProvider::handle(const Request &r)
{
    QStringList c;
    const QString vnetType = QStringLiteral("Microsoft.Network/virtualNetworks");
    auto common = [&](const QString &sub) {
        return m_context.admit(r, versions(), sub, QStringLiteral("virtualNetworks"));
    };
    if (r.method == "GET" &&
        r.matches({"subscriptions", "*", "providers", "microsoft.network", "virtualnetworks"}, &c)) {
        if (auto e = common(c.at(0)))
            return e;
        return listVirtualNetworks(r, QStringLiteral("/subscriptions/%1/").arg(c.at(0)));
    }
    if (r.method == "GET" &&
        r.matches({"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.network", "virtualnetworks"},
                  &c)) {
        if (auto e = common(c.at(0)))
            return e;
        if (auto e = m_context.requireResourceGroup(c.at(0), c.at(1)))
            return e;
        return listVirtualNetworks(r, QStringLiteral("/subscriptions/%1/resourceGroups/%2/").arg(c.at(0), c.at(1)));
    }
    if (r.matches(
            {"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.network", "virtualnetworks", "*"},
            &c) &&
        r.method == "GET") {
        if (auto e = common(c.at(0)))
            return e;
        const auto vnet = findVirtualNetwork(r.path);
        return vnet ? Reply::json(200, *vnet, {{"ETag", vnet->value(QLatin1String("etag")).toString().toUtf8()}})
                    : notFound(vnetType, c.at(2), c.at(1));
    }
    if (r.matches({"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.network", "virtualnetworks",
                   "*", "subnets"},
                  &c) &&
        r.method == "GET") {
        if (auto e = common(c.at(0)))
            return e;
        const auto vnet = findVirtualNetwork(r.path.section(QLatin1Char('/'), 0, -2));
        if (!vnet)
            return notFound(vnetType, c.at(2), c.at(1));
        return m_context.page(
            r, vnet->value(QLatin1String("properties")).toObject().value(QLatin1String("subnets")).toArray());
    }
    if (r.matches({"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.network", "virtualnetworks",
                   "*", "subnets", "*"},
                  &c)) {
        if (r.method != "GET" && r.method != "PUT")
            return std::nullopt;
        if (auto e = common(c.at(0)))
            return e;
        const QString vnetId = r.path.section(QLatin1Char('/'), 0, -3);
        if (!findVirtualNetwork(vnetId))
            return notFound(vnetType, c.at(2), c.at(1));
        if (r.method == "PUT")
            return putSubnet(r, vnetId, c.at(3));
        return getSubnet(r);
    }
    if (r.method == "GET" && r.matches({"subscriptions", "*", "providers", "microsoft.network", "locations", "*",
                                        "virtualnetworkavailableendpointservices"},
                                       &c)) {
        if (auto e = common(c.at(0)))
            return e;
        return availableEndpointServices(r, c.at(0));
    }
    if (r.method == "GET" &&
        r.matches({"subscriptions", "*", "providers", "microsoft.network", "locations", "*", "operations", "*"}, &c)) {
        if (auto e = m_context.authorize(r, c.at(0)))
            return e;
        return operationStatus(c.at(2));
    }
    return std::nullopt;
}

Reply NetworkProvider::listVirtualNetworks(const Request &r, const QString &prefix)
{
    QJsonArray items;
    const QString lower = prefix.toLower();
    for (auto it = m_context.store.virtualNetworks.constBegin(); it != m_context.store.virtualNetworks.constEnd();
         ++it) {
        if (it.key().startsWith(lower))
            items.append(it.value());
    }
    return m_context.page(r, items);
}

// The service endpoints a PUT asks for, each Updating, with ARM's default locations; an error for an unknown service.
std::optional<Reply> NetworkProvider::requestedEndpoints(const QJsonObject &props, const QString &subnetId,
                                                         const QString &location, QJsonArray *endpoints)
{
    const QJsonArray requested = props.value(QLatin1String("serviceEndpoints")).toArray();
    for (const QJsonValue &v : requested) {
        QJsonObject e = v.toObject();
        const QString service = e.value(QLatin1String("service")).toString();
        if (!endpointServices().contains(service, Qt::CaseInsensitive))
            return Reply::armError(400, QStringLiteral("InvalidServiceNameOnServiceEndpoint"),
                                   QStringLiteral("Subnet %1 has an invalid service name '%2' on a service endpoint.")
                                       .arg(subnetId, service));
        if (!e.value(QLatin1String("locations")).isArray())
            e.insert(QStringLiteral("locations"),
                     service.compare(QLatin1String("Microsoft.ContainerRegistry"), Qt::CaseInsensitive) == 0
                         ? QJsonArray{QStringLiteral("*")}
                         : QJsonArray{location});
        e.insert(QStringLiteral("provisioningState"), QStringLiteral("Updating"));
        endpoints->append(e);
    }
    return std::nullopt;
}

// The end of a subnet's long-running PUT: its endpoints and itself Succeeded, with a new etag.
void NetworkProvider::endpointsProvisioned(Store &st, const QString &subnetId)
{
    auto s = st.subnet(subnetId);
    if (!s)
        return;
    QJsonObject p = s->value(QLatin1String("properties")).toObject();
    QJsonArray eps = p.value(QLatin1String("serviceEndpoints")).toArray();
    for (int i = 0; i < eps.size(); ++i) {
        QJsonObject e = eps.at(i).toObject();
        e.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
        eps[i] = e;
    }
    p.insert(QStringLiteral("serviceEndpoints"), eps);
    p.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    s->insert(QStringLiteral("properties"), p);
    s->insert(QStringLiteral("etag"), st.newEtag());
    st.replaceSubnet(subnetId, *s);
}

Reply NetworkProvider::putSubnet(const Request &r, const QString &vnetId, const QString &name)
{
    Store &store = m_context.store;
    bool ok = false;
    const QJsonObject body = r.jsonBody(&ok);
    if (!ok)
        return Reply::armError(400, QStringLiteral("InvalidRequestFormat"),
                               QStringLiteral("Cannot parse the request: the body is not a JSON object."));
    const QString subnetId = vnetId + QStringLiteral("/subnets/") + name;
    const auto existing = store.subnet(subnetId);
    const QByteArray ifMatch = r.header("If-Match");
    if (!ifMatch.isEmpty() && ifMatch != "*") {
        const QString current = existing ? existing->value(QLatin1String("etag")).toString() : QString();
        if (current != QString::fromUtf8(ifMatch))
            return Reply::armError(
                412, QStringLiteral("PreconditionFailed"),
                QStringLiteral("Precondition failed: the etag %1 in the If-Match header does not match "
                               "the current etag of %2.")
                    .arg(QString::fromUtf8(ifMatch), subnetId));
    }
    if (existing &&
        existing->value(QLatin1String("properties")).toObject().value(QLatin1String("provisioningState")).toString() ==
            QLatin1String("Updating"))
        return Reply::armError(409, QStringLiteral("AnotherOperationInProgress"),
                               QStringLiteral("Another operation on this or dependent resource is in progress. To "
                                              "retrieve status of the operation use uri: %1")
                                   .arg(subnetId));
    QJsonObject props = body.value(QLatin1String("properties")).toObject();
    if (!props.contains(QLatin1String("addressPrefix")) && !props.contains(QLatin1String("addressPrefixes")))
        return Reply::armError(400, QStringLiteral("SubnetMissingAddressPrefix"),
                               QStringLiteral("Subnet %1 does not have an address prefix.").arg(name));
    const QString location = store.virtualNetworks.value(vnetId.toLower()).value(QLatin1String("location")).toString();
    QJsonArray endpoints;
    if (auto invalid = requestedEndpoints(props, subnetId, location, &endpoints))
        return *invalid;
    props.insert(QStringLiteral("serviceEndpoints"), endpoints);
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Updating"));
    // What uses the subnet is the service's to say, whatever the body claims (read-only in the specification).
    const QJsonObject stored = existing ? existing->value(QLatin1String("properties")).toObject() : QJsonObject();
    for (const char *readOnly : {"ipConfigurations", "serviceAssociationLinks", "privateEndpoints"}) {
        const QString key = QLatin1String(readOnly);
        if (stored.contains(key))
            props.insert(key, stored.value(key));
        else
            props.remove(key);
    }
    const QJsonObject updating{{QStringLiteral("id"), subnetId},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("etag"), store.newEtag()},
                               {QStringLiteral("type"), QStringLiteral("Microsoft.Network/virtualNetworks/subnets")},
                               {QStringLiteral("properties"), props}};
    store.replaceSubnet(subnetId, updating);

    const bool fails = store.faults.lroFailNext > 0 || store.random().generateDouble() < store.faults.lroFailRate;
    if (store.faults.lroFailNext > 0)
        --store.faults.lroFailNext;
    const std::optional<QJsonObject> before = existing;
    const int delay = store.settings.provisioningDelayMs;
    const QString op = store.startOperation(
        delay, fails, [subnetId](Store &st) { endpointsProvisioned(st, subnetId); },
        [subnetId, before](Store &st) {
            // A failed operation leaves the subnet as it was.
            if (before)
                st.replaceSubnet(subnetId, *before);
        });
    const QString asyncUrl =
        m_context.url(QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/locations/%2/"
                                     "operations/%3?api-version=%4")
                          .arg(vnetId.section(QLatin1Char('/'), 2, 2), location, op, r.apiVersion()));
    const int retryAfter = qBound(0, (delay + 999) / 1000, 10);
    return Reply::json(existing ? 200 : 201, store.subnet(subnetId).value_or(updating),
                       {{"Azure-AsyncOperation", asyncUrl.toUtf8()},
                        {"Retry-After", QByteArray::number(retryAfter)},
                        {"azure-asyncnotification", "Enabled"}});
}

Reply NetworkProvider::operationStatus(const QString &id)
{
    const auto op = m_context.store.operation(id);
    if (!op)
        return Reply::armError(404, QStringLiteral("OperationNotFound"),
                               QStringLiteral("Operation %1 was not found.").arg(id));
    QJsonObject body{{QStringLiteral("status"), op->status}};
    if (op->settled && op->fails)
        body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), op->errorCode},
                                                         {QStringLiteral("message"), op->errorMessage}});
    if (op->settled)
        return Reply::json(200, body);
    const qint64 remaining = qMax<qint64>(0, op->dueMs - m_context.store.nowMs());
    const qint64 seconds = qBound(qint64(0), (remaining + 999) / 1000, qint64(10));
    return Reply::json(200, body, HeaderList{{QByteArray("Retry-After"), QByteArray::number(seconds)}});
}

} // namespace acrnet::sandbox
