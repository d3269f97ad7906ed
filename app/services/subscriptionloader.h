#pragma once

#include "app/azure/armerror.h"
#include "app/inventory/inventory.h"

#include <QObject>

namespace acrnet {

class ArmClient;

// Where the inventory comes from: per-subscription ARM listing, or Resource Graph for large estates.
enum class InventoryPath { Automatic, ResourceManager, ResourceGraph };

// What both inventory paths promise (InventoryLoader: each subscription through Resource Manager;
// GraphInventoryLoader: Resource Graph for large estates). load() is called once. Each subscription is then reported
// once, loaded or failed — or the path fails as a whole with failed(), after which the caller may load the same
// subscriptions another way. Exactly one finished(cancelled) ends it; cancel() stops every request and reports
// finished(true) unless finished was already reported. A loader whose client goes away (the account signed out)
// fails with ArmError::Kind::SignedOut; it never touches the freed client.
class SubscriptionLoader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void load(const QList<Subscription> &subscriptions) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

    // The loader of this path (Automatic is not a path: it reads as Resource Manager).
    static SubscriptionLoader *create(InventoryPath path, ArmClient *client, QObject *parent = nullptr);
    // The path a load of n subscriptions takes under this setting: Resource Graph above the threshold.
    static InventoryPath choosePath(InventoryPath setting, int threshold, int subscriptionCount);

signals:
    void subscriptionLoaded(const acrnet::SubscriptionInventory &inventory);
    void subscriptionFailed(const acrnet::Subscription &subscription, const acrnet::ArmError &error);
    void failed(const acrnet::ArmError &error);
    void finished(bool cancelled);
};

// One batch of subscriptions loaded through one client by the chosen path. Resource Graph is an accelerator, not a
// requirement: when it fails as a whole, the same subscriptions are loaded through Resource Manager and the reason is
// kept. Same contract as a SubscriptionLoader (failed() is never emitted: the fallback takes its place).
class InventoryLoad : public SubscriptionLoader
{
    Q_OBJECT

public:
    InventoryLoad(ArmClient *client, InventoryPath path, QObject *parent = nullptr);

    void load(const QList<Subscription> &subscriptions) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

    InventoryPath pathUsed() const { return m_path; }
    // Why Resource Graph was left for Resource Manager (empty when it was not).
    ArmError fallbackReason() const { return m_fallback; }

private:
    void run(InventoryPath path);

    ArmClient *m_client;
    InventoryPath m_path;
    QList<Subscription> m_subscriptions;
    SubscriptionLoader *m_loader = nullptr;
    ArmError m_fallback;
    bool m_running = false;
};

} // namespace acrnet
