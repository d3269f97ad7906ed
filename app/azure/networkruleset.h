#pragma once

#include "resourceid.h"

#include <QJsonObject>
#include <QList>

namespace acrnet {

// An IP rule: an IPv4 address or CIDR range allowed to reach the registry.
struct IpRule
{
    QString value;
    QString action = QStringLiteral("Allow");

    friend bool operator==(const IpRule &a, const IpRule &b) { return a.value == b.value && a.action == b.action; }
};

// A virtual-network rule: a subnet allowed through its Microsoft.ContainerRegistry service endpoint.
// The subnet ID is kept as sent, even when it does not parse, so that no rule is ever lost on a write.
struct VirtualNetworkRule
{
    QString subnetId;
    QString action = QStringLiteral("Allow");

    ResourceId subnet() const { return ResourceId::parse(subnetId); }
    friend bool operator==(const VirtualNetworkRule &a, const VirtualNetworkRule &b)
    {
        return a.subnetId.compare(b.subnetId, Qt::CaseInsensitive) == 0 && a.action == b.action;
    }
};

// properties.networkRuleSet of a registry.
struct NetworkRuleSet
{
    enum class DefaultAction { Allow, Deny };
    // How a VNet rule names its subnet on the wire: "id" up to 2021-12-01-preview,
    // "virtualNetworkSubnetResourceId" in 2026-09-01-preview.
    enum class SubnetKey { Id, VirtualNetworkSubnetResourceId };

    DefaultAction defaultAction = DefaultAction::Allow;
    QList<VirtualNetworkRule> virtualNetworkRules;
    QList<IpRule> ipRules;
    // False when the response had no virtualNetworkRules at all (an api-version that hides them), which is
    // not the same as an empty list.
    bool virtualNetworkRulesPresent = false;

    static QString defaultActionName(DefaultAction a);
    static std::optional<NetworkRuleSet> fromJson(const QJsonObject &json, const QString &context, QString *error);
    QJsonObject toJson(SubnetKey key = SubnetKey::Id) const;

    friend bool operator==(const NetworkRuleSet &a, const NetworkRuleSet &b)
    {
        return a.defaultAction == b.defaultAction && a.virtualNetworkRules == b.virtualNetworkRules &&
               a.ipRules == b.ipRules;
    }
    friend bool operator!=(const NetworkRuleSet &a, const NetworkRuleSet &b) { return !(a == b); }
};

} // namespace acrnet
