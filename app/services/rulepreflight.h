#pragma once

#include "app/azure/cloud.h"
#include "app/inventory/inventory.h"
#include "registrychange.h"

namespace acrnet {

// One reason a rule change cannot (or should not) be applied, with the way forward.
struct PreflightIssue
{
    enum class Severity { Blocker, Warning };
    enum class Fix { None, RegisterProvider, EnableEndpoint, Wait };
    Severity severity = Severity::Blocker;
    QString code;
    QString text;
    QString fixText;
    Fix fix = Fix::None;
    QString target; // the subnet ID or subscription ID the fix applies to

    bool isBlocker() const { return severity == Severity::Blocker; }
};

// The checks made before a registry's network configuration is sent — every one the service would fail on
// (or, worse, accept and then silently undo), decided from the loaded inventory, without a request.
class RulePreflight
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::RulePreflight)

public:
    static constexpr int defaultVirtualNetworkRuleLimit() { return 100; }
    static constexpr int ipRuleLimit() { return 200; } // the service's, in every SKU that has rules

    // A subnet that a change adds: exists, its provider registered, its endpoint Succeeded.

    static QList<PreflightIssue> checkAddedSubnet(const QString &subnetId, const InventorySnapshot &inventory);

    static QList<PreflightIssue> check(const Registry &registry, const RegistryNetworkConfig &before,
                                       const RegistryNetworkConfig &after, const Cloud &cloud,
                                       const InventorySnapshot &inventory,
                                       int vnetRuleLimit = defaultVirtualNetworkRuleLimit());
    static bool hasBlockers(const QList<PreflightIssue> &issues);
    // Only the IP rules: validity, duplicates (blockers); overlaps, private and broad ranges (warnings).
    static QList<PreflightIssue> checkIpRules(const QList<IpRule> &rules);
};

} // namespace acrnet
