#pragma once

#include "app/azure/armerror.h"
#include "app/inventory/inventory.h"
#include "subscriptionloader.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <memory>

namespace acrnet {

class ArmClient;
class ArmListJob;
class ArmRequestJob;
class EgressResolver;

// Loads the same inventory as InventoryLoader for large estates: Azure Resource Graph lists every VNet and
// registry of up to 1,000 subscriptions per query, paged with $skipToken. Resource Graph does not carry VNet
// rules reliably, so Premium registries are then read from ARM for their rules, and the provider state per
// subscription too. Emits one subscriptionLoaded per subscription, then finished(false).
class GraphInventoryLoader : public SubscriptionLoader
{
    Q_OBJECT

public:
    explicit GraphInventoryLoader(ArmClient *client, QObject *parent = nullptr);
    void load(const QList<Subscription> &subscriptions) override;
    // Aborts every request; finished(true) is the last word.
    void cancel() override;
    bool isRunning() const override { return !m_finished; }

    static QString virtualNetworkQuery();
    static QString registryQuery();

    // One Resource Graph page, parsed and mapped to domain values (on a worker thread: a page of 1,000 VNets with
    // their subnets is megabytes of JSON, which must not hold the GUI thread).
    struct Page
    {
        QString error;
        QString skipToken;
        QList<QPair<QString, VirtualNetwork>> virtualNetworks; // (lower-case subscription ID, value)
        QList<QPair<QString, Registry>> registries;
        QList<QPair<QString, QString>> warnings;
        QList<QPair<QString, UnreadableResource>> unreadable;
    };
    static Page parsePage(const QByteArray &body, bool registries);

private:
    struct Chain;
    void startQuery(bool registries, const QStringList &subscriptions);
    void pump(const std::shared_ptr<Chain> &chain);
    void request(const std::shared_ptr<Chain> &chain, const QString &skipToken);
    void applyParsed(const std::shared_ptr<Chain> &chain);
    void apply(const Page &page);
    void readProviders();
    void readRules();
    void oneDone(const QString &key);
    void deliverIfRead(const QString &key);
    void fail(const ArmError &error); // failed(), then finished(false): the caller may go another way
    void finish(bool cancelled);
    void stopRequests();
    void track(ArmRequestJob *job);
    void replaceRegistry(const QString &key, const Registry &fresh);

    QPointer<ArmClient> m_client; // signed out while a page was being parsed: checked before every request
    bool clientGone();
    QHash<QString, SubscriptionInventory> m_inventories;
    QList<QPointer<EgressResolver>> m_resolvers;
    QHash<QString, int> m_pendingOf; // subscription key -> its provider and rule reads still out (-1: delivering)
    int m_queriesLeft = 0;
    int m_registryQueries = 0;
    bool m_rulesAsked = false;
    qsizetype m_delivered = 0;
    bool m_failed = false;
    bool m_cancelled = false;
    bool m_finished = true; // until load()
    QList<QPointer<ArmRequestJob>> m_jobs;
    QList<QPointer<ArmListJob>> m_lists;
    QList<std::shared_ptr<Chain>> m_chains;
};

} // namespace acrnet
