#pragma once

#include "accessloss.h"
#include "app/inventory/inventory.h"
#include "registrychange.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace acrnet {

class ChangeService;
class InventoryService;
class RegistryRulesWriter;

// One registry of a legacy clean-up: what removing its service-endpoint (VNet) rules takes away, the private
// endpoint that replaces them, and — once run — what happened.
struct LegacyCleanupItem
{
    enum class State { Waiting, Running, Removed, Conflict, FailedUnchanged, FailedUnknown, Cancelled };

    Registry registry; // as reviewed: the write stops, sending nothing, if it changed since
    RegistryNetworkConfig before;
    RegistryNetworkConfig after;         // `before` without its VNet rules; everything else as it is
    QList<AccessLoss> losses;            // from the rules that grant something today
    QStringList grantingNothing;         // "vnet/subnet: why", the rules whose removal changes nothing
    QStringList removeCommands;          // az acr network-rule remove, one per rule
    QStringList privateEndpointCommands; // the alternative: one private endpoint per VNet the rules named
    State state = State::Waiting;
    QString result; // translated, once it ran
    QString operationId;

    bool isDone() const { return state != State::Waiting && state != State::Running; }
};

// Legacy clean-up across an estate (the walkthrough: registry service endpoints are no longer developed, private
// endpoints are recommended, and the two cannot be combined — so list and remove the network rules). plan() reviews
// each registry; start() removes the VNet rules one registry at a time, each through the same writer as the rules
// editor (re-read first, one PATCH, verified, recorded in the activity log with Restore), listed in Running operations
// as one clean-up with its progress. cancel() stops before the next registry, and the current one too if its PATCH has
// not left. Owned by the ChangeService's parent while it runs: closing its dialog does not stop it.
class LegacyRuleCleanup : public QObject
{
    Q_OBJECT

public:
    LegacyRuleCleanup(InventoryService *inventory, ChangeService *changes, QObject *parent = nullptr);

    // Why a VNet rule to this subnet grants nothing today, empty when it grants (the access evaluator's answer,
    // given by the caller: services do not reach the audit layer).
    using WhyRuleGrantsNothing = std::function<QString(const QString &subnetId)>;
    // The registries among `registryIds` that have VNet rules, in name order; `others` gets the names of the rest.
    static QList<LegacyCleanupItem> plan(const QStringList &registryIds, const InventorySnapshot &inventory,
                                         const WhyRuleGrantsNothing &whyNothing, QStringList *others = nullptr);

    // The second read after each write that catches rules put back or dropped (-1: the writer's default).
    void setVerifyDelayMs(int ms) { m_verifyDelayMs = ms; }
    void start(const QList<LegacyCleanupItem> &items);
    bool isRunning() const { return m_running; }
    bool cancel();
    const QList<LegacyCleanupItem> &items() const { return m_items; }
    QString operationId() const { return m_operation; }
    // "2 removed, 1 not changed, 0 failed."
    QString summary() const;

signals:
    void itemChanged(int index);
    // A registry's write, as ChangeService lists it (for whoever shows its failures).
    void writeStarted(const QString &operationId);
    void finished(bool cancelled);

private:
    void next();
    void settle(int index, LegacyCleanupItem::State state, const QString &result);

    QPointer<InventoryService> m_inventory;
    QPointer<ChangeService> m_changes;
    QList<LegacyCleanupItem> m_items;
    QPointer<RegistryRulesWriter> m_writer;
    QString m_operation;
    int m_current = -1;
    int m_verifyDelayMs = -1;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace acrnet
