#include "resourcemanager.h"
#include "networkprovider.h"
#include "registryprovider.h"
#include "resourcegraph.h"

#include <QRegularExpression>

namespace acrnet::sandbox {

QStringList ResourceManager::subscriptionVersions()
{
    return {QStringLiteral("2016-06-01"), QStringLiteral("2019-11-01"), QStringLiteral("2020-01-01"),
            QStringLiteral("2021-01-01"), QStringLiteral("2022-12-01")};
}

QStringList ResourceManager::resourceVersions()
{
    return {QStringLiteral("2019-10-01"), QStringLiteral("2020-06-01"), QStringLiteral("2021-04-01"),
            QStringLiteral("2022-09-01"), QStringLiteral("2023-07-01"), QStringLiteral("2024-03-01")};
}

// POST …/providers/{namespace}/register: Registering now, Registered after the scenario's delay.
Reply ResourceManager::registerProvider(const QString &sub, const QString &name)
{
    Store &store = m_context.store;
    const QString ns = providerDoc(sub, name).value(QLatin1String("namespace")).toString();
    if (store.providerState(sub, ns) != QLatin1String("Registered")) {
        QJsonObject *s = store.findSubscription(sub);
        QJsonObject providers = s->value(QLatin1String("providers")).toObject();
        providers.insert(ns, QStringLiteral("Registering"));
        s->insert(QStringLiteral("providers"), providers);
        store.schedule(store.settings.registrationDelayMs, [sub, ns](Store &st) {
            if (QJsonObject *target = st.findSubscription(sub)) {
                QJsonObject p = target->value(QLatin1String("providers")).toObject();
                p.insert(ns, QStringLiteral("Registered"));
                target->insert(QStringLiteral("providers"), p);
            }
        });
    }
    return Reply::json(200, providerDoc(sub, ns));
}

Reply ResourceManager::listResourceGroups(const Request &r, const QString &subscriptionId)
{
    QJsonArray items;
    const QString prefix = QStringLiteral("/subscriptions/%1/").arg(subscriptionId).toLower();
    for (auto it = m_context.store.resourceGroups.constBegin(); it != m_context.store.resourceGroups.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            items.append(it.value());
    }
    return m_context.page(r, items);
}

std::optional<Reply> ResourceManager::handle(const Request &r)
{
    QStringList c;
    if (r.method == "GET" && r.matches({"tenants"})) {
        if (auto e = m_context.admit(r, subscriptionVersions()))
            return e;
        return tenants(r);
    }
    if (r.method == "GET" && r.matches({"subscriptions"})) {
        if (auto e = m_context.admit(r, subscriptionVersions()))
            return e;
        return subscriptions(r);
    }
    if (r.method == "GET" && r.matches({"subscriptions", "*"}, &c)) {
        if (auto e = m_context.admit(r, subscriptionVersions(), c.at(0)))
            return e;
        return Reply::json(200, subscriptionDoc(m_context.store.subscriptions.value(c.at(0).toLower())));
    }
    if (r.matches({"subscriptions", "*", "resourcegroups"}, &c) && r.method == "GET") {
        if (auto e = m_context.admit(r, resourceVersions(), c.at(0)))
            return e;
        return listResourceGroups(r, c.at(0));
    }
    if (r.matches({"subscriptions", "*", "resourcegroups", "*"}, &c) && r.method == "PUT") {
        if (auto e = m_context.admit(r, resourceVersions(), c.at(0)))
            return e;
        return putResourceGroup(r, c.at(0), c.at(1));
    }
    if (r.matches({"subscriptions", "*", "resourcegroups", "*"}, &c) && r.method == "HEAD") {
        // CheckExistence: 204 or 404, no body.
        if (auto e = m_context.admit(r, resourceVersions(), c.at(0)))
            return e;
        const bool exists = m_context.store.resourceGroups.contains(
            QStringLiteral("/subscriptions/%1/resourcegroups/%2").arg(c.at(0), c.at(1)).toLower());
        return Reply::empty(exists ? 204 : 404);
    }
    if (r.matches({"subscriptions", "*", "resourcegroups", "*"}, &c) && (r.method == "GET" || r.method == "DELETE")) {
        if (auto e = m_context.admit(r, resourceVersions(), c.at(0)))
            return e;
        if (auto e = m_context.requireResourceGroup(c.at(0), c.at(1)))
            return e;
        if (r.method == "DELETE")
            return deleteResourceGroup(r, c.at(0), c.at(1));
        return Reply::json(200,
                           m_context.store.resourceGroups.value(
                               QStringLiteral("/subscriptions/%1/resourcegroups/%2").arg(c.at(0), c.at(1)).toLower()));
    }
    if (r.method == "GET" && r.matches({"subscriptions", "*", "operationresults", "*"}, &c)) {
        if (auto e = m_context.authorize(r, c.at(0)))
            return e;
        return operationResult(r, c.at(0), c.at(1));
    }
    if (r.matches({"subscriptions", "*", "providers", "*"}, &c) && r.method == "GET") {
        if (auto e = m_context.admit(r, resourceVersions(), c.at(0)))
            return e;
        return Reply::json(200, providerDoc(c.at(0), c.at(1)));
    }
    if (r.matches({"subscriptions", "*", "providers", "*", "register"}, &c) && r.method == "POST") {
        if (auto e = m_context.admit(r, resourceVersions(), c.at(0)))
            return e;
        return registerProvider(c.at(0), c.at(1));
    }
    return std::nullopt;
}

QString ResourceManager::subjectOf(const Request &r) const
{
    QString error;
    const auto claims = m_context.tokens.verify(QString::fromLatin1(r.header("Authorization").mid(7)), &error);
    return claims ? claims->subject : QString();
}

Reply ResourceManager::tenants(const Request &r)
{
    const QString subject = subjectOf(r);
    QStringList visible;
    for (const QJsonValue &u : std::as_const(m_context.store.users)) {
        if (u.toObject().value(QLatin1String("upn")).toString().compare(subject, Qt::CaseInsensitive) == 0) {
            for (const QJsonValue &t : u.toObject().value(QLatin1String("tenants")).toArray())
                visible << t.toString();
        }
    }
    for (const QJsonValue &sp : std::as_const(m_context.store.servicePrincipals)) {
        if (sp.toObject().value(QLatin1String("clientId")).toString() == subject)
            visible << sp.toObject().value(QLatin1String("tenantId")).toString();
    }
    QJsonArray items;
    for (const QJsonValue &tv : std::as_const(m_context.store.tenants)) {
        const QJsonObject t = tv.toObject();
        const QString id = t.value(QLatin1String("tenantId")).toString();
        if (!visible.contains(id, Qt::CaseInsensitive))
            continue;
        const QString domain = t.value(QLatin1String("defaultDomain")).toString();
        items.append(QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("/tenants/") + id)},
                                 {QStringLiteral("tenantId"), id},
                                 {QStringLiteral("countryCode"), QStringLiteral("ES")},
                                 {QStringLiteral("displayName"), t.value(QLatin1String("displayName"))},
                                 {QStringLiteral("domains"), QJsonArray{domain}},
                                 {QStringLiteral("defaultDomain"), domain},
                                 {QStringLiteral("tenantCategory"), QStringLiteral("Home")},
                                 {QStringLiteral("tenantType"), QStringLiteral("AAD")}});
    }
    return m_context.page(r, items);
}

QJsonObject ResourceManager::subscriptionDoc(const QJsonObject &s) const
{
    const QString id = s.value(QLatin1String("subscriptionId")).toString();
    return {{QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + id)},
            {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
            {QStringLiteral("managedByTenants"),
             [&s] {
                 QJsonArray managers;
                 for (const QJsonValue &t : s.value(QLatin1String("managedByTenants")).toArray())
                     managers.append(QJsonObject{{QStringLiteral("tenantId"), t.toString()}});
                 return managers;
             }()},
            {QStringLiteral("tags"), s.value(QLatin1String("tags")).toObject()},
            {QStringLiteral("subscriptionId"), id},
            {QStringLiteral("tenantId"), s.value(QLatin1String("tenantId"))},
            {QStringLiteral("displayName"), s.value(QLatin1String("displayName"))},
            {QStringLiteral("state"), s.value(QLatin1String("state"))},
            {QStringLiteral("subscriptionPolicies"),
             QJsonObject{{QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01")},
                         {QStringLiteral("quotaId"), QStringLiteral("PayAsYouGo_2014-09-01")},
                         {QStringLiteral("spendingLimit"), QStringLiteral("Off")}}}};
}

Reply ResourceManager::subscriptions(const Request &r)
{
    QString error;
    const auto claims = m_context.tokens.verify(QString::fromLatin1(r.header("Authorization").mid(7)), &error);
    QJsonArray items;
    for (const QJsonObject &s : std::as_const(m_context.store.subscriptions)) {
        // ARM lists the subscriptions of the token's tenant.
        if (claims && s.value(QLatin1String("tenantId")).toString().compare(claims->tenantId, Qt::CaseInsensitive) == 0)
            items.append(subscriptionDoc(s));
    }
    // From 2020-01-01 on the list also carries the total, as recorded live (not in the specification).
    if (r.apiVersion() >= QLatin1String("2020-01-01"))
        return m_context.page(r, items, 0,
                              {{QStringLiteral("count"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Total")},
                                                                     {QStringLiteral("value"), items.size()}}}});
    return m_context.page(r, items);
}

QJsonObject ResourceManager::providerDoc(const QString &subscriptionId, const QString &ns) const
{
    // Canonical spelling for the namespaces the app uses; others are echoed.
    QString canonical = ns;
    for (const char *known : {"Microsoft.ContainerRegistry", "Microsoft.Network", "Microsoft.ResourceGraph"}) {
        if (ns.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            canonical = QLatin1String(known);
    }
    return {{QStringLiteral("id"), QStringLiteral("/subscriptions/%1/providers/%2").arg(subscriptionId, canonical)},
            {QStringLiteral("namespace"), canonical},
            {QStringLiteral("registrationState"), m_context.store.providerState(subscriptionId, canonical)},
            {QStringLiteral("registrationPolicy"), QStringLiteral("RegistrationRequired")},
            {QStringLiteral("resourceTypes"), resourceTypesOf(canonical)}};
}

QJsonArray ResourceManager::resourceTypesOf(const QString &ns)
{
    QList<QPair<QString, QStringList>> types;
    if (ns == QLatin1String("Microsoft.ContainerRegistry"))
        types = {{QStringLiteral("registries"), RegistryProvider::versions()},
                 {QStringLiteral("registries/privateEndpointConnections"), RegistryProvider::versions()},
                 {QStringLiteral("operations"), RegistryProvider::versions()}};
    else if (ns == QLatin1String("Microsoft.Network"))
        types = {{QStringLiteral("virtualNetworks"), NetworkProvider::versions()},
                 {QStringLiteral("virtualNetworks/subnets"), NetworkProvider::versions()},
                 {QStringLiteral("locations/virtualNetworkAvailableEndpointServices"), NetworkProvider::versions()}};
    else if (ns == QLatin1String("Microsoft.ResourceGraph"))
        types = {{QStringLiteral("resources"), ResourceGraph::versions()}};
    QJsonArray out;
    for (const auto &[type, versions] : std::as_const(types)) {
        QStringList newestFirst = versions;
        std::reverse(newestFirst.begin(), newestFirst.end());
        out.append(QJsonObject{
            {QStringLiteral("resourceType"), type},
            {QStringLiteral("locations"),
             QJsonArray{QStringLiteral("West Europe"), QStringLiteral("North Europe"), QStringLiteral("East US")}},
            {QStringLiteral("apiVersions"), QJsonArray::fromStringList(newestFirst)},
            {QStringLiteral("capabilities"), QStringLiteral("None")}});
    }
    return out;
}

Reply ResourceManager::putResourceGroup(const Request &r, const QString &sub, const QString &group)
{
    static const QRegularExpression valid(QStringLiteral("^[-\\w\\._\\(\\)]{1,90}$"));
    if (!valid.match(group).hasMatch() || group.endsWith(QLatin1Char('.')))
        return Reply::armError(400, QStringLiteral("ResourceGroupNameInvalid"),
                               QStringLiteral("Resource group name '%1' is invalid. It can include alphanumeric, "
                                              "underscore, parentheses, hyphen, period (except at end), and Unicode "
                                              "characters that match the allowed characters.")
                                   .arg(group));
    bool ok = false;
    const QJsonObject body = r.jsonBody(&ok);
    const QString location = body.value(QLatin1String("location")).toString();
    if (!ok || location.isEmpty())
        return Reply::armError(400, QStringLiteral("LocationRequired"),
                               QStringLiteral("The location property is required for this definition."));
    Store &store = m_context.store;
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(sub, group);
    const auto existing = store.resourceGroups.constFind(id.toLower());
    const bool exists = existing != store.resourceGroups.constEnd();
    if (exists && existing->value(QLatin1String("location")).toString().compare(location, Qt::CaseInsensitive) != 0)
        return Reply::armError(409, QStringLiteral("InvalidResourceGroupLocation"),
                               QStringLiteral("Invalid resource group location '%1'. The Resource group already "
                                              "exists in location '%2'.")
                                   .arg(location, existing->value(QLatin1String("location")).toString()));
    QJsonObject doc =
        exists ? *existing
               : QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("name"), group},
                             {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
                             {QStringLiteral("location"), location.toLower().remove(QLatin1Char(' '))},
                             {QStringLiteral("properties"),
                              QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}};
    // A PUT replaces the tags (ARM semantics): none sent, none kept.
    if (body.value(QLatin1String("tags")).isObject())
        doc.insert(QStringLiteral("tags"), body.value(QLatin1String("tags")));
    else
        doc.remove(QStringLiteral("tags"));
    if (body.contains(QLatin1String("managedBy")))
        doc.insert(QStringLiteral("managedBy"), body.value(QLatin1String("managedBy")));
    store.resourceGroups.insert(id.toLower(), doc);
    return Reply::json(exists ? 200 : 201, doc);
}

Reply ResourceManager::deleteResourceGroup(const Request &r, const QString &sub, const QString &group)
{
    Store &store = m_context.store;
    const QString key = QStringLiteral("/subscriptions/%1/resourcegroups/%2").arg(sub, group).toLower();
    QJsonObject doc = store.resourceGroups.value(key);
    QJsonObject before = doc;
    doc.insert(QStringLiteral("properties"),
               QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Deleting")}});
    store.resourceGroups.insert(key, doc);
    const bool fails = store.faults.lroFailNext > 0 || store.random().generateDouble() < store.faults.lroFailRate;
    if (store.faults.lroFailNext > 0)
        --store.faults.lroFailNext;
    const QString prefix = key + QLatin1Char('/');
    const QString op = store.startOperation(
        store.settings.resourceGroupDeleteDelayMs, fails,
        [key, prefix](Store &st) {
            st.resourceGroups.remove(key);
            for (auto *map : {&st.virtualNetworks, &st.registries}) {
                for (auto it = map->begin(); it != map->end();) {
                    if (it.key().startsWith(prefix))
                        it = map->erase(it);
                    else
                        ++it;
                }
            }
        },
        [key, before](Store &st) { st.resourceGroups.insert(key, before); });
    const QString location = m_context.url(
        QStringLiteral("/subscriptions/%1/operationresults/%2?api-version=%3").arg(sub, op, r.apiVersion()));
    return Reply::empty(202, {{"Location", location.toUtf8()}, {"Retry-After", "1"}});
}

Reply ResourceManager::operationResult(const Request &r, const QString &sub, const QString &id)
{
    Q_UNUSED(r)
    Q_UNUSED(sub)
    const auto op = m_context.store.operation(id);
    if (!op)
        return Reply::armError(404, QStringLiteral("OperationNotFound"),
                               QStringLiteral("The operation '%1' was not found.").arg(id));
    if (!op->settled)
        return Reply::empty(202, {{"Retry-After", "1"}});
    if (op->fails)
        return Reply::armError(500, op->errorCode, op->errorMessage);
    return Reply::empty(200);
}

} // namespace acrnet::sandbox
