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

class AccessEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::AccessEvaluator)

public:
    // From a subnet (traffic through its Microsoft.ContainerRegistry endpoint when it has one).
    static AccessDecision fromSubnet(const Registry &registry, const QString &subnetId,
                                     const InventorySnapshot &inventory);
    // From a public (or private) IPv4 address.
    static AccessDecision fromAddress(const Registry &registry, const QString &address);
    // In plain words: who can reach it, and what is blocked.
    static QStringList summary(const Registry &registry, const InventorySnapshot &inventory);
    static QString resultText(AccessDecision::Result result);
};

} // namespace acrnet
