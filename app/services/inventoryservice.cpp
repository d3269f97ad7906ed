#include "inventoryservice.h"
#include "app/arm/armclient.h"
#include "clientregistry.h"
#include "subscriptiondirectory.h"

#include <QTimer>

namespace acrnet {

InventoryService::InventoryService(AccountManager *accounts, QNetworkAccessManager *network, QSettings *settings,
                                   QObject *parent)
    : QObject(parent)
    , m_clients(new ClientRegistry(accounts, network, settings, this))
    , m_directory(new SubscriptionDirectory(accounts, m_clients, this))
    , m_selection(settings)
{
    m_deliveryTimer = new QTimer(this);
    m_deliveryTimer->setSingleShot(true);
    m_deliveryTimer->setInterval(0);
    connect(m_deliveryTimer, &QTimer::timeout, this, &InventoryService::deliverNext);
    connect(m_clients, &ClientRegistry::activityChanged, this, &InventoryService::activityChanged);
    connect(m_clients, &ClientRegistry::rateLimitObserved, this, &InventoryService::noteRateLimit);
    // A load whose account was signed out cannot finish: it is cancelled (its jobs fail with SignedOut).
    connect(m_clients, &ClientRegistry::clientsDropped, this, [this] {
        if (isLoading())
            cancel();
    });
    connect(m_directory, &SubscriptionDirectory::listingFailed, this, &InventoryService::listingFailed);
    connect(m_directory, &SubscriptionDirectory::listed, this, &InventoryService::onListed);
}

InventoryService::~InventoryService()
{
    stopJobs();
}

QSet<QString> InventoryService::excludedSubscriptions() const
{
    return m_selection.excluded();
}

InventoryPath InventoryService::pathSetting() const
{
    return m_selection.path();
}

void InventoryService::setPathSetting(InventoryPath path)
{
    m_selection.setPath(path);
}

int InventoryService::graphThreshold() const
{
    return m_selection.graphThreshold();
}

void InventoryService::setGraphThreshold(int subscriptions)
{
    m_selection.setGraphThreshold(subscriptions);
}

InventoryPath InventoryService::effectivePath(int subscriptionCount) const
{
    return choosePath(pathSetting(), graphThreshold(), subscriptionCount);
}

int InventoryService::requestsInFlight() const
{
    return m_clients->requestsInFlight();
}

void InventoryService::noteRateLimit(const QString &header, int remaining)
{
    // The lowest budget seen in this load is the one that will run out first.
    if (header.compare(QLatin1String("x-ms-ratelimit-remaining-subscription-reads"), Qt::CaseInsensitive) != 0)
        return;
    if (m_remainingReads < 0 || remaining < m_remainingReads) {
        m_remainingReads = remaining;
        emit activityChanged();
    }
}

ArmClient *InventoryService::clientForSubscription(const QString &subscriptionId)
{
    const ListedSubscription l = listed(subscriptionId);
    if (l.subscription.subscriptionId.isEmpty())
        return nullptr;
    return m_clients->clientFor(l.accountId, l.tenantId);
}

SubscriptionAccess InventoryService::access(const QString &subscriptionId)
{
    return SubscriptionAccess(clientForSubscription(subscriptionId), subscriptionId);
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
    m_directory->list();
}

void InventoryService::onListed(const QList<ListedSubscription> &listing)
{
    QList<ListedSubscription> now = listing;
    QSet<QString> selectedNow;
    for (ListedSubscription &l : now) {
        l.selected = m_selection.isSelected(l.subscription.subscriptionId);
        if (l.selected)
            selectedNow.insert(l.subscription.subscriptionId.toLower());
    }
    // Subscriptions shown before that are gone now (or no longer selected) leave the views.
    for (const ListedSubscription &old : std::as_const(m_listed)) {
        if (!selectedNow.contains(old.subscription.subscriptionId.toLower())) {
            m_snapshot.remove(old.subscription.subscriptionId);
            emit subscriptionRemoved(old.subscription.subscriptionId);
        }
    }
    setListed(now);
    emit subscriptionsListed();
    QList<ListedSubscription> selected;
    for (const ListedSubscription &l : std::as_const(m_listed)) {
        if (l.selected)
            selected.append(l);
    }
    load(selected);
}

void InventoryService::setListed(const QList<ListedSubscription> &listed)
{
    m_listed = listed;
    m_listedIndex.clear();
    for (int i = 0; i < m_listed.size(); ++i)
        m_listedIndex.insert(m_listed.at(i).subscription.subscriptionId.toLower(), i);
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
    QHash<QString, QList<ListedSubscription>> byClient; // one batch per account and tenant
    QStringList order;
    for (const ListedSubscription &l : subscriptions) {
        const QString key = l.accountId + QLatin1Char('/') + l.tenantId.toLower();
        if (!byClient.contains(key))
            order.append(key);
        byClient[key].append(l);
    }
    for (const QString &key : std::as_const(order))
        loadWith(byClient.value(key), path);
}

void InventoryService::loadWith(const QList<ListedSubscription> &batch, InventoryPath path)
{
    const ListedSubscription &first = batch.first();
    ArmClient *client = m_clients->clientFor(first.accountId, first.tenantId);
    if (!client) {
        for (const ListedSubscription &l : batch) {
            emit subscriptionFailed(l, ArmError(ArmError::Kind::Authentication, tr("The account is signed out.")));
            subscriptionDone();
        }
        return;
    }
    QList<Subscription> subs;
    for (const ListedSubscription &l : batch)
        subs.append(l.subscription);
    const quint64 generation = m_generation;
    auto *load = new InventoryLoad(client, path, this);
    m_jobs.append(load);
    connect(load, &SubscriptionLoader::subscriptionLoaded, this, [this, generation](const SubscriptionInventory &inv) {
        if (generation == m_generation)
            deliver(inv);
    });
    connect(load, &SubscriptionLoader::subscriptionFailed, this,
            [this, generation](const Subscription &s, const ArmError &e) {
                if (generation != m_generation)
                    return;
                emit subscriptionFailed(listed(s.subscriptionId), e);
                subscriptionDone();
            });
    connect(load, &SubscriptionLoader::finished, load, &QObject::deleteLater);
    load->load(subs);
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
    m_snapshot.reserveFor(m_total);
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
    m_directory->cancel();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<SubscriptionLoader> &job : jobs) {
        if (!job)
            continue;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
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
    m_selection.setExcluded(subscriptionIds);
    QStringList added;
    for (ListedSubscription &l : m_listed) {
        const QString id = l.subscription.subscriptionId;
        const bool selected = m_selection.isSelected(id);
        if (selected && !l.selected)
            added.append(id);
        else if (!selected && l.selected) {
            m_snapshot.remove(id);
            emit subscriptionRemoved(id);
        }
        l.selected = selected;
    }
    emit subscriptionsListed();
    retry(added);
}

ListedSubscription InventoryService::listed(const QString &subscriptionId) const
{
    const int i = m_listedIndex.value(subscriptionId.toLower(), -1);
    return i < 0 ? ListedSubscription{} : m_listed.at(i);
}

void InventoryService::rememberMachines(const QList<VirtualMachine> &machines)
{
    for (const VirtualMachine &vm : machines) {
        if (m_snapshot.isLoaded(vm.id.subscriptionId()))
            m_snapshot.machines.insert(vm.id.key(), vm);
    }
}

} // namespace acrnet
