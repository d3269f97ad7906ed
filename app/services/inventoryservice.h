#pragma once

#include "app/azure/armerror.h"
#include "app/azure/cloud.h"
#include "app/inventory/inventory.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <memory>

class QNetworkAccessManager;
class QSettings;
class QTimer;

namespace acrnet {

class AccountManager;
class ArmClient;
class ArmListJob;

// Where the inventory comes from: per-subscription ARM listing, or Resource Graph for large estates.
enum class InventoryPath { Automatic, ResourceManager, ResourceGraph };

// The inventory of every signed-in account: lists each account's subscriptions per tenant, then loads the
// selected ones through ARM or, above a subscription-count threshold, through Resource Graph. A refresh
// cancels the load it supersedes (late answers of an older generation are ignored); the user can cancel too.
// The selection is saved as the set of excluded subscriptions, so a new subscription shows up by default.
class InventoryService : public QObject
{
    Q_OBJECT

public:
    InventoryService(AccountManager *accounts, QNetworkAccessManager *network, QSettings *settings,
                     QObject *parent = nullptr);
    ~InventoryService() override;

    void refresh();
    // Loads these subscriptions again (after a failure), without listing subscriptions anew.
    void retry(const QStringList &subscriptionIds);
    void cancel();
    bool isLoading() const { return m_state != State::Idle; }

    QList<ListedSubscription> subscriptions() const { return m_listed; }
    QSet<QString> excludedSubscriptions() const { return m_excluded; }
    // Saves the selection and loads what was added; what was removed is reported by subscriptionRemoved.
    void setExcludedSubscriptions(const QSet<QString> &subscriptionIds);

    InventoryPath pathSetting() const;
    void setPathSetting(InventoryPath path);
    int graphThreshold() const;
    void setGraphThreshold(int subscriptions);
    // The path the next load of n subscriptions takes.
    InventoryPath effectivePath(int subscriptionCount) const;
    static InventoryPath choosePath(InventoryPath setting, int threshold, int subscriptionCount);
    static constexpr int defaultGraphThreshold() { return 50; }
    InventoryPath lastPath() const { return m_lastPath; }

    int requestsInFlight() const;
    int remainingReads() const { return m_remainingReads; }
    int total() const { return m_total; }
    int done() const { return m_done; }

    ArmClient *clientFor(const QString &accountId, const QString &tenantId);
    // The client of the account that listed this subscription, or null when none did.
    ArmClient *clientForSubscription(const QString &subscriptionId);
    // The cloud of the first loaded subscription that a signed-in account still reaches (invalid when none): what
    // the audit checks the estate against.
    Cloud loadedCloud();
    const InventorySnapshot &snapshot() const { return m_snapshot; }
    // Machines read for an access check: the what-if accepts their names from then on.
    void rememberMachines(const QList<VirtualMachine> &machines);

signals:
    void started();
    void subscriptionsListed();
    void listingFailed(const QString &accountName, const QString &tenantId, const acrnet::ArmError &error);
    void subscriptionLoaded(const acrnet::ListedSubscription &scope, const acrnet::SubscriptionInventory &inventory);
    void subscriptionFailed(const acrnet::ListedSubscription &scope, const acrnet::ArmError &error);
    void subscriptionRemoved(const QString &subscriptionId);
    void progressChanged(int done, int total);
    void activityChanged();
    void finished(bool cancelled);

private:
    enum class State { Idle, Listing, Loading };
    struct Client;
    void listAll();
    void onListed(quint64 generation);
    void load(const QList<ListedSubscription> &subscriptions);
    void loadWith(const QString &clientKey, const QList<ListedSubscription> &batch, InventoryPath path);
    void subscriptionDone();
    void deliver(const SubscriptionInventory &inventory);
    void deliverNext();
    void finish(bool cancelled);
    void stopJobs();
    ListedSubscription listed(const QString &subscriptionId) const;
    void saveExcluded();

    AccountManager *m_accounts;
    QNetworkAccessManager *m_network;
    QSettings *m_settings;
    QHash<QString, std::shared_ptr<Client>> m_clients;
    QQueue<SubscriptionInventory> m_deliveries;
    InventorySnapshot m_snapshot;
    QTimer *m_deliveryTimer = nullptr; // "accountId/tenantId"
    QList<ListedSubscription> m_listed;
    QList<ListedSubscription> m_listing;
    QSet<QString> m_excluded;        // lower-case subscription IDs
    QList<QPointer<QObject>> m_jobs; // list jobs and loaders of the current generation
    quint64 m_generation = 0;
    State m_state = State::Idle;
    int m_pendingLists = 0;
    int m_total = 0;
    int m_done = 0;
    int m_remainingReads = -1;
    InventoryPath m_lastPath = InventoryPath::ResourceManager;
};

} // namespace acrnet

