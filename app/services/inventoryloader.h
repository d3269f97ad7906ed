#pragma once

#include "app/azure/armerror.h"
#include "app/inventory/inventory.h"
#include "subscriptionloader.h"

#include <QObject>
#include <QPointer>

namespace acrnet {

class ArmClient;
class ArmJob;
class ArmListJob;
class ArmRequestJob;
class EgressResolver;

// Loads subscriptions through ARM: for each, its VNets (with subnets), registries and the
// Microsoft.ContainerRegistry registration state, then the NAT gateways its subnets name (EgressResolver). A window
// of subscriptions is read at once — enough to keep the client's connections busy — and the next starts as one
// finishes: starting 1,000 subscriptions' 3,000 requests in one go held the GUI thread for ~70 ms, and the
// subscriptions arrived all near the end instead of one after another.
// A subscription that fails is reported on its own and the others go on. Cancellable; emits finished() last.
class InventoryLoader : public SubscriptionLoader
{
    Q_OBJECT

public:
    explicit InventoryLoader(ArmClient *client, QObject *parent = nullptr);

    void load(const QList<Subscription> &subscriptions) override;
    void cancel() override;
    bool isRunning() const override { return m_pending > 0; }

private:
    struct Partial
    {
        SubscriptionInventory inventory;
        int outstanding = 3;
        bool failed = false;
    };
    void startMore();
    void start(const Subscription &subscription);
    void done(const QString &key, const ArmError &error);
    void finishOne();

    QPointer<ArmClient> m_client;
    QHash<QString, Partial> m_partials;
    QList<QPointer<ArmJob>> m_jobs;
    QList<QPointer<EgressResolver>> m_resolvers;
    QList<Subscription> m_queue; // to load, in order; m_next is the first not started
    qsizetype m_next = 0;
    int m_reading = 0; // started and not yet read
    int m_pending = 0;
    bool m_cancelled = false;
};

} // namespace acrnet
