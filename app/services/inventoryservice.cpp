#include "inventoryservice.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/auth/accountmanager.h"
#include "graphinventoryloader.h"
#include "inventoryloader.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcInventory, "acrnet.inventory")

namespace acrnet {

namespace {
const QString kExcludedKey = QStringLiteral("inventory/excludedSubscriptions");
const QString kPathKey = QStringLiteral("inventory/path");
const QString kThresholdKey = QStringLiteral("inventory/graphThreshold");

QString clientKey(const QString &accountId, const QString &tenantId)
{
    return accountId + QLatin1Char('/') + tenantId.toLower();
}
} // namespace

struct InventoryService::Client
{
    QString accountId;
    QString tenantId;
    std::unique_ptr<ArmClient> client;
};

InventoryService::InventoryService(AccountManager *accounts, QNetworkAccessManager *network, QSettings *settings,
                                   QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_network(network)
    , m_settings(settings)
{
    m_deliveryTimer = new QTimer(this);
    m_deliveryTimer->setSingleShot(true);
    m_deliveryTimer->setInterval(0);
    connect(m_deliveryTimer, &QTimer::timeout, this, &InventoryService::deliverNext);
    for (const QString &id : m_settings->value(kExcludedKey).toStringList())
        m_excluded.insert(id.toLower());
    // An account that is signed out takes its token source with it: drop its clients before they are used.
    connect(m_accounts, &AccountManager::accountsChanged, this, [this] {
        // Taken out of the registry first, destroyed after: a job failing with SignedOut while its client dies
        // may reach this service again, which must then find the registry consistent.
        QList<std::shared_ptr<Client>> gone;
        for (auto it = m_clients.begin(); it != m_clients.end();) {
            if (!m_accounts->session(it.value()->accountId)) {
                gone.append(it.value());
                it = m_clients.erase(it);
            } else {
                ++it;
            }
        }
        if (!gone.isEmpty() && isLoading())
            cancel();
        gone.clear();
    });
}

InventoryService::~InventoryService()
{
    stopJobs();
}

InventoryPath InventoryService::pathSetting() const
{
    const QString v = m_settings->value(kPathKey).toString();
    if (v == QLatin1String("arm"))
        return InventoryPath::ResourceManager;
    if (v == QLatin1String("graph"))
        return InventoryPath::ResourceGraph;
    return InventoryPath::Automatic;
}

void InventoryService::setPathSetting(InventoryPath path)
{
    m_settings->setValue(kPathKey, path == InventoryPath::ResourceManager ? QStringLiteral("arm")
                                   : path == InventoryPath::ResourceGraph ? QStringLiteral("graph")
                                                                          : QStringLiteral("auto"));
}

int InventoryService::graphThreshold() const
{
    return qMax(1, m_settings->value(kThresholdKey, defaultGraphThreshold()).toInt());
}

void InventoryService::setGraphThreshold(int subscriptions)
{
    m_settings->setValue(kThresholdKey, qMax(1, subscriptions));
}

InventoryPath InventoryService::effectivePath(int subscriptionCount) const
{
    return choosePath(pathSetting(), graphThreshold(), subscriptionCount);
}

InventoryPath InventoryService::choosePath(InventoryPath setting, int threshold, int subscriptionCount)
{
    if (setting != InventoryPath::Automatic)
        return setting;
    // Per-subscription listing costs three or more reads per subscription; one Resource Graph query covers 1,000.
    return subscriptionCount > threshold ? InventoryPath::ResourceGraph : InventoryPath::ResourceManager;
}

int InventoryService::requestsInFlight() const
{
    int n = 0;
    for (const auto &c : m_clients)
        n += c->client->requestsInFlight();
    return n;
}

ArmClient *InventoryService::clientFor(const QString &accountId, const QString &tenantId)
{
    const QString key = clientKey(accountId, tenantId);
    if (auto c = m_clients.value(key))
        return c->client.get();
    AccountSession *session = m_accounts->session(accountId);
    if (!session)
        return nullptr;
    auto c = std::make_shared<Client>();
    c->accountId = accountId;
    c->tenantId = tenantId;
    c->client = std::make_unique<ArmClient>(m_network, session->tokenSource(tenantId),
                                            AccountManager::cloudFor(session->account()));
    if (m_settings)
        c->client->setRetryPolicy(RetryPolicy::fromSettings(*m_settings)); // the limits, from the settings file
    connect(c->client.get(), &ArmClient::requestsInFlightChanged, this, &InventoryService::activityChanged);
    connect(c->client.get(), &ArmClient::rateLimitObserved, this, [this](const QString &header, int remaining) {
        // The lowest budget seen in this load is the one that will run out first.
        if (header.compare(QLatin1String("x-ms-ratelimit-remaining-subscription-reads"), Qt::CaseInsensitive) != 0)
            return;
        if (m_remainingReads < 0 || remaining < m_remainingReads) {
            m_remainingReads = remaining;
            emit activityChanged();
        }
    });
    m_clients.insert(key, c);
    return c->client.get();
}

ArmClient *InventoryService::clientForSubscription(const QString &subscriptionId)
{
    const ListedSubscription l = listed(subscriptionId);
    if (l.subscription.subscriptionId.isEmpty())
        return nullptr;
    return clientFor(l.accountId, l.tenantId);
}

Cloud InventoryService::loadedCloud()
{
    for (auto it = m_snapshot.subscriptions.cbegin(); it != m_snapshot.subscriptions.cend(); ++it) {
        if (ArmClient *client = clientForSubscription(it.key()))
            return client->cloud();
    }
    return {};
}

void InventoryService::refresh()
{
    ++m_generation; // first: whatever the cancelled jobs report now belongs to the old generation
    stopJobs();
    m_state = State::Listing;
    m_remainingReads = -1;
    m_total = 0;
    m_done = 0;
    emit started();
    listAll();
}

void InventoryService::listAll()
{
    m_listing.clear();
    m_pendingLists = 0;
    const quint64 generation = m_generation;
    for (const Account &account : m_accounts->accounts()) {
        if (m_accounts->status(account.id).state != AccountManager::State::SignedIn)
            continue;
        QList<QPair<QString, QString>> tenants; // id, name
        for (const auto &t : m_accounts->tenants(account.id)) {
            if (t.state == AccountSession::TenantState::SignedIn)
                tenants.append({t.tenant.tenantId, t.tenant.displayName});
        }
        if (tenants.isEmpty()) // tenants not discovered yet: the home tenant's token lists its subscriptions
            tenants.append({account.homeTenantId, QString()});
        const QString accountName = account.username.isEmpty() ? account.clientId : account.username;
        for (const auto &[tenantId, tenantName] : std::as_const(tenants)) {
            ArmClient *client = clientFor(account.id, tenantId);
            if (!client)
                continue;
            ArmListJob *job = client->list(QStringLiteral("/subscriptions"), ApiVersions::subscriptions());
            m_jobs.append(job);
            ++m_pendingLists;
            const QString accountId = account.id;
            connect(job, &ArmListJob::finished, this,
                    [this, generation, accountId, accountName, tenantId = tenantId,
                     tenantName = tenantName](const QJsonArray &items) {
                        if (generation != m_generation)
                            return;
                        for (const QJsonValue &v : items) {
                            QString error;
                            const auto s = Subscription::fromJson(v.toObject(), &error);
                            if (!s) {
                                qCWarning(lcInventory) << "skipped a subscription:" << error;
                                continue;
                            }
                            const bool seen = std::any_of(m_listing.cbegin(), m_listing.cend(), [&](const auto &l) {
                                return l.subscription.subscriptionId.compare(s->subscriptionId, Qt::CaseInsensitive) ==
                                       0;
                            });
                            if (seen) // the same subscription through a second account: the first one shows it
                                continue;
                            ListedSubscription l{accountId, accountName, tenantId, tenantName, *s, true};
                            if (!s->tenantId.isEmpty() && s->tenantId.compare(tenantId, Qt::CaseInsensitive) != 0) {
                                l.tenantId = s->tenantId;
                                l.tenantName.clear();
                                for (const auto &t : m_accounts->tenants(accountId)) {
                                    if (t.tenant.tenantId.compare(s->tenantId, Qt::CaseInsensitive) == 0)
                                        l.tenantName = t.tenant.displayName;
                                }
                            }
                            l.selected = !m_excluded.contains(s->subscriptionId.toLower());
                            m_listing.append(l);
                        }
                        onListed(generation);
                    });
            connect(job, &ArmListJob::failed, this,
                    [this, generation, accountName, tenantId = tenantId](const ArmError &e) {
                        if (generation != m_generation)
                            return;
                        emit listingFailed(accountName, tenantId, e);
                        onListed(generation);
                    });
            job->start();
        }
    }
    if (m_pendingLists == 0) {
        m_pendingLists = 1;
        QTimer::singleShot(0, this, [this, generation] { onListed(generation); });
    }
}

void InventoryService::onListed(quint64 generation)
{
    if (generation != m_generation || --m_pendingLists > 0)
        return;
    // Subscriptions shown before that are gone now (or no longer selected) leave the views.
    for (const ListedSubscription &old : std::as_const(m_listed)) {
        const ListedSubscription now = [&] {
            for (const ListedSubscription &l : std::as_const(m_listing)) {
                if (l.subscription.subscriptionId.compare(old.subscription.subscriptionId, Qt::CaseInsensitive) == 0)
                    return l;
            }
            return ListedSubscription{};
        }();
        if (now.subscription.subscriptionId.isEmpty() || !now.selected) {
            m_snapshot.remove(old.subscription.subscriptionId);
            emit subscriptionRemoved(old.subscription.subscriptionId);
        }
    }
    m_listed = m_listing;
    emit subscriptionsListed();
    QList<ListedSubscription> selected;
    for (const ListedSubscription &l : std::as_const(m_listed)) {
        if (l.selected)
            selected.append(l);
    }
    load(selected);
}

void InventoryService::load(const QList<ListedSubscription> &subscriptions)
{
    m_state = State::Loading;
    m_total += int(subscriptions.size());
    emit progressChanged(m_done, m_total);
    if (m_done >= m_total) {
        finish(false);
        return;
    }
    const InventoryPath path = effectivePath(int(m_total));
    m_lastPath = path;
    QHash<QString, QList<ListedSubscription>> byClient;
    QStringList order;
    for (const ListedSubscription &l : subscriptions) {
        const QString key = clientKey(l.accountId, l.tenantId);
        if (!byClient.contains(key))
            order.append(key);
        byClient[key].append(l);
    }
    for (const QString &key : std::as_const(order))
        loadWith(key, byClient.value(key), path);
}

void InventoryService::loadWith(const QString &key, const QList<ListedSubscription> &batch, InventoryPath path)
{
    const ListedSubscription &first = batch.first();
    ArmClient *client = clientFor(first.accountId, first.tenantId);
    const quint64 generation = m_generation;
    QList<Subscription> subs;
    for (const ListedSubscription &l : batch)
        subs.append(l.subscription);
    if (!client) {
        for (const ListedSubscription &l : batch) {
            emit subscriptionFailed(l, ArmError(ArmError::Kind::Authentication, tr("The account is signed out.")));
            subscriptionDone();
        }
        return;
    }
    if (path == InventoryPath::ResourceGraph) {
        auto *graph = new GraphInventoryLoader(client, this);
        m_jobs.append(graph);
        connect(graph, &GraphInventoryLoader::subscriptionLoaded, this,
                [this, generation](const SubscriptionInventory &inv) {
                    if (generation != m_generation)
                        return;
                    deliver(inv);
                });
        connect(graph, &GraphInventoryLoader::failed, this, [this, generation, graph, key, batch](const ArmError &e) {
            if (generation != m_generation)
                return;
            // Resource Graph is an accelerator, not a requirement: the same inventory comes from ARM.
            qCWarning(lcInventory) << "Resource Graph failed, loading through ARM:" << e.technicalText();
            graph->cancel();
            graph->deleteLater();
            loadWith(key, batch, InventoryPath::ResourceManager);
        });
        connect(graph, &GraphInventoryLoader::finished, graph, &QObject::deleteLater);
        graph->load(subs);
        return;
    }
    auto *loader = new InventoryLoader(client, this);
    m_jobs.append(loader);
    connect(loader, &InventoryLoader::subscriptionLoaded, this, [this, generation](const SubscriptionInventory &inv) {
        if (generation != m_generation)
            return;
        deliver(inv);
    });
    connect(loader, &InventoryLoader::subscriptionFailed, this,
            [this, generation](const Subscription &s, const ArmError &e) {
                if (generation != m_generation)
                    return;
                emit subscriptionFailed(listed(s.subscriptionId), e);
                subscriptionDone();
            });
    connect(loader, &InventoryLoader::finished, loader, &QObject::deleteLater);
    loader->load(subs);
}

void InventoryService::deliver(const SubscriptionInventory &inventory)
{
    // One subscription per event-loop turn: several answers arriving together (or Resource Graph's hundred at
    // once) never hold the GUI thread for more than one merge.
    m_deliveries.enqueue(inventory);
    if (!m_deliveryTimer->isActive())
        m_deliveryTimer->start();
}

void InventoryService::deliverNext()
{
    if (m_deliveries.isEmpty())
        return;
    const SubscriptionInventory inv = m_deliveries.dequeue();
    if (!m_deliveries.isEmpty())
        m_deliveryTimer->start();
    m_snapshot.add(inv);
    emit subscriptionLoaded(listed(inv.subscription.subscriptionId), inv);
    subscriptionDone();
}

void InventoryService::subscriptionDone()
{
    ++m_done;
    emit progressChanged(m_done, m_total);
    if (m_done >= m_total)
        finish(false);
}

void InventoryService::finish(bool cancelled)
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    m_jobs.removeAll(nullptr);
    emit activityChanged();
    emit finished(cancelled);
}

void InventoryService::stopJobs()
{
    m_deliveries.clear();
    m_deliveryTimer->stop();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<QObject> &job : jobs) {
        if (!job)
            continue;
        if (auto *armJob = qobject_cast<ArmJob *>(job))
            armJob->cancel();
        else if (auto *loader = qobject_cast<InventoryLoader *>(job)) {
            loader->cancel();
            loader->deleteLater();
        } else if (auto *graph = qobject_cast<GraphInventoryLoader *>(job)) {
            graph->cancel();
            graph->deleteLater();
        }
    }
}

void InventoryService::cancel()
{
    if (m_state == State::Idle)
        return;
    ++m_generation; // late answers of the cancelled load are ignored
    stopJobs();
    finish(true);
}

void InventoryService::retry(const QStringList &subscriptionIds)
{
    QList<ListedSubscription> again;
    for (const QString &id : subscriptionIds) {
        const ListedSubscription l = listed(id);
        if (!l.subscription.subscriptionId.isEmpty() && l.selected)
            again.append(l);
    }
    if (again.isEmpty())
        return;
    if (m_state == State::Idle) {
        ++m_generation;
        m_total = 0;
        m_done = 0;
        emit started();
    }
    load(again);
}

void InventoryService::setExcludedSubscriptions(const QSet<QString> &subscriptionIds)
{
    QSet<QString> lower;
    for (const QString &id : subscriptionIds)
        lower.insert(id.toLower());
    QStringList added;
    for (ListedSubscription &l : m_listed) {
        const QString id = l.subscription.subscriptionId;
        const bool selected = !lower.contains(id.toLower());
        if (selected && !l.selected)
            added.append(id);
        else if (!selected && l.selected) {
            m_snapshot.remove(id);
            emit subscriptionRemoved(id);
        }
        l.selected = selected;
    }
    m_excluded = lower;
    saveExcluded();
    emit subscriptionsListed();
    retry(added);
}

ListedSubscription InventoryService::listed(const QString &subscriptionId) const
{
    for (const ListedSubscription &l : m_listed) {
        if (l.subscription.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0)
            return l;
    }
    return {};
}

void InventoryService::saveExcluded()
{
    QStringList ids(m_excluded.cbegin(), m_excluded.cend());
    ids.sort();
    m_settings->setValue(kExcludedKey, ids);
}

void InventoryService::rememberMachines(const QList<VirtualMachine> &machines)
{
    for (const VirtualMachine &vm : machines) {
        if (m_snapshot.isLoaded(vm.id.subscriptionId()))
            m_snapshot.machines.insert(vm.id.key(), vm);
    }
}

} // namespace acrnet
