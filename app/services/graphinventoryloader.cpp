#include "graphinventoryloader.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"
#include "egressresolver.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace acrnet {

namespace {
constexpr int kBatch = 1000; // Resource Graph's limit of subscriptions per query
// Rows per page (the service allows up to 1,000). 1,000 VNets with their subnets is ~6 MB of JSON, parsed into
// several times that; pages of 500 halve that peak for one more round trip per 1,000 rows.
constexpr int kPageSize = 500;
// A query's pages come one after another (each needs the last one's skip token), so a large estate is split into a
// few queries over disjoint sets of subscriptions whose pages come in parallel. Few enough to stay well inside
// Resource Graph's per-user quota (15 queries per 5 seconds), whose 429s are waited out like any other.
constexpr int kVirtualNetworkQueries = 3;
constexpr int kRegistryQueries = 2;

// `ids` in contiguous groups of at most kBatch: `parallel` groups, or more when the batch limit needs more.
QList<QStringList> groups(const QStringList &ids, int parallel)
{
    const qsizetype count =
        std::max<qsizetype>(std::min<qsizetype>(parallel, ids.size()), (ids.size() + kBatch - 1) / kBatch);
    QList<QStringList> out;
    for (qsizetype g = 0; g < count; ++g) {
        const qsizetype from = ids.size() * g / count;
        out.append(ids.mid(from, ids.size() * (g + 1) / count - from));
    }
    return out;
}
} // namespace

GraphInventoryLoader::GraphInventoryLoader(ArmClient *client, QObject *parent)
    : SubscriptionLoader(parent)
    , m_client(client)
{}

QString GraphInventoryLoader::virtualNetworkQuery()
{
    return QStringLiteral("resources | where type =~ 'microsoft.network/virtualnetworks' "
                          "| project id, name, type, location, subscriptionId, properties | order by id asc");
}

QString GraphInventoryLoader::registryQuery()
{
    return QStringLiteral("resources | where type =~ 'microsoft.containerregistry/registries' "
                          "| project id, name, type, location, subscriptionId, sku, properties | order by id asc");
}

GraphInventoryLoader::Page GraphInventoryLoader::parsePage(const QByteArray &body, bool registries)
{
    Page page;
    const QJsonObject json = parseJsonObject(body, &page.error);
    if (!page.error.isEmpty())
        return page;
    if (!json.value(QLatin1String("data")).isArray()) {
        page.error = GraphInventoryLoader::tr("The Resource Graph answer has no 'data' array.");
        return page;
    }
    page.skipToken = json.value(QLatin1String("$skipToken")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("data")).toArray()) {
        const QString sub = v.toObject().value(QLatin1String("subscriptionId")).toString().toLower();
        QString error;
        if (registries) {
            if (auto reg = Registry::fromJson(v.toObject(), &error)) {
                // Only Premium registries can have VNet rules; for the others "none" is known without asking.
                if (!reg->isPremium() && reg->networkRuleSet)
                    reg->networkRuleSet->virtualNetworkRulesPresent = true;
                page.registries.append({sub, *reg});
            } else {
                page.warnings.append({sub, error});
                page.unreadable.append({sub, UnreadableResource::from(v, error)});
            }
        } else {
            QStringList warnings;
            if (auto vnet = VirtualNetwork::fromJson(v.toObject(), &error, &warnings)) {
                page.virtualNetworks.append({sub, *vnet});
            } else {
                warnings.append(error);
                page.unreadable.append({sub, UnreadableResource::from(v, error)});
            }
            for (const QString &w : std::as_const(warnings))
                page.warnings.append({sub, w});
        }
    }
    return page;
}

bool GraphInventoryLoader::clientGone()
{
    if (m_client)
        return false;
    fail(ArmError(ArmError::Kind::SignedOut, {}));
    return true;
}

void GraphInventoryLoader::query(bool registries, const QStringList &subscriptions, const QString &skipToken)
{
    if (clientGone())
        return;
    QJsonObject options{{QStringLiteral("$top"), kPageSize}};
    if (!skipToken.isEmpty())
        options.insert(QStringLiteral("$skipToken"), skipToken);
    const QJsonObject body{{QStringLiteral("subscriptions"), QJsonArray::fromStringList(subscriptions)},
                           {QStringLiteral("query"), registries ? registryQuery() : virtualNetworkQuery()},
                           {QStringLiteral("options"), options}};
    ArmRequest request;
    request.method = "POST";
    request.url =
        m_client->url(QStringLiteral("/providers/Microsoft.ResourceGraph/resources"), ApiVersions::resourceGraph());
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.continuation = !skipToken.isEmpty();
    request.readOnly = true; // a query: retried on 5xx and dropped connections like any other read
    ArmRequestJob *job = m_client->send(request);
    track(job);
    connect(job, &ArmRequestJob::failed, this, [this](const ArmError &e) { fail(e); });
    connect(job, &ArmRequestJob::finished, this, [this, registries, subscriptions](const ArmResponse &r) {
        if (m_cancelled || m_failed)
            return;
        auto *watcher = new QFutureWatcher<Page>(this);
        connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher, registries, subscriptions] {
            watcher->deleteLater();
            if (m_cancelled || m_failed)
                return;
            const Page page = watcher->result();
            if (!page.error.isEmpty()) {
                fail(ArmError(ArmError::Kind::InvalidResponse, page.error));
                return;
            }
            for (const auto &[sub, vnet] : page.virtualNetworks)
                m_inventories[sub].virtualNetworks.append(vnet);
            for (const auto &[sub, reg] : page.registries)
                m_inventories[sub].registries.append(reg);
            for (const auto &[sub, warning] : page.warnings)
                m_inventories[sub].warnings.append(warning);
            for (const auto &[sub, unreadable] : page.unreadable)
                m_inventories[sub].unreadable.append(unreadable);
            if (!page.skipToken.isEmpty()) {
                query(registries, subscriptions, page.skipToken);
                return;
            }
            if (registries && --m_registryQueries == 0)
                readRules(); // adds to m_outstanding before the count below can reach zero
            oneDone();
        });
        watcher->setFuture(QtConcurrent::run(parsePage, r.body, registries));
    });
    job->start();
}

void GraphInventoryLoader::load(const QList<Subscription> &subscriptions)
{
    m_failed = false;
    m_cancelled = false;
    m_finished = false;
    m_registryQueries = 0;
    QStringList ids;
    for (const Subscription &s : subscriptions) {
        m_inventories.insert(s.subscriptionId.toLower(), SubscriptionInventory{s, {}, {}, {}, {}, {}, {}});
        ids << s.subscriptionId;
    }
    // VNets and registries, each in a few queries over disjoint subscriptions; everything else waits for them all.
    for (const QStringList &group : groups(ids, kVirtualNetworkQueries)) {
        ++m_outstanding;
        query(false, group, {});
    }
    for (const QStringList &group : groups(ids, kRegistryQueries)) {
        ++m_outstanding;
        ++m_registryQueries;
        query(true, group, {});
    }
    readProviders();
    if (ids.isEmpty())
        QTimer::singleShot(0, this, [this] { finish(false); });
}

void GraphInventoryLoader::readProviders()
{
    // Provider state per subscription, from ARM; independent of the queries, so it runs alongside them.
    for (auto it = m_inventories.begin(); it != m_inventories.end(); ++it) {
        const QString key = it.key();
        ++m_outstanding;
        ArmRequestJob *provider = m_client->get(QStringLiteral("/subscriptions/") + it->subscription.subscriptionId +
                                                    QStringLiteral("/providers/Microsoft.ContainerRegistry"),
                                                ApiVersions::providers());
        track(provider);
        connect(provider, &ArmRequestJob::finished, this, [this, key](const ArmResponse &r) {
            if (m_cancelled)
                return;
            QString error;
            if (auto p = ProviderRegistration::fromJson(parseJsonObject(r.body, &error), &error))
                m_inventories[key].containerRegistryProvider = *p;
            oneDone();
        });
        connect(provider, &ArmRequestJob::failed, this, [this, key](const ArmError &e) {
            if (m_cancelled)
                return;
            // Unknown is not "not registered": the subscription is incomplete, and says why.
            m_inventories[key].warnings.append(
                tr("Microsoft.ContainerRegistry registration state: %1").arg(e.userText()));
            oneDone();
        });
        provider->start();
    }
}

void GraphInventoryLoader::readRules()
{
    if (m_failed || m_cancelled || clientGone())
        return;
    // VNet rules of every Premium registry, from ARM (Resource Graph does not carry them reliably).
    for (auto it = m_inventories.begin(); it != m_inventories.end(); ++it) {
        const QString key = it.key();
        int premium = 0;
        for (const Registry &r : std::as_const(it->registries))
            premium += r.isPremium() ? 1 : 0;
        if (premium > 1) {
            // Several Premium registries: one list of the subscription's registries (with rules) beats a GET each.
            ++m_outstanding;
            ArmListJob *list = m_client->list(QStringLiteral("/subscriptions/") + it->subscription.subscriptionId +
                                                  QStringLiteral("/providers/Microsoft.ContainerRegistry/registries"),
                                              ApiVersions::registries());
            m_lists.append(list);
            connect(list, &ArmListJob::finished, this, [this, key](const QJsonArray &items) {
                if (m_cancelled)
                    return;
                for (const QJsonValue &v : items) {
                    QString error;
                    if (auto reg = Registry::fromJson(v.toObject(), &error)) {
                        replaceRegistry(key, *reg);
                    } else {
                        m_inventories[key].warnings.append(error);
                        m_inventories[key].unreadable.append(UnreadableResource::from(v, error));
                    }
                }
                oneDone();
            });
            connect(list, &ArmListJob::failed, this, [this, key](const ArmError &e) {
                if (m_cancelled)
                    return;
                m_inventories[key].warnings.append(
                    tr("VNet rules of this subscription's registries: %1").arg(e.userText()));
                oneDone();
            });
            list->start();
            continue;
        }
        for (int i = 0; i < it->registries.size(); ++i) {
            if (!it->registries.at(i).isPremium())
                continue;
            ++m_outstanding;
            ArmRequestJob *job = m_client->get(it->registries.at(i).id.toString(), ApiVersions::registries());
            track(job);
            connect(job, &ArmRequestJob::finished, this, [this, key](const ArmResponse &r) {
                if (m_cancelled)
                    return;
                QString error;
                if (auto reg = Registry::fromJson(parseJsonObject(r.body, &error), &error))
                    replaceRegistry(key, *reg);
                else
                    m_inventories[key].warnings.append(error);
                oneDone();
            });
            connect(job, &ArmRequestJob::failed, this, [this, key, i](const ArmError &e) {
                if (m_cancelled)
                    return;
                m_inventories[key].warnings.append(m_inventories[key].registries.at(i).id.toString() +
                                                   QStringLiteral(": ") + e.userText());
                oneDone();
            });
            job->start();
        }
    }
}

void GraphInventoryLoader::replaceRegistry(const QString &key, const Registry &fresh)
{
    // Only Premium entries are replaced: the others already say "no VNet rules" and came from the same listing.
    for (Registry &r : m_inventories[key].registries) {
        if (r.id == fresh.id && r.isPremium()) {
            r = fresh;
            return;
        }
    }
}

void GraphInventoryLoader::track(ArmRequestJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

void GraphInventoryLoader::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    stopRequests();
    finish(true);
}

void GraphInventoryLoader::fail(const ArmError &error)
{
    if (m_failed || m_cancelled || m_finished)
        return;
    m_failed = true;
    stopRequests();
    emit failed(error);
    finish(false);
}

void GraphInventoryLoader::finish(bool cancelled)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(cancelled);
}

void GraphInventoryLoader::stopRequests()
{
    for (const QPointer<ArmRequestJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    for (const QPointer<ArmListJob> &list : std::as_const(m_lists)) {
        if (list)
            list->cancel();
    }
    m_jobs.clear();
    m_lists.clear();
    for (const QPointer<EgressResolver> &resolver : std::as_const(m_resolvers)) {
        if (resolver)
            resolver->cancel();
    }
    m_resolvers.clear();
    m_outstanding = 0;
    m_inventories.clear();
}

void GraphInventoryLoader::oneDone()
{
    if (m_cancelled || m_failed)
        return;
    if (--m_outstanding > 0)
        return;
    // Then the NAT gateways the subnets name: every subscription is delivered whole, or not at all.
    m_resolving = int(m_inventories.size());
    const QList<SubscriptionInventory> all = m_inventories.values();
    for (const SubscriptionInventory &inv : all) {
        auto *resolver = new EgressResolver(m_client, this);
        m_resolvers << resolver;
        connect(resolver, &EgressResolver::resolved, this, [this, resolver](const SubscriptionInventory &resolved) {
            resolver->deleteLater();
            if (m_cancelled)
                return;
            m_inventories.insert(resolved.subscription.subscriptionId.toLower(), resolved);
            if (--m_resolving > 0)
                return;
            m_resolvers.clear();
            for (const SubscriptionInventory &done : std::as_const(m_inventories))
                emit subscriptionLoaded(done);
            finish(false);
        });
        resolver->resolve(inv);
    }
    if (all.isEmpty())
        finish(false);
}

} // namespace acrnet
