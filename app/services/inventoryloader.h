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
// Microsoft.ContainerRegistry registration state, all at once within the client's concurrency limit, then the NAT
// gateways its subnets name (EgressResolver).
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
    void done(const QString &key, const ArmError &error);
    void finishOne();

    QPointer<ArmClient> m_client;
    QHash<QString, Partial> m_partials;
    QList<QPointer<ArmJob>> m_jobs;
    QList<QPointer<EgressResolver>> m_resolvers;
    int m_pending = 0;
    bool m_cancelled = false;
};

} // namespace acrnet
