#pragma once

#include <functional>

#include "app/azure/registry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace acrnet {

// The part of a registry the rules editor changes: the rule set, public network access and the trusted-services
// bypass. Compared, diffed, merged, turned into the PATCH body and into the equivalent Azure CLI commands.
struct RegistryNetworkConfig
{
    NetworkRuleSet rules;
    bool publicNetworkAccess = true;
    bool trustedServices = true;

    static RegistryNetworkConfig from(const Registry &registry);
    // The inverse of patchBody()["properties"] (what the activity log keeps).
    static RegistryNetworkConfig fromProperties(const QJsonObject &properties);
    // "Restore open access" (seed step 10): no rules, default action Allow, public access on.
    static RegistryNetworkConfig openAccess(const RegistryNetworkConfig &current);
    bool hasVirtualNetworkRule(const QString &subnetId) const;
    bool hasIpRule(const QString &value) const;
    // {"properties":{"networkRuleSet":…,"publicNetworkAccess":…,"networkRuleBypassOptions":…}}
    QJsonObject patchBody() const;

    friend bool operator==(const RegistryNetworkConfig &a, const RegistryNetworkConfig &b)
    {
        return a.rules == b.rules && a.publicNetworkAccess == b.publicNetworkAccess &&
               a.trustedServices == b.trustedServices;
    }
    friend bool operator!=(const RegistryNetworkConfig &a, const RegistryNetworkConfig &b) { return !(a == b); }
};

// What differs between two configurations, rule by rule (subnet IDs compared case-insensitively).
struct RegistryChangeDiff
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::RegistryChangeDiff)

public:
    QStringList addedSubnets;
    QStringList removedSubnets;
    QStringList addedIps;
    QStringList removedIps;
    bool defaultActionChanged = false;
    bool publicAccessChanged = false;
    bool trustedServicesChanged = false;
    RegistryNetworkConfig before;
    RegistryNetworkConfig after;

    static RegistryChangeDiff between(const RegistryNetworkConfig &before, const RegistryNetworkConfig &after);
    bool isEmpty() const;
    // "+ subnet …" / "- 203.0.113.0/24" / "default action: Allow → Deny" lines, translated.
    QStringList lines() const;
    // Exactly what one would type, one command per change, registry named by name, group and subscription.
    QStringList azCommands(const Registry &registry) const;
};

// Three-way merge after a concurrent change: what the other writer did stays, what this user changed is applied
// on top. Settings the user did not touch take the other writer's value.
RegistryNetworkConfig mergeConfigs(const RegistryNetworkConfig &base, const RegistryNetworkConfig &mine,
                                   const RegistryNetworkConfig &theirs);

// In plain words, who can reach a registry with this configuration
// ("Deny: only 2 subnets and 1 address range will be able to pull."). Only rules that grant something are counted:
// `whyIneffective` says why a VNet rule grants nothing (empty: it grants), and private IP ranges never match; the
// rules that grant nothing are named after the sentence with the reason.
using IneffectiveRule = std::function<QString(const QString &subnetId)>;
QString describeAccess(const RegistryNetworkConfig &config, bool premium, const IneffectiveRule &whyIneffective = {});

} // namespace acrnet
