#include "registryprovider.h"
#include "registrypatch.h"

namespace acrnet::sandbox {

namespace {

const QString kType = QStringLiteral("Microsoft.ContainerRegistry/registries");

QJsonObject props(const QJsonObject &doc)
{
    return doc.value(QLatin1String("properties")).toObject();
}

QString subnetKeyFor(const QString &apiVersion)
{
    return apiVersion == QLatin1String("2026-09-01-preview") ? QStringLiteral("virtualNetworkSubnetResourceId")
                                                             : QStringLiteral("id");
}

} // namespace

QStringList RegistryProvider::versions()
{
    return {QStringLiteral("2019-05-01"),         QStringLiteral("2019-12-01-preview"),
            QStringLiteral("2020-11-01-preview"), QStringLiteral("2021-06-01-preview"),
            QStringLiteral("2021-08-01-preview"), QStringLiteral("2021-09-01"),
            QStringLiteral("2021-12-01-preview"), QStringLiteral("2022-02-01-preview"),
            QStringLiteral("2022-12-01"),         QStringLiteral("2023-01-01-preview"),
            QStringLiteral("2023-07-01"),         QStringLiteral("2023-11-01-preview"),
            QStringLiteral("2024-11-01-preview"), QStringLiteral("2025-04-01"),
            QStringLiteral("2025-11-01"),         QStringLiteral("2026-09-01-preview")};
}

bool RegistryProvider::hasVirtualNetworkRules(const QString &v)
{
    static const QStringList with{QStringLiteral("2019-05-01"),         QStringLiteral("2019-12-01-preview"),
                                  QStringLiteral("2020-11-01-preview"), QStringLiteral("2021-06-01-preview"),
                                  QStringLiteral("2021-08-01-preview"), QStringLiteral("2021-12-01-preview"),
                                  QStringLiteral("2026-09-01-preview")};
    return with.contains(v);
}

QJsonObject RegistryProvider::project(const QJsonObject &stored, const QString &apiVersion)
{
    QJsonObject doc = stored;
    QJsonObject p = props(doc);
    QJsonObject set = p.value(QLatin1String("networkRuleSet")).toObject();
    if (!hasVirtualNetworkRules(apiVersion)) {
        set.remove(QStringLiteral("virtualNetworkRules"));
    } else if (subnetKeyFor(apiVersion) != QLatin1String("id")) {
        QJsonArray renamed;
        const QJsonArray rules = set.value(QLatin1String("virtualNetworkRules")).toArray();
        for (const QJsonValue &v : rules)
            renamed.append(QJsonObject{
                {QStringLiteral("action"), v.toObject().value(QLatin1String("action"))},
                {QStringLiteral("virtualNetworkSubnetResourceId"), v.toObject().value(QLatin1String("id"))}});
        set.insert(QStringLiteral("virtualNetworkRules"), renamed);
    }
    p.insert(QStringLiteral("networkRuleSet"), set);
    if (apiVersion == QLatin1String("2019-05-01")) {
        for (const char *key :
             {"publicNetworkAccess", "networkRuleBypassOptions", "privateEndpointConnections", "dataEndpointEnabled",
              "dataEndpointHostNames", "encryption", "zoneRedundancy", "anonymousPullEnabled"})
            p.remove(QLatin1String(key));
        QJsonObject policies = p.value(QLatin1String("policies")).toObject();
        policies.remove(QStringLiteral("exportPolicy")); // from 2019-12-01-preview on
        p.insert(QStringLiteral("policies"), policies);
    }
    doc.insert(QStringLiteral("properties"), p);
    return doc;
}

bool RegistryProvider::parseIpv4Range(const QString &text, quint32 *network, int *prefix)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return false;
    const QStringList octets = parts.at(0).split(QLatin1Char('.'));
    if (octets.size() != 4)
        return false;
    quint32 address = 0;
    for (const QString &o : octets) {
        if (o.isEmpty() || o.size() > 3)
            return false;
        for (const QChar ch : o) {
            if (!ch.isDigit())
                return false;
        }
        const int value = o.toInt();
        if (value > 255)
            return false;
        address = (address << 8) | quint32(value);
    }
    int bits = 32;
    if (parts.size() == 2) {
        bool ok = false;
        bits = parts.at(1).toInt(&ok);
        if (!ok || parts.at(1).isEmpty() || bits < 0 || bits > 32)
            return false;
    }
    *prefix = bits;
    *network = bits == 0 ? 0 : address & (0xFFFFFFFFu << (32 - bits));
    return true;
}

std::optional<Reply> RegistryProvider::handle(const Request &r)
{
    QStringList c;
    if (r.method == "GET" && r.matches({"_registry", "*", "v2"}, &c))
        return dataPlane(r, c.at(0));
    auto common = [&](const QString &sub) {
        return m_context.admit(r, versions(), sub, QStringLiteral("registries"));
    };
    auto listWhere = [&](const QString &prefix) {
        QJsonArray items;
        for (auto it = m_context.store.registries.constBegin(); it != m_context.store.registries.constEnd(); ++it) {
            if (it.key().startsWith(prefix.toLower()))
                items.append(project(it.value(), r.apiVersion()));
        }
        return m_context.page(r, items);
    };
    if (r.method == "GET" &&
        r.matches({"subscriptions", "*", "providers", "microsoft.containerregistry", "registries"}, &c)) {
        if (auto e = common(c.at(0)))
            return e;
        return listWhere(QStringLiteral("/subscriptions/%1/").arg(c.at(0)));
    }
    if (r.method == "GET" && r.matches({"subscriptions", "*", "resourcegroups", "*", "providers",
                                        "microsoft.containerregistry", "registries"},
                                       &c)) {
        if (auto e = common(c.at(0)))
            return e;
        if (auto e = m_context.requireResourceGroup(c.at(0), c.at(1)))
            return e;
        return listWhere(QStringLiteral("/subscriptions/%1/resourceGroups/%2/").arg(c.at(0), c.at(1)));
    }
    const bool one = r.matches(
        {"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.containerregistry", "registries", "*"},
        &c);
    QStringList tail;
    const bool child = !one && r.lowerSegments.size() == 9 && r.lowerSegments.at(6) == QLatin1String("registries") &&
                       r.matches({"subscriptions", "*", "resourcegroups", "*", "providers",
                                  "microsoft.containerregistry", "registries", "*", "*"},
                                 &tail);
    const bool status = !one && !child &&
                        r.matches({"subscriptions", "*", "resourcegroups", "*", "providers",
                                   "microsoft.containerregistry", "registries", "*", "operationstatuses", "*"},
                                  &tail);
    if (!one && !child && !status)
        return std::nullopt;
    const QStringList &cap = one ? c : tail;
    if (status) {
        if (auto e = m_context.authorize(r, cap.at(0)))
            return e;
        return operationStatus(cap.at(3));
    }
    if (auto e = common(cap.at(0)))
        return e;
    if (auto e = m_context.requireResourceGroup(cap.at(0), cap.at(1)))
        return e;
    const QString key =
        QStringLiteral("/subscriptions/%1/resourcegroups/%2/providers/microsoft.containerregistry/registries/%3")
            .arg(cap.at(0), cap.at(1), cap.at(2))
            .toLower();
    const auto it = m_context.store.registries.constFind(key);
    if (it == m_context.store.registries.constEnd())
        return Reply::armError(404, QStringLiteral("ResourceNotFound"),
                               QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more "
                                              "details please go to https://aka.ms/ARMResourceNotFoundFix")
                                   .arg(kType, cap.at(2), cap.at(1)));
    if (one && r.method == "GET")
        return Reply::json(200, project(it.value(), r.apiVersion()));
    if (one && r.method == "PATCH")
        return patch(r, key);
    if (child && r.method == "GET" && cap.at(3).compare(QLatin1String("listUsages"), Qt::CaseInsensitive) == 0)
        return usages(it.value());
    if (child && r.method == "GET" &&
        cap.at(3).compare(QLatin1String("privateEndpointConnections"), Qt::CaseInsensitive) == 0)
        return m_context.page(r, props(it.value()).value(QLatin1String("privateEndpointConnections")).toArray());
    return std::nullopt;
}

Reply RegistryProvider::usages(const QJsonObject &doc)
{
    const bool premium =
        doc.value(QLatin1String("sku")).toObject().value(QLatin1String("name")).toString() == QLatin1String("Premium");
    const QJsonObject set = props(doc).value(QLatin1String("networkRuleSet")).toObject();
    auto usage = [](const QString &name, qint64 limit, qint64 current, const QString &unit) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("limit"), limit},
                           {QStringLiteral("currentValue"), current},
                           {QStringLiteral("unit"), unit}};
    };
    const Settings &s = m_context.store.settings;
    return Reply::json(
        200,
        QJsonObject{{QStringLiteral("value"),
                     QJsonArray{usage(QStringLiteral("Size"), premium ? 536870912000LL : 107374182400LL, 1073741824LL,
                                      QStringLiteral("Bytes")),
                                usage(QStringLiteral("Webhooks"), premium ? 500 : 10, 0, QStringLiteral("Count")),
                                usage(QStringLiteral("VNetRules"), premium ? s.vnetRuleLimit : 0,
                                      set.value(QLatin1String("virtualNetworkRules")).toArray().size(),
                                      QStringLiteral("Count")),
                                usage(QStringLiteral("IPRules"), premium ? s.ipRuleLimit : 0,
                                      set.value(QLatin1String("ipRules")).toArray().size(), QStringLiteral("Count")),
                                usage(QStringLiteral("PrivateEndpointConnections"), premium ? 200 : 0,
                                      props(doc).value(QLatin1String("privateEndpointConnections")).toArray().size(),
                                      QStringLiteral("Count"))}}});
}

Reply RegistryProvider::operationStatus(const QString &id)
{
    const QString opId = id.startsWith(QLatin1String("registries-")) ? id.mid(11) : id;
    const auto op = m_context.store.operation(opId);
    if (!op)
        return Reply::armError(404, QStringLiteral("OperationNotFound"),
                               QStringLiteral("Operation %1 was not found.").arg(id));
    QJsonObject body{{QStringLiteral("status"), op->settled ? op->status : QStringLiteral("Updating")}};
    if (op->settled && op->fails)
        body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), op->errorCode},
                                                         {QStringLiteral("message"), op->errorMessage}});
    // Like the live service, a status that is still running may come back as 201.
    return Reply::json(op->settled ? 200 : 201, body);
}

// The trap users hit (Azure/acr#249): a rule whose subnet's subscription lacks the provider is accepted, then
// disappears a little later unless the provider gets registered in between.
void RegistryProvider::scheduleSilentDrops(Store &st, const QString &key, const QStringList &addedSubnets)
{
    for (const QString &subnet : addedSubnets) {
        const QString subnetSub = subnet.section(QLatin1Char('/'), 2, 2);
        if (st.providerState(subnetSub, QStringLiteral("Microsoft.ContainerRegistry")) == QLatin1String("Registered"))
            continue;
        st.schedule(st.settings.silentDropDelayMs, [subnet, subnetSub, key](Store &later) {
            if (later.providerState(subnetSub, QStringLiteral("Microsoft.ContainerRegistry")) ==
                QLatin1String("Registered"))
                return;
            auto reg = later.registries.find(key);
            if (reg == later.registries.end())
                return;
            QJsonObject pp = reg->value(QLatin1String("properties")).toObject();
            QJsonObject rs = pp.value(QLatin1String("networkRuleSet")).toObject();
            QJsonArray kept;
            const QJsonArray rules = rs.value(QLatin1String("virtualNetworkRules")).toArray();
            for (const QJsonValue &v : rules) {
                if (v.toObject().value(QLatin1String("id")).toString().compare(subnet, Qt::CaseInsensitive) != 0)
                    kept.append(v);
            }
            rs.insert(QStringLiteral("virtualNetworkRules"), kept);
            pp.insert(QStringLiteral("networkRuleSet"), rs);
            reg->insert(QStringLiteral("properties"), pp);
        });
    }
}

Reply RegistryProvider::patch(const Request &r, const QString &key)
{
    Store &store = m_context.store;
    bool ok = false;
    const QJsonObject body = r.jsonBody(&ok);
    if (!ok)
        return Reply::armError(400, QStringLiteral("InvalidRequestContent"),
                               QStringLiteral("The request content was invalid and could not be deserialized."));
    const QJsonObject current = store.registries.value(key);
    const QString sub = current.value(QLatin1String("id")).toString().section(QLatin1Char('/'), 2, 2);
    if (store.providerState(sub, QStringLiteral("Microsoft.ContainerRegistry")) != QLatin1String("Registered"))
        return Reply::armError(
            409, QStringLiteral("MissingSubscriptionRegistration"),
            QStringLiteral("The subscription is not registered to use namespace "
                           "'Microsoft.ContainerRegistry'. See https://aka.ms/rps-not-found for how to "
                           "register subscriptions."));
    if (props(current).value(QLatin1String("provisioningState")).toString() == QLatin1String("Updating"))
        return Reply::armError(409, QStringLiteral("AnotherOperationInProgress"),
                               QStringLiteral("An update of registry '%1' is already in progress.")
                                   .arg(current.value(QLatin1String("name")).toString()));
    const QString version = r.apiVersion();
    RegistryPatch change(store, current, version);
    if (auto refused = change.apply(body))
        return *refused;
    const QJsonObject next = change.result();
    const QStringList addedSubnets = change.addedSubnets();

    auto scheduleDrops = [addedSubnets, key](Store &st) {
        scheduleSilentDrops(st, key, addedSubnets);
    };

    if (!store.settings.asyncRegistryUpdates) {
        store.registries.insert(key, next);
        scheduleDrops(store);
        return Reply::json(200, project(next, version));
    }
    QJsonObject updating = current;
    QJsonObject up = props(current);
    up.insert(QStringLiteral("provisioningState"), QStringLiteral("Updating"));
    updating.insert(QStringLiteral("properties"), up);
    store.registries.insert(key, updating);
    const bool fails = store.faults.lroFailNext > 0 || store.random().generateDouble() < store.faults.lroFailRate;
    if (store.faults.lroFailNext > 0)
        --store.faults.lroFailNext;
    const QString op = store.startOperation(
        store.settings.provisioningDelayMs, fails,
        [key, next, scheduleDrops](Store &st) {
            st.registries.insert(key, next);
            scheduleDrops(st);
        },
        [key, current](Store &st) { st.registries.insert(key, current); });
    const QString asyncUrl =
        m_context.url(current.value(QLatin1String("id")).toString() +
                      QStringLiteral("/operationStatuses/registries-%1?api-version=2022-02-01-preview").arg(op));
    return Reply::json(201, project(updating, version), {{"Azure-AsyncOperation", asyncUrl.toUtf8()}});
}

Reply RegistryProvider::dataPlane(const Request &r, const QString &name)
{
    return dataPlaneAnswer(m_context.store, name, QString::fromUtf8(r.header("X-Sandbox-Host")));
}

// What the registry's firewall decides for a caller: public access, then Deny with IP rules (public source addresses
// only) and VNet rules (only through the subnet's Microsoft.ContainerRegistry endpoint).
bool RegistryProvider::networkAllows(const QJsonObject &p, const QString &ip, bool viaEndpoint, const QString &subnet)
{
    const QJsonObject set = p.value(QLatin1String("networkRuleSet")).toObject();
    bool allowed = p.value(QLatin1String("publicNetworkAccess")).toString() != QLatin1String("Disabled");
    if (allowed && set.value(QLatin1String("defaultAction")).toString() == QLatin1String("Deny")) {
        allowed = false;
        quint32 caller = 0;
        int callerBits = 0;
        // IP rules match public source addresses only; traffic through the endpoint carries the subnet instead.
        const bool haveIp = !viaEndpoint && parseIpv4Range(ip, &caller, &callerBits);
        for (const QJsonValue &v : set.value(QLatin1String("ipRules")).toArray()) {
            quint32 network = 0;
            int bits = 0;
            if (haveIp && parseIpv4Range(v.toObject().value(QLatin1String("value")).toString(), &network, &bits)) {
                const quint32 mask = bits == 0 ? 0 : 0xFFFFFFFFu << (32 - bits);
                allowed = allowed || (caller & mask) == network;
            }
        }
        for (const QJsonValue &v : set.value(QLatin1String("virtualNetworkRules")).toArray()) {
            // The rule only works through the subnet's Microsoft.ContainerRegistry endpoint.
            allowed = allowed ||
                      (viaEndpoint &&
                       v.toObject().value(QLatin1String("id")).toString().compare(subnet, Qt::CaseInsensitive) == 0);
        }
    }
    return allowed;
}

Reply RegistryProvider::dataPlaneAnswer(const Store &store, const QString &name, const QString &hostName)
{
    QJsonObject doc;
    for (const QJsonObject &reg : std::as_const(store.registries)) {
        if (reg.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            doc = reg;
    }
    if (doc.isEmpty()) {
        Reply reply = Reply::json(
            404, QJsonObject{{QStringLiteral("errors"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("code"), QStringLiteral("NAME_UNKNOWN")},
                                  {QStringLiteral("message"), QStringLiteral("registry %1 not found").arg(name)}}}}});
        return reply;
    }
    // The caller: this machine (the scenario's public address), or a named host of the scenario (from its subnet
    // through the endpoint, else from the public address its traffic leaves through).
    QString ip = store.settings.callerIp;
    QString subnet;
    bool viaEndpoint = false; // through the subnet's Microsoft.ContainerRegistry endpoint: from its private address
    if (const auto h = hostName.isEmpty() ? std::nullopt : store.host(hostName)) {
        subnet = h->value(QLatin1String("subnetId")).toString();
        const auto s = store.subnet(subnet);
        const QJsonArray eps =
            s ? s->value(QLatin1String("properties")).toObject().value(QLatin1String("serviceEndpoints")).toArray()
              : QJsonArray();
        for (const QJsonValue &e : eps) {
            const QJsonObject eo = e.toObject();
            viaEndpoint =
                viaEndpoint ||
                (eo.value(QLatin1String("service")).toString() == QLatin1String("Microsoft.ContainerRegistry") &&
                 eo.value(QLatin1String("provisioningState")).toString() == QLatin1String("Succeeded"));
        }
        ip = viaEndpoint ? h->value(QLatin1String("privateIp")).toString() : store.egressAddress(*h);
    }
    const QJsonObject p = props(doc);
    const bool allowed = networkAllows(p, ip, viaEndpoint, subnet);
    const QString login = p.value(QLatin1String("loginServer")).toString();
    if (allowed)
        return Reply::json(
            401,
            QJsonObject{
                {QStringLiteral("errors"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("code"), QStringLiteral("UNAUTHORIZED")},
                     {QStringLiteral("message"),
                      QStringLiteral(
                          "authentication required, visit https://aka.ms/acr/authorization for more information.")},
                     {QStringLiteral("detail"), QJsonValue()}}}}},
            {{"WWW-Authenticate",
              QStringLiteral("Bearer realm=\"https://%1/oauth2/token\",service=\"%1\"").arg(login).toUtf8()},
             {"Docker-Distribution-Api-Version", "registry/2.0"}});
    return Reply::json(
        403, QJsonObject{{QStringLiteral("errors"),
                          QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("DENIED")},
                                                 {QStringLiteral("message"),
                                                  QStringLiteral("client with IP '%1' is not allowed access. Refer "
                                                                 "https://aka.ms/acr/firewall to grant access.")
                                                      .arg(ip)}}}}});
}

} // namespace acrnet::sandbox
