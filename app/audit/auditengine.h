#pragma once

#include "app/azure/cloud.h"
#include "app/inventory/inventory.h"
#include "finding.h"

namespace acrnet {

// The checks: equivalents of the Azure Policy built-ins for registries, and the mistakes specific to
// service-endpoint rules that no other tool detects. Pure: inventory in, findings out.
class AuditEngine
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::AuditEngine)

public:
    struct Check
    {
        QString id;
        Finding::Severity severity;
        QString title;
    };
    static QList<Check> checks();
    // Every check on every registry: one small function per check ID, run in a fixed order per registry.
    static QList<Finding> run(const InventorySnapshot &inventory, const Cloud &cloud, int vnetRuleLimit = 100);
    // One check alone (what its unit test calls); empty for an unknown ID.
    static QList<Finding> runCheck(const QString &checkId, const InventorySnapshot &inventory, const Cloud &cloud,
                                   int vnetRuleLimit = 100);
    static bool anyAtOrAbove(const QList<Finding> &findings, Finding::Severity threshold);
};

} // namespace acrnet
