#pragma once

#include "app/services/inventory.h"

#include <QCoreApplication>

namespace acrnet {

// Who can reach a registry from where, and why: the same rules the service applies, evaluated on the loaded
// inventory. Used by the effective-access panel, the what-if, the access matrix and the audit checks.
struct AccessDecision
{
    enum class Result { AllowedByRule, AllowedOpen, Denied, RuleIneffective };
    Result result = Result::Denied;
    QStringList reasons; // the chain, first to last

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

    bool hasEndpoint() const { return subnet && !endpointState.isNull(); }
    bool endpointReady() const { return hasEndpoint() && endpointState == QLatin1String("Succeeded"); }
    bool grants() const { return providerRegistered && endpointReady(); }
};

class AccessEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::AccessEvaluator)

public:
    // From a subnet (traffic through its Microsoft.ContainerRegistry endpoint when it has one).
    static AccessDecision fromSubnet(const Registry &registry, const QString &subnetId,
                                     const InventorySnapshot &inventory);
    static RuleCheck checkRule(const QString &subnetId, const InventorySnapshot &inventory);
    // From a public (or private) IPv4 address.
    static AccessDecision fromAddress(const Registry &registry, const QString &address);
    // In plain words: who can reach it, and what is blocked.
    static QStringList summary(const Registry &registry, const InventorySnapshot &inventory);
    static QString resultText(AccessDecision::Result result);
};

} // namespace acrnet
