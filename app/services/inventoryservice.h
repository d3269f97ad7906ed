#pragma once

#include "app/azure/armerror.h"
#include "app/azure/cloud.h"
#include "app/inventory/inventory.h"
#include "subscriptionaccess.h"
#include "subscriptionloader.h"
#include "subscriptionselection.h"

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
class ClientRegistry;
class SubscriptionDirectory;
class SubscriptionLoader;

// The inventory of every signed-in account, orchestrated: the directory lists each account's subscriptions per tenant,
// the selection says which to load, and each account's batch is loaded through ARM or, above a subscription-count
// threshold, through Resource Graph (InventoryLoad, which falls back to ARM). A refresh cancels the load it supersedes
// (late answers of an older generation are ignored); the user can cancel too. Loaded subscriptions are delivered one
// per event-loop turn into the snapshot. The ARM clients live in the ClientRegistry; the UI reaches a subscription
// through access(), never through a client.
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
    QSet<QString> excludedSubscriptions() const;
    // Saves the selection and loads what was added; what was removed is reported by subscriptionRemoved.
    void setExcludedSubscriptions(const QSet<QString> &subscriptionIds);

    InventoryPath pathSetting() const;
    void setPathSetting(InventoryPath path);
    int graphThreshold() const;
    void setGraphThreshold(int subscriptions);
    // The path the next load of n subscriptions takes.
    InventoryPath effectivePath(int subscriptionCount) const;
    static InventoryPath choosePath(InventoryPath setting, int threshold, int subscriptionCount)
    {
        return SubscriptionLoader::choosePath(setting, threshold, subscriptionCount);
    }
    static constexpr int defaultGraphThreshold() { return SubscriptionSelection::defaultGraphThreshold(); }
    InventoryPath lastPath() const { return m_lastPath; }

    int requestsInFlight() const;
    int remainingReads() const { return m_remainingReads; }
    int total() const { return m_total; }
    int done() const { return m_done; }

    ClientRegistry *clients() const { return m_clients; }
    // The client of the account that listed this subscription, or null when none did (for services).
    ArmClient *clientForSubscription(const QString &subscriptionId);
    // The same for the UI: a handle that creates the service objects acting in that subscription.
    SubscriptionAccess access(const QString &subscriptionId);
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
    void onListed(const QList<ListedSubscription> &listing);
    void load(const QList<ListedSubscription> &subscriptions);
    void loadWith(const QList<ListedSubscription> &batch, InventoryPath path);
    void subscriptionDone();
    void deliver(const SubscriptionInventory &inventory);
    void deliverNext();
    void finish(bool cancelled);
    void stopJobs();
    void noteRateLimit(const QString &header, int remaining);
    ListedSubscription listed(const QString &subscriptionId) const;
    void setListed(const QList<ListedSubscription> &listed);

    ClientRegistry *m_clients;
    SubscriptionDirectory *m_directory;
    SubscriptionSelection m_selection;
    QQueue<SubscriptionInventory> m_deliveries;
    InventorySnapshot m_snapshot;
    QTimer *m_deliveryTimer = nullptr;
    QList<ListedSubscription> m_listed;
    QHash<QString, int> m_listedIndex;          // lower-case subscription ID → index in m_listed
    QList<QPointer<SubscriptionLoader>> m_jobs; // loads of the current generation
    quint64 m_generation = 0;
    State m_state = State::Idle;
    int m_total = 0;
    int m_done = 0;
    int m_remainingReads = -1;
    InventoryPath m_lastPath = InventoryPath::ResourceManager;
};

} // namespace acrnet
