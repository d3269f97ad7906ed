#include "graphinventoryloader.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"
#include "egressresolver.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QMap>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace acrnet {

namespace {
constexpr int kBatch = 1000; // Resource Graph's limit of subscriptions per query
// Rows per page (the service allows up to 1,000). 1,000 VNets with their subnets is ~6 MB of JSON, parsed into
// several times that; pages of 500 halve that peak for one more round trip per 1,000 rows.
constexpr int kPageSize = 500;
// `ids` in groups of at most kBatch. One query per group: splitting a query to have its pages come in parallel was
// measured slower (the pages are parsed one at a time anyway, see parsePool) and held the GUI thread longer.
QList<QStringList> batches(const QStringList &ids)
{
    QList<QStringList> out;
    for (qsizetype i = 0; i < ids.size(); i += kBatch)
        out.append(ids.mid(i, kBatch));
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

// One query's pages. Each page names the next with a skip token, so they are asked for one after another; the token
// is read off the received bytes (peekTopLevelString) so the next page is on its way while this one is parsed on a
// worker. At most kAhead pages of a query are received but not yet applied (memory), and pages are applied in order.
struct GraphInventoryLoader::Chain
{
    bool registries = false;
    QStringList subscriptions;
    int asked = 0;              // pages asked for
    int applied = 0;            // pages applied to the inventories
    QString nextToken;          // the next page's token, not yet asked for
    QHash<int, QString> peeked; // page -> the token read off its bytes, checked against its parse
    QMap<int, Page> parsed;     // parsed, waiting for an earlier page
};

namespace {
constexpr int kAhead = 2;

// Pages are parsed one at a time, on one worker: two megabyte-sized parses at once allocate from the one arena
// (app/cli/allocator.h) the GUI thread needs, and held it for tens of milliseconds (tests/bench/inventory.sh).
QThreadPool *parsePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}
} // namespace

void GraphInventoryLoader::startQuery(bool registries, const QStringList &subscriptions)
{
    auto chain = std::make_shared<Chain>();
    chain->registries = registries;
    chain->subscriptions = subscriptions;
    m_chains.append(chain);
    request(chain, {});
}

void GraphInventoryLoader::pump(const std::shared_ptr<Chain> &chain)
{
    if (chain->nextToken.isEmpty() || chain->asked - chain->applied >= kAhead)
        return;
    request(chain, std::exchange(chain->nextToken, QString()));
}

void GraphInventoryLoader::request(const std::shared_ptr<Chain> &chain, const QString &skipToken)
{
    if (clientGone())
        return;
    QJsonObject options{{QStringLiteral("$top"), kPageSize}};
    if (!skipToken.isEmpty())
        options.insert(QStringLiteral("$skipToken"), skipToken);
    const QJsonObject body{{QStringLiteral("subscriptions"), QJsonArray::fromStringList(chain->subscriptions)},
                           {QStringLiteral("query"), chain->registries ? registryQuery() : virtualNetworkQuery()},
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
    const int index = chain->asked++;
    connect(job, &ArmRequestJob::failed, this, [this](const ArmError &e) { fail(e); });
    connect(job, &ArmRequestJob::finished, this, [this, chain, index](const ArmResponse &r) {
        if (m_cancelled || m_failed)
            return;
        if (const auto token = peekTopLevelString(r.body, QLatin1String("$skipToken"))) {
            chain->peeked.insert(index, *token);
            chain->nextToken = *token;
            pump(chain);
        }
        auto *watcher = new QFutureWatcher<Page>(this);
        connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher, chain, index] {
            watcher->deleteLater();
            if (m_cancelled || m_failed)
                return;
            chain->parsed.insert(index, watcher->result());
            applyParsed(chain);
        });
        watcher->setFuture(QtConcurrent::run(parsePool(), parsePage, r.body, chain->registries));
    });
    job->start();
}

void GraphInventoryLoader::applyParsed(const std::shared_ptr<Chain> &chain)
{
    while (!m_failed && !m_cancelled && chain->parsed.contains(chain->applied)) {
        const int index = chain->applied++;
        const Page page = chain->parsed.take(index);
        if (!page.error.isEmpty()) {
            fail(ArmError(ArmError::Kind::InvalidResponse, page.error));
            return;
        }
        const auto peeked = chain->peeked.constFind(index);
        if (peeked == chain->peeked.cend())
            chain->nextToken = page.skipToken; // the scan found none: the parse has the last word
        else if (*peeked != page.skipToken) {
            fail(ArmError(ArmError::Kind::InvalidResponse,
                          tr("The Resource Graph answer names two different next pages.")));
            return;
        }
        apply(page);
        if (page.skipToken.isEmpty()) { // the query's last page
            if (chain->registries && --m_registryQueries == 0)
                readRules();
            if (--m_queriesLeft == 0) {
                for (auto it = m_inventories.cbegin(); it != m_inventories.cend(); ++it)
                    deliverIfRead(it.key());
            }
            return;
        }
        pump(chain);
    }
}

void GraphInventoryLoader::apply(const Page &page)
{
    for (const auto &[sub, vnet] : page.virtualNetworks)
        m_inventories[sub].virtualNetworks.append(vnet);
    for (const auto &[sub, reg] : page.registries)
        m_inventories[sub].registries.append(reg);
    for (const auto &[sub, warning] : page.warnings)
        m_inventories[sub].warnings.append(warning);
    for (const auto &[sub, unreadable] : page.unreadable)
        m_inventories[sub].unreadable.append(unreadable);
}

void GraphInventoryLoader::load(const QList<Subscription> &subscriptions)
{
    m_failed = false;
    m_cancelled = false;
    m_finished = false;
    m_registryQueries = 0;
    m_queriesLeft = 0;
    m_rulesAsked = false;
    m_delivered = 0;
    m_pendingOf.clear();
    m_chains.clear();
    QStringList ids;
    for (const Subscription &s : subscriptions) {
        m_inventories.insert(s.subscriptionId.toLower(), SubscriptionInventory{s, {}, {}, {}, {}, {}, {}});
        ids << s.subscriptionId;
    }
    // VNets and registries, a query each per batch of subscriptions; every subscription waits for them all.
    for (const QStringList &group : batches(ids)) {
        ++m_queriesLeft;
        startQuery(false, group);
    }
    for (const QStringList &group : batches(ids)) {
        ++m_queriesLeft;
        ++m_registryQueries;
        startQuery(true, group);
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
        ++m_pendingOf[key];
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
            oneDone(key);
        });
        connect(provider, &ArmRequestJob::failed, this, [this, key](const ArmError &e) {
            if (m_cancelled)
                return;
            // Unknown is not "not registered": the subscription is incomplete, and says why.
            m_inventories[key].warnings.append(
                tr("Microsoft.ContainerRegistry registration state: %1").arg(e.userText()));
            oneDone(key);
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
            ++m_pendingOf[key];
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
                oneDone(key);
            });
            connect(list, &ArmListJob::failed, this, [this, key](const ArmError &e) {
                if (m_cancelled)
                    return;
                m_inventories[key].warnings.append(
                    tr("VNet rules of this subscription's registries: %1").arg(e.userText()));
                oneDone(key);
            });
            list->start();
            continue;
        }
        for (int i = 0; i < it->registries.size(); ++i) {
            if (!it->registries.at(i).isPremium())
                continue;
            ++m_pendingOf[key];
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
                oneDone(key);
            });
            connect(job, &ArmRequestJob::failed, this, [this, key, i](const ArmError &e) {
                if (m_cancelled)
                    return;
                m_inventories[key].warnings.append(m_inventories[key].registries.at(i).id.toString() +
                                                   QStringLiteral(": ") + e.userText());
                oneDone(key);
            });
            job->start();
        }
    }
    m_rulesAsked = true;
    for (auto it = m_inventories.cbegin(); it != m_inventories.cend(); ++it)
        deliverIfRead(it.key());
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
    m_chains.clear();
    for (const QPointer<EgressResolver> &resolver : std::as_const(m_resolvers)) {
        if (resolver)
            resolver->cancel();
    }
    m_resolvers.clear();
    m_pendingOf.clear();
    m_inventories.clear();
}

void GraphInventoryLoader::oneDone(const QString &key)
{
    if (m_cancelled || m_failed)
        return;
    --m_pendingOf[key];
    deliverIfRead(key);
}

// A subscription is delivered (whole) once every query has ended and its own provider state and registry rules are
// read, then the NAT gateways its subnets name: so subscriptions arrive while others' rules are still being read, and
// nothing can fail any more once the first is out (a fallback to Resource Manager never delivers one twice).
void GraphInventoryLoader::deliverIfRead(const QString &key)
{
    if (m_cancelled || m_failed || m_queriesLeft > 0 || !m_rulesAsked || m_pendingOf.value(key) != 0)
        return;
    m_pendingOf[key] = -1; // being resolved
    auto *resolver = new EgressResolver(m_client, this);
    m_resolvers << resolver;
    connect(resolver, &EgressResolver::resolved, this, [this, resolver](const SubscriptionInventory &resolved) {
        resolver->deleteLater();
        m_resolvers.removeAll(resolver);
        if (m_cancelled)
            return;
        // Its copy here is let go (the resolved one is a copy where NAT gateways were filled in): held until the
        // end, every subscription was in memory twice.
        SubscriptionInventory &held = m_inventories[resolved.subscription.subscriptionId.toLower()];
        held = SubscriptionInventory{};
        held.subscription = resolved.subscription;
        emit subscriptionLoaded(resolved);
        if (++m_delivered == m_inventories.size())
            finish(false);
    });
    resolver->resolve(m_inventories.value(key));
}

} // namespace acrnet
