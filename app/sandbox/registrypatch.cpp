#include "registrypatch.h"
#include "registryprovider.h"

#include <QJsonArray>

namespace acrnet::sandbox {

namespace {

QJsonObject props(const QJsonObject &doc)
{
    return doc.value(QLatin1String("properties")).toObject();
}

bool isSubnetId(const QString &id)
{
    const QStringList p = id.split(QLatin1Char('/'));
    // "", subscriptions, s, resourceGroups, rg, providers, Microsoft.Network, virtualNetworks, v, subnets, n
    return p.size() == 11 && p.at(0).isEmpty() &&
           p.at(1).compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0 &&
           p.at(3).compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) == 0 &&
           p.at(6).compare(QLatin1String("Microsoft.Network"), Qt::CaseInsensitive) == 0 &&
           p.at(7).compare(QLatin1String("virtualNetworks"), Qt::CaseInsensitive) == 0 &&
           p.at(9).compare(QLatin1String("subnets"), Qt::CaseInsensitive) == 0 && !p.at(2).isEmpty() &&
           !p.at(4).isEmpty() && !p.at(8).isEmpty() && !p.at(10).isEmpty();
}

Reply badRequest(const QString &code, const QString &message)
{
    return Reply::armError(400, code, message);
}

} // namespace

QJsonObject mergePatch(QJsonObject target, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            target.remove(it.key());
        else if (it.value().isObject())
            target.insert(it.key(), mergePatch(target.value(it.key()).toObject(), it.value().toObject()));
        else
            target.insert(it.key(), it.value());
    }
    return target;
}

std::optional<Reply> RegistryPatch::apply(const QJsonObject &body)
{
    QJsonObject in;
    if (auto e = incoming(body, &in))
        return e;
    m_next = mergePatch(m_current, in);
    if (in.value(QLatin1String("sku")).isObject()) { // the tier follows the name
        QJsonObject sku = m_next.value(QLatin1String("sku")).toObject();
        sku.insert(QStringLiteral("tier"), sku.value(QLatin1String("name")));
        m_next.insert(QStringLiteral("sku"), sku);
    }
    const QJsonObject p = props(m_next);
    if (auto e = checkRuleSet(p))
        return e;
    if (auto e = checkVnetRules(p))
        return e;
    return checkSettings(p);
}

std::optional<Reply> RegistryPatch::incoming(const QJsonObject &body, QJsonObject *out)
{
    // What a PATCH may change; read-only properties in a body are ignored, as ARM does.
    for (const char *key : {"tags", "sku", "identity"}) {
        if (body.contains(QLatin1String(key)))
            out->insert(QLatin1String(key), body.value(QLatin1String(key)));
    }
    QJsonObject p = body.value(QLatin1String("properties")).toObject();
    for (const char *readOnly : {"loginServer", "creationDate", "provisioningState", "status", "dataEndpointHostNames",
                                 "privateEndpointConnections", "zoneRedundancy", "storageAccount"})
        p.remove(QLatin1String(readOnly));
    if (m_version == QLatin1String("2019-05-01")) {
        for (const char *newer : {"publicNetworkAccess", "networkRuleBypassOptions", "dataEndpointEnabled",
                                  "encryption", "anonymousPullEnabled"})
            p.remove(QLatin1String(newer));
    }
    if (p.value(QLatin1String("networkRuleSet")).isObject()) {
        QJsonObject set = p.value(QLatin1String("networkRuleSet")).toObject();
        // An api-version without VNet rules cannot touch them (the live service keeps them).
        m_sendsVnetRules = RegistryProvider::hasVirtualNetworkRules(m_version) &&
                           set.value(QLatin1String("virtualNetworkRules")).isArray();
        if (m_sendsVnetRules) {
            QJsonArray rules;
            if (auto e = incomingVnetRules(set.value(QLatin1String("virtualNetworkRules")).toArray(), &rules))
                return e;
            set.insert(QStringLiteral("virtualNetworkRules"), rules);
        } else {
            set.remove(QStringLiteral("virtualNetworkRules"));
        }
        p.insert(QStringLiteral("networkRuleSet"), set);
    }
    if (!p.isEmpty())
        out->insert(QStringLiteral("properties"), p);
    return std::nullopt;
}

std::optional<Reply> RegistryPatch::incomingVnetRules(const QJsonArray &rules, QJsonArray *out)
{
    const QString keyName = m_version == QLatin1String("2026-09-01-preview")
                                ? QStringLiteral("virtualNetworkSubnetResourceId")
                                : QStringLiteral("id");
    const QJsonArray old = props(m_current)
                               .value(QLatin1String("networkRuleSet"))
                               .toObject()
                               .value(QLatin1String("virtualNetworkRules"))
                               .toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QString id = rules.at(i).toObject().value(keyName).toString();
        if (id.isEmpty())
            return badRequest(
                QStringLiteral("InvalidRequestContent"),
                QStringLiteral("networkRuleSet.virtualNetworkRules[%1].%2 is required.").arg(i).arg(keyName));
        if (!isSubnetId(id))
            return badRequest(
                QStringLiteral("InvalidVirtualNetworkRule"),
                QStringLiteral("'%1' is not a valid subnet resource ID (Microsoft.Network/virtualNetworks/subnets).")
                    .arg(id));
        const bool known = std::any_of(old.cbegin(), old.cend(), [&](const QJsonValue &o) {
            return o.toObject().value(QLatin1String("id")).toString().compare(id, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            m_addedSubnets << id;
        out->append(QJsonObject{{QStringLiteral("action"), QStringLiteral("Allow")}, {QStringLiteral("id"), id}});
    }
    return std::nullopt;
}

std::optional<Reply> RegistryPatch::checkRuleSet(const QJsonObject &p) const
{
    const QJsonObject set = p.value(QLatin1String("networkRuleSet")).toObject();
    const QString action = set.value(QLatin1String("defaultAction")).toString(QStringLiteral("Allow"));
    if (action != QLatin1String("Allow") && action != QLatin1String("Deny"))
        return badRequest(QStringLiteral("InvalidDefaultAction"),
                          QStringLiteral("The default action '%1' is not valid; use Allow or Deny.").arg(action));
    const QJsonArray ipRules = set.value(QLatin1String("ipRules")).toArray();
    const QJsonArray vnetRules = set.value(QLatin1String("virtualNetworkRules")).toArray();
    const bool premium = m_next.value(QLatin1String("sku")).toObject().value(QLatin1String("name")).toString() ==
                         QLatin1String("Premium");
    if ((action == QLatin1String("Deny") || !ipRules.isEmpty() || !vnetRules.isEmpty()) && !premium)
        return badRequest(QStringLiteral("NetworkRulesNotSupportedForSku"),
                          QStringLiteral("Network rules are only supported for managed registries in Premium SKU."));
    if (ipRules.size() > m_store.settings.ipRuleLimit)
        return badRequest(QStringLiteral("QuotaExceeded"),
                          QStringLiteral("The registry can have at most %1 IP rules; the request has %2.")
                              .arg(m_store.settings.ipRuleLimit)
                              .arg(ipRules.size()));
    for (const QJsonValue &v : ipRules) {
        quint32 network = 0;
        int prefix = 0;
        const QString value = v.toObject().value(QLatin1String("value")).toString();
        if (!RegistryProvider::parseIpv4Range(value, &network, &prefix))
            return badRequest(
                QStringLiteral("InvalidIpRule"),
                QStringLiteral("'%1' is not a valid IP address or CIDR range. Only IPV4 address is allowed.")
                    .arg(value));
    }
    return std::nullopt;
}

std::optional<Reply> RegistryPatch::checkVnetRules(const QJsonObject &p) const
{
    if (!m_sendsVnetRules)
        return std::nullopt;
    const QJsonArray vnetRules =
        p.value(QLatin1String("networkRuleSet")).toObject().value(QLatin1String("virtualNetworkRules")).toArray();
    if (vnetRules.size() > m_store.settings.vnetRuleLimit)
        return badRequest(QStringLiteral("QuotaExceeded"),
                          QStringLiteral("Each registry supports a maximum of %1 virtual network rules; the request "
                                         "has %2.")
                              .arg(m_store.settings.vnetRuleLimit)
                              .arg(vnetRules.size()));
    const QString cloud = m_store.settings.cloud;
    if (!vnetRules.isEmpty() &&
        (cloud == QLatin1String("AzureUSGovernment") || cloud == QLatin1String("AzureChinaCloud")))
        return badRequest(QStringLiteral("FeatureNotSupportedInCloud"),
                          QStringLiteral("Virtual network service endpoint rules for container registries are not "
                                         "supported in the %1 cloud.")
                              .arg(cloud));
    if (!m_addedSubnets.isEmpty() && !p.value(QLatin1String("privateEndpointConnections")).toArray().isEmpty())
        return badRequest(QStringLiteral("VirtualNetworkRulesNotAllowedWithPrivateEndpoints"),
                          QStringLiteral("The registry does not support enabling both private link and service "
                                         "endpoint features configured from a virtual network. Remove the private "
                                         "endpoint connections or use them instead of network rules."));
    return std::nullopt;
}

std::optional<Reply> RegistryPatch::checkSettings(const QJsonObject &p) const
{
    const QString access = p.value(QLatin1String("publicNetworkAccess")).toString(QStringLiteral("Enabled"));
    if (access != QLatin1String("Enabled") && access != QLatin1String("Disabled"))
        return badRequest(QStringLiteral("InvalidPublicNetworkAccess"),
                          QStringLiteral("publicNetworkAccess must be Enabled or Disabled, not '%1'.").arg(access));
    const QString bypass = p.value(QLatin1String("networkRuleBypassOptions")).toString(QStringLiteral("AzureServices"));
    if (bypass != QLatin1String("AzureServices") && bypass != QLatin1String("None"))
        return badRequest(
            QStringLiteral("InvalidNetworkRuleBypassOptions"),
            QStringLiteral("networkRuleBypassOptions must be AzureServices or None, not '%1'.").arg(bypass));
    const QString sku = m_next.value(QLatin1String("sku")).toObject().value(QLatin1String("name")).toString();
    if (sku != QLatin1String("Basic") && sku != QLatin1String("Standard") && sku != QLatin1String("Premium"))
        return badRequest(QStringLiteral("InvalidSku"),
                          QStringLiteral("The SKU '%1' is not valid; use Basic, Standard or Premium.").arg(sku));
    return std::nullopt;
}

} // namespace acrnet::sandbox
