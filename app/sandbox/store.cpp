#include "store.h"

#include <QUuid>

namespace acrnet::sandbox {

namespace {

template<typename T> void take(const QJsonObject &json, const char *key, T &target)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if constexpr (std::is_same_v<T, bool>)
        target = v.toBool();
    else if constexpr (std::is_same_v<T, int>)
        target = v.toInt();
    else if constexpr (std::is_same_v<T, double>)
        target = v.toDouble();
    else
        target = v.toString();
}

} // namespace

void Settings::merge(const QJsonObject &json)
{
    take(json, "cloud", cloud);
    take(json, "callerIp", callerIp);
    take(json, "tokenLifetimeSeconds", tokenLifetimeSeconds);
    take(json, "autoApproveDeviceCodes", autoApproveDeviceCodes);
    take(json, "deviceCodeIntervalSeconds", deviceCodeIntervalSeconds);
    take(json, "deviceCodeExpiresInSeconds", deviceCodeExpiresInSeconds);
    take(json, "provisioningDelayMs", provisioningDelayMs);
    take(json, "registrationDelayMs", registrationDelayMs);
    take(json, "silentDropDelayMs", silentDropDelayMs);
    take(json, "resourceGroupDeleteDelayMs", resourceGroupDeleteDelayMs);
    take(json, "pageSize", pageSize);
    take(json, "asyncRegistryUpdates", asyncRegistryUpdates);
    take(json, "vnetRuleLimit", vnetRuleLimit);
    take(json, "ipRuleLimit", ipRuleLimit);
    take(json, "graphIncludesVirtualNetworkRules", graphIncludesVirtualNetworkRules);
    pageSize = qMax(1, pageSize);
}

QJsonObject Settings::toJson() const
{
    return {{QStringLiteral("cloud"), cloud},
            {QStringLiteral("callerIp"), callerIp},
            {QStringLiteral("tokenLifetimeSeconds"), tokenLifetimeSeconds},
            {QStringLiteral("autoApproveDeviceCodes"), autoApproveDeviceCodes},
            {QStringLiteral("deviceCodeIntervalSeconds"), deviceCodeIntervalSeconds},
            {QStringLiteral("deviceCodeExpiresInSeconds"), deviceCodeExpiresInSeconds},
            {QStringLiteral("provisioningDelayMs"), provisioningDelayMs},
            {QStringLiteral("registrationDelayMs"), registrationDelayMs},
            {QStringLiteral("silentDropDelayMs"), silentDropDelayMs},
            {QStringLiteral("resourceGroupDeleteDelayMs"), resourceGroupDeleteDelayMs},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("asyncRegistryUpdates"), asyncRegistryUpdates},
            {QStringLiteral("vnetRuleLimit"), vnetRuleLimit},
            {QStringLiteral("ipRuleLimit"), ipRuleLimit},
            {QStringLiteral("graphIncludesVirtualNetworkRules"), graphIncludesVirtualNetworkRules}};
}

void Faults::merge(const QJsonObject &json)
{
    take(json, "latencyMs", latencyMs);
    take(json, "jitterMs", jitterMs);
    take(json, "throttleRate", throttleRate);
    take(json, "errorRate", errorRate);
    take(json, "dropRate", dropRate);
    take(json, "lroFailRate", lroFailRate);
    take(json, "throttleNext", throttleNext);
    take(json, "errorNext", errorNext);
    take(json, "dropNext", dropNext);
    take(json, "lroFailNext", lroFailNext);
    take(json, "graphErrorNext", graphErrorNext);
    take(json, "graphTwoNextPagesNext", graphTwoNextPagesNext);
    if (json.contains(QLatin1String("deniedSubscriptions"))) {
        deniedSubscriptions.clear();
        for (const QJsonValue &v : json.value(QLatin1String("deniedSubscriptions")).toArray())
            deniedSubscriptions << v.toString().toLower();
    }
    if (json.contains(QLatin1String("concurrentWriteAfterRead"))) {
        concurrentWriteAfterRead.clear();
        for (const QJsonValue &v : json.value(QLatin1String("concurrentWriteAfterRead")).toArray())
            concurrentWriteAfterRead << v.toString().toLower();
    }
}

QJsonObject Faults::toJson() const
{
    return {{QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("jitterMs"), jitterMs},
            {QStringLiteral("throttleRate"), throttleRate},
            {QStringLiteral("errorRate"), errorRate},
            {QStringLiteral("dropRate"), dropRate},
            {QStringLiteral("lroFailRate"), lroFailRate},
            {QStringLiteral("throttleNext"), throttleNext},
            {QStringLiteral("errorNext"), errorNext},
            {QStringLiteral("dropNext"), dropNext},
            {QStringLiteral("lroFailNext"), lroFailNext},
            {QStringLiteral("graphErrorNext"), graphErrorNext},
            {QStringLiteral("graphTwoNextPagesNext"), graphTwoNextPagesNext},
            {QStringLiteral("deniedSubscriptions"), QJsonArray::fromStringList(deniedSubscriptions)},
            {QStringLiteral("concurrentWriteAfterRead"), QJsonArray::fromStringList(concurrentWriteAfterRead)}};
}

Store::Store()
    : m_random(20260901)
{
    m_clock.start();
}

QString Store::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Store::newEtag()
{
    return QStringLiteral("W/\"") + newGuid() + QLatin1Char('"');
}

void Store::advance()
{
    const qint64 now = nowMs();
    for (auto it = m_operations.begin(); it != m_operations.end(); ++it) {
        Operation &op = it.value();
        if (op.settled || op.dueMs > now)
            continue;
        op.settled = true;
        op.status = op.fails ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
        if (op.fails && op.onFailed)
            op.onFailed(*this);
        else if (!op.fails && op.onSucceeded)
            op.onSucceeded(*this);
    }
    // Effects may schedule further effects; take the due ones out first.
    QList<Timed> due;
    for (int i = int(m_timed.size()) - 1; i >= 0; --i) {
        if (m_timed.at(i).dueMs <= now)
            due.prepend(m_timed.takeAt(i));
    }
    for (const Timed &t : due)
        t.effect(*this);
}

QString Store::startOperation(int delayMs, bool fails, std::function<void(Store &)> onSucceeded,
                              std::function<void(Store &)> onFailed)
{
    Operation op;
    op.dueMs = nowMs() + delayMs;
    op.fails = fails;
    op.onSucceeded = std::move(onSucceeded);
    op.onFailed = std::move(onFailed);
    if (fails) {
        op.errorCode = QStringLiteral("InternalServerError");
        op.errorMessage = QStringLiteral("The operation failed and was rolled back. No change was made.");
    }
    const QString id = newGuid();
    m_operations.insert(id, op);
    if (delayMs <= 0)
        advance();
    return id;
}

std::optional<Store::Operation> Store::operation(const QString &id) const
{
    auto it = m_operations.constFind(id.toLower());
    if (it == m_operations.constEnd())
        return std::nullopt;
    return it.value();
}

void Store::schedule(int delayMs, std::function<void(Store &)> effect)
{
    m_timed.append({nowMs() + delayMs, std::move(effect)});
}

QJsonObject *Store::findSubscription(const QString &subscriptionId)
{
    auto it = subscriptions.find(subscriptionId.toLower());
    return it == subscriptions.end() ? nullptr : &it.value();
}

QString Store::tenantOfSubscription(const QString &subscriptionId) const
{
    return subscriptions.value(subscriptionId.toLower()).value(QLatin1String("tenantId")).toString();
}

std::optional<QJsonObject> Store::subnet(const QString &subnetId) const
{
    const QString key = subnetId.toLower();
    const int cut = int(key.lastIndexOf(QLatin1String("/subnets/")));
    if (cut < 0)
        return std::nullopt;
    const auto vnet = virtualNetworks.constFind(key.left(cut));
    if (vnet == virtualNetworks.constEnd())
        return std::nullopt;
    const QJsonArray subnets =
        vnet->value(QLatin1String("properties")).toObject().value(QLatin1String("subnets")).toArray();
    for (const QJsonValue &v : subnets) {
        if (v.toObject().value(QLatin1String("id")).toString().toLower() == key)
            return v.toObject();
    }
    return std::nullopt;
}

bool Store::replaceSubnet(const QString &subnetId, const QJsonObject &subnet)
{
    const QString key = subnetId.toLower();
    const int cut = int(key.lastIndexOf(QLatin1String("/subnets/")));
    auto vnet = virtualNetworks.find(key.left(cut));
    if (cut < 0 || vnet == virtualNetworks.end())
        return false;
    QJsonObject props = vnet->value(QLatin1String("properties")).toObject();
    QJsonArray subnets = props.value(QLatin1String("subnets")).toArray();
    bool replaced = false;
    for (int i = 0; i < subnets.size(); ++i) {
        if (subnets.at(i).toObject().value(QLatin1String("id")).toString().toLower() == key) {
            subnets[i] = subnet;
            replaced = true;
        }
    }
    if (!replaced)
        subnets.append(subnet);
    props.insert(QStringLiteral("subnets"), subnets);
    vnet->insert(QStringLiteral("properties"), props);
    vnet->insert(QStringLiteral("etag"), newEtag());
    return true;
}

QString Store::providerState(const QString &subscriptionId, const QString &providerNamespace) const
{
    const QJsonObject providers =
        subscriptions.value(subscriptionId.toLower()).value(QLatin1String("providers")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        if (it.key().compare(providerNamespace, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return QStringLiteral("Registered");
}

std::optional<QJsonObject> Store::host(const QString &name) const
{
    for (const QJsonValue &v : hosts) {
        if (v.toObject().value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return v.toObject();
    }
    return std::nullopt;
}

QString Store::egressAddress(const QJsonObject &h) const
{
    const auto s = subnet(h.value(QLatin1String("subnetId")).toString());
    const QString nat = s ? s->value(QLatin1String("properties"))
                                .toObject()
                                .value(QLatin1String("natGateway"))
                                .toObject()
                                .value(QLatin1String("id"))
                                .toString()
                          : QString();
    if (!nat.isEmpty()) {
        const QJsonArray ips = resources.value(nat.toLower())
                                   .value(QLatin1String("properties"))
                                   .toObject()
                                   .value(QLatin1String("publicIpAddresses"))
                                   .toArray();
        for (const QJsonValue &ip : ips) {
            const QString address = resources.value(ip.toObject().value(QLatin1String("id")).toString().toLower())
                                        .value(QLatin1String("properties"))
                                        .toObject()
                                        .value(QLatin1String("ipAddress"))
                                        .toString();
            if (!address.isEmpty())
                return address;
        }
    }
    const QString own = h.value(QLatin1String("publicIp")).toString();
    return own.isEmpty() ? QStringLiteral("20.105.0.4") : own;
}

QJsonObject Store::toJson() const
{
    auto values = [](const QMap<QString, QJsonObject> &map) {
        QJsonArray a;
        for (const QJsonObject &o : map)
            a.append(o);
        return a;
    };
    return {{QStringLiteral("settings"), settings.toJson()},
            {QStringLiteral("faults"), faults.toJson()},
            {QStringLiteral("tenants"), tenants},
            {QStringLiteral("users"), users},
            {QStringLiteral("servicePrincipals"), servicePrincipals},
            {QStringLiteral("hosts"), hosts},
            {QStringLiteral("subscriptions"), values(subscriptions)},
            {QStringLiteral("resourceGroups"), values(resourceGroups)},
            {QStringLiteral("virtualNetworks"), values(virtualNetworks)},
            {QStringLiteral("registries"), values(registries)},
            {QStringLiteral("resources"), values(resources)}};
}

bool Store::loadJson(const QJsonObject &json, QString *error)
{
    if (!json.value(QLatin1String("subscriptions")).isArray()) {
        if (error)
            *error = QStringLiteral("not a saved sandbox state (no 'subscriptions' array)");
        return false;
    }
    settings.merge(json.value(QLatin1String("settings")).toObject());
    faults = Faults();
    faults.merge(json.value(QLatin1String("faults")).toObject());
    tenants = json.value(QLatin1String("tenants")).toArray();
    users = json.value(QLatin1String("users")).toArray();
    servicePrincipals = json.value(QLatin1String("servicePrincipals")).toArray();
    hosts = json.value(QLatin1String("hosts")).toArray();
    auto fill = [&json](const char *key, QMap<QString, QJsonObject> &map, const char *idKey) {
        map.clear();
        const QJsonArray a = json.value(QLatin1String(key)).toArray();
        for (const QJsonValue &v : a)
            map.insert(v.toObject().value(QLatin1String(idKey)).toString().toLower(), v.toObject());
    };
    fill("subscriptions", subscriptions, "subscriptionId");
    fill("resourceGroups", resourceGroups, "id");
    fill("virtualNetworks", virtualNetworks, "id");
    fill("registries", registries, "id");
    fill("resources", resources, "id");
    return true;
}

} // namespace acrnet::sandbox
