#include "networkruleset.h"
#include "jsonreader.h"

namespace acrnet {

QString NetworkRuleSet::defaultActionName(DefaultAction a)
{
    return a == DefaultAction::Deny ? QStringLiteral("Deny") : QStringLiteral("Allow");
}

std::optional<NetworkRuleSet> NetworkRuleSet::fromJson(const QJsonObject &json, const QString &context, QString *error)
{
    JsonReader r(json, context);
    NetworkRuleSet set;
    const QString action = r.requiredString(QStringLiteral("defaultAction"));
    if (action.compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0)
        set.defaultAction = DefaultAction::Deny;
    else if (action.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0)
        set.defaultAction = DefaultAction::Allow;
    else if (!action.isEmpty())
        r.addProblem(JsonReader::tr("unknown networkRuleSet.defaultAction '%1'").arg(action));

    set.virtualNetworkRulesPresent = json.value(QLatin1String("virtualNetworkRules")).isArray();
    const QJsonArray vnetRules = r.array(QStringLiteral("virtualNetworkRules"));
    for (const QJsonValue &v : vnetRules) {
        const QJsonObject o = v.toObject();
        VirtualNetworkRule rule;
        rule.subnetId = o.value(QLatin1String("id")).toString();
        if (rule.subnetId.isEmpty())
            rule.subnetId = o.value(QLatin1String("virtualNetworkSubnetResourceId")).toString();
        rule.action = o.value(QLatin1String("action")).toString(QStringLiteral("Allow"));
        if (rule.subnetId.isEmpty())
            r.addProblem(
                JsonReader::tr("a virtual network rule has neither 'id' nor 'virtualNetworkSubnetResourceId'"));
        else
            set.virtualNetworkRules.append(rule);
    }
    const QJsonArray ipRules = r.array(QStringLiteral("ipRules"));
    for (const QJsonValue &v : ipRules) {
        const QJsonObject o = v.toObject();
        IpRule rule;
        rule.value = o.value(QLatin1String("value")).toString();
        rule.action = o.value(QLatin1String("action")).toString(QStringLiteral("Allow"));
        if (rule.value.isEmpty())
            r.addProblem(JsonReader::tr("an IP rule has no 'value'"));
        else
            set.ipRules.append(rule);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return set;
}

QJsonObject NetworkRuleSet::toJson(SubnetKey key) const
{
    const QString subnetKey =
        key == SubnetKey::Id ? QStringLiteral("id") : QStringLiteral("virtualNetworkSubnetResourceId");
    QJsonArray vnet;
    for (const VirtualNetworkRule &rule : virtualNetworkRules)
        vnet.append(QJsonObject{{QStringLiteral("action"), rule.action}, {subnetKey, rule.subnetId}});
    QJsonArray ip;
    for (const IpRule &rule : ipRules)
        ip.append(QJsonObject{{QStringLiteral("action"), rule.action}, {QStringLiteral("value"), rule.value}});
    return {{QStringLiteral("defaultAction"), defaultActionName(defaultAction)},
            {QStringLiteral("virtualNetworkRules"), vnet},
            {QStringLiteral("ipRules"), ip}};
}

} // namespace acrnet
