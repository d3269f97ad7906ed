#pragma once

#include "app/inventory/inventory.h"

#include <QCoreApplication>

namespace acrnet {

// Who can reach a registry from where, and why: the same rules the service applies, evaluated on the loaded
// inventory. Used by the effective-access panel, the what-if, the access matrix and the audit checks.
struct AccessDecision
{
    enum class Result {
        AllowedByRule,
        AllowedOpen,
        Denied,
        RuleIneffective,
        DependsOnEgress, // traffic leaves through a public address this app cannot know: allowed only from some
        InvalidInput,    // the what-if could not read what was typed
    };
    Result result = Result::Denied;
    QStringList reasons;        // the chain, first to last
    QStringList allowingRanges; // DependsOnEgress: the public ranges that would let the egress address in
    QString locatedSubnet;      // what-if: the loaded subnet the input was found in (its ID)

    bool allowed() const { return result == Result::AllowedByRule || result == Result::AllowedOpen; }
};

// What a VNet rule naming a subnet can grant, whatever the registry's default action: the service's own conditions
// (the provider registered in the subnet's subscription, the subnet present, its Microsoft.ContainerRegistry endpoint
// there and Succeeded). The audit's rule checks and every access answer read it from here.
struct RuleCheck
{
    bool subscriptionLoaded = false;
    bool providerRegistered = true; // only known when the subscription is loaded
    const Subnet *subnet = nullptr; // null: deleted, or in a subscription not loaded
    QString endpointState;          // empty: no Microsoft.ContainerRegistry endpoint on the subnet
    QString occupiedBy; // the service the subnet is delegated to or used by (its hosts cannot use the endpoint)

    bool hasEndpoint() const { return subnet && !endpointState.isNull(); }
    bool endpointReady() const { return hasEndpoint() && endpointState == QLatin1String("Succeeded"); }
    // The endpoint carries this subnet's hosts' identity: ready, and the hosts are machines, not a service's.
    bool endpointUsable() const { return endpointReady() && occupiedBy.isEmpty(); }
    bool grants() const { return providerRegistered && endpointUsable(); }
};

class AccessEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::AccessEvaluator)

public:
    // From a subnet (traffic through its Microsoft.ContainerRegistry endpoint when it has one).
    static AccessDecision fromSubnet(const Registry &registry, const QString &subnetId,
                                     const InventorySnapshot &inventory);
    static RuleCheck checkRule(const QString &subnetId, const InventorySnapshot &inventory);
    // Why a VNet rule naming this subnet grants nothing, in a few words; empty when it grants (or when its
    // subscription is not loaded, so it cannot be told).
    static QString whyRuleGrantsNothing(const QString &subnetId, const InventorySnapshot &inventory);
    // From an IPv4 address as the registry sees it (no subnet lookup).
    static AccessDecision fromAddress(const Registry &registry, const QString &address);
    // The what-if: an IPv4 address (a virtual machine's, or located in the loaded subnets whose prefixes contain it,
    // and then evaluated as traffic from that subnet), a subnet ID, a subnet's name ("mySubnet" or "myVNet/mySubnet")
    // or the name of a virtual machine that was read. Anything else is InvalidInput, never "denied".
    static AccessDecision whatIf(const Registry &registry, const QString &input, const InventorySnapshot &inventory);
    static AccessDecision whatIfAddress(const Registry &registry, const QString &text, quint32 address,
                                        const InventorySnapshot &inventory);
    static AccessDecision whatIfName(const Registry &registry, const QString &text, const InventorySnapshot &inventory);
    static AccessDecision locatedIn(const Registry &registry, const Subnet &subnet, const QString &how,
                                    const InventorySnapshot &inventory);
    // The names whatIf() accepts for the loaded subnets ("myVNet/mySubnet") and machines, sorted, for completion.
    static QStringList subnetNames(const InventorySnapshot &inventory);
    // Traffic that reaches the registry from an unknown public address: allowed when the IP rules cover every public
    // address, denied when no IP rule can match a public one, otherwise DependsOnEgress with the ranges that allow.
    static AccessDecision fromUnknownPublicAddress(const Registry &registry);
    // Traffic that leaves from known public ranges (a NAT gateway's addresses and prefixes): allowed when the IP
    // rules cover all of them, denied when they cover none, otherwise DependsOnEgress (connections from the
    // uncovered addresses fail, so access is intermittent), with the covered ranges.
    static AccessDecision fromPublicRanges(const Registry &registry, const QStringList &ranges);
    // From a virtual machine: through its subnet's endpoint when it has one, else from the address its traffic
    // leaves through — the subnet's NAT gateway first (it takes precedence in Azure), then its own public IP.
    static AccessDecision fromMachine(const Registry &registry, const VirtualMachine &machine,
                                      const InventorySnapshot &inventory);
    // In plain words: who can reach it, and what is blocked.
    static QStringList summary(const Registry &registry, const InventorySnapshot &inventory);
    static QString resultText(AccessDecision::Result result);
};

} // namespace acrnet
