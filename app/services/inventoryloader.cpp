#include "inventoryloader.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"
#include "egressresolver.h"

#include <QTimer>

namespace acrnet {

InventoryLoader::InventoryLoader(ArmClient *client, QObject *parent)
    : SubscriptionLoader(parent)
    , m_client(client)
{}

void InventoryLoader::load(const QList<Subscription> &subscriptions)
{
    m_cancelled = false;
    m_pending = int(subscriptions.size());
    if (subscriptions.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_queue = subscriptions;
    m_next = 0;
    m_reading = 0;
    startMore();
}

namespace {
// Subscriptions read at once: 3 requests each, so 36 queued for the client's 8 in flight — none idles waiting for
// a subscription to start, and a subscription with many pages does not hold the others back.
constexpr int kWindow = 12;
} // namespace

void InventoryLoader::startMore()
{
    while (!m_cancelled && m_reading < kWindow && m_next < m_queue.size()) {
        ++m_reading;
        start(m_queue.at(m_next++));
    }
}

void InventoryLoader::start(const Subscription &s)
{
    if (!m_client) { // signed out while earlier ones were read: this one is not read, and says so
        --m_reading;
        emit subscriptionFailed(s, ArmError(ArmError::Kind::SignedOut, {}));
        QTimer::singleShot(0, this, [this] { finishOne(); });
        return;
    }
    const QString key = s.subscriptionId.toLower();
    Partial &p = m_partials[key];
    p.inventory.subscription = s;
    const QString sub = QStringLiteral("/subscriptions/") + s.subscriptionId;

    ArmListJob *vnets =
        m_client->list(sub + QStringLiteral("/providers/Microsoft.Network/virtualNetworks"), ApiVersions::network());
    connect(vnets, &ArmListJob::finished, this, [this, key](const QJsonArray &items) {
        Partial &p = m_partials[key];
        for (const QJsonValue &v : items) {
            QString error;
            if (auto vnet = VirtualNetwork::fromJson(v.toObject(), &error, &p.inventory.warnings)) {
                p.inventory.virtualNetworks.append(*vnet);
            } else {
                p.inventory.warnings.append(error);
                p.inventory.unreadable.append(UnreadableResource::from(v, error));
            }
        }
        done(key, {});
    });
    connect(vnets, &ArmListJob::failed, this, [this, key](const ArmError &e) { done(key, e); });

    ArmListJob *registries = m_client->list(sub + QStringLiteral("/providers/Microsoft.ContainerRegistry/registries"),
                                            ApiVersions::registries());
    connect(registries, &ArmListJob::finished, this, [this, key](const QJsonArray &items) {
        Partial &p = m_partials[key];
        for (const QJsonValue &v : items) {
            QString error;
            if (auto reg = Registry::fromJson(v.toObject(), &error)) {
                p.inventory.registries.append(*reg);
            } else {
                p.inventory.warnings.append(error);
                p.inventory.unreadable.append(UnreadableResource::from(v, error));
            }
        }
        done(key, {});
    });
    connect(registries, &ArmListJob::failed, this, [this, key](const ArmError &e) { done(key, e); });

    ArmRequestJob *provider =
        m_client->get(sub + QStringLiteral("/providers/Microsoft.ContainerRegistry"), ApiVersions::providers());
    connect(provider, &ArmRequestJob::finished, this, [this, key](const ArmResponse &r) {
        QString error;
        const auto state = ProviderRegistration::fromJson(parseJsonObject(r.body, &error), &error);
        if (state)
            m_partials[key].inventory.containerRegistryProvider = *state;
        else
            m_partials[key].inventory.warnings.append(error);
        done(key, {});
    });
    connect(provider, &ArmRequestJob::failed, this, [this, key](const ArmError &e) { done(key, e); });

    m_jobs << vnets << registries << provider;
    vnets->start();
    registries->start();
    provider->start();
}

void InventoryLoader::done(const QString &key, const ArmError &error)
{
    if (m_cancelled)
        return;
    Partial &p = m_partials[key];
    if (error.isError() && !p.failed) {
        p.failed = true;
        emit subscriptionFailed(p.inventory.subscription, error);
    }
    if (--p.outstanding > 0)
        return;
    --m_reading;
    startMore();
    const SubscriptionInventory inventory = p.inventory;
    const bool failed = p.failed;
    m_partials.remove(key);
    if (failed) {
        finishOne();
        return;
    }
    auto *resolver = new EgressResolver(m_client, this);
    m_resolvers << resolver;
    connect(resolver, &EgressResolver::resolved, this, [this, resolver](const SubscriptionInventory &resolved) {
        resolver->deleteLater();
        if (m_cancelled)
            return;
        emit subscriptionLoaded(resolved);
        finishOne();
    });
    resolver->resolve(inventory);
}

void InventoryLoader::finishOne()
{
    if (--m_pending == 0) {
        m_jobs.clear();
        m_resolvers.clear();
        emit finished(false);
    }
}

void InventoryLoader::cancel()
{
    if (m_pending == 0)
        return;
    m_cancelled = true;
    m_next = m_queue.size();
    for (const QPointer<ArmJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    for (const QPointer<EgressResolver> &resolver : std::as_const(m_resolvers)) {
        if (resolver)
            resolver->cancel();
    }
    m_resolvers.clear();
    m_partials.clear();
    m_pending = 0;
    emit finished(true);
}

} // namespace acrnet
