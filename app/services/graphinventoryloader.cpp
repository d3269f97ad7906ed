#include "graphinventoryloader.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"

#include <QJsonDocument>
#include <QTimer>

namespace acrnet {

namespace {
constexpr int kBatch = 1000; // Resource Graph's limit of subscriptions per query
}

GraphInventoryLoader::GraphInventoryLoader(ArmClient *client, QObject *parent)
    : QObject(parent)
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

void GraphInventoryLoader::query(const QString &kql, const QStringList &subscriptions, const QString &skipToken,
                                 QJsonArray rows, std::function<void(const QJsonArray &)> done)
{
    QJsonObject options{{QStringLiteral("$top"), 1000}};
    if (!skipToken.isEmpty())
        options.insert(QStringLiteral("$skipToken"), skipToken);
    const QJsonObject body{{QStringLiteral("subscriptions"), QJsonArray::fromStringList(subscriptions)},
                           {QStringLiteral("query"), kql},
                           {QStringLiteral("options"), options}};
    ArmRequest request;
    request.method = "POST";
    request.url =
        m_client->url(QStringLiteral("/providers/Microsoft.ResourceGraph/resources"), ApiVersions::resourceGraph());
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    ArmRequestJob *job = m_client->send(request);
    track(job);
    connect(job, &ArmRequestJob::failed, this, [this](const ArmError &e) {
        if (!m_failed && !m_cancelled) {
            m_failed = true;
            emit failed(e);
        }
    });
    connect(job, &ArmRequestJob::finished, this, [this, kql, subscriptions, rows, done](const ArmResponse &r) mutable {
        if (m_cancelled || m_failed)
            return;
        QString error;
        const QJsonObject page = parseJsonObject(r.body, &error);
        if (!error.isEmpty() || !page.value(QLatin1String("data")).isArray()) {
            if (!m_failed) {
                m_failed = true;
                emit failed(ArmError(ArmError::Kind::InvalidResponse,
                                     error.isEmpty() ? tr("The Resource Graph answer has no 'data' array.") : error));
            }
            return;
        }
        for (const QJsonValue &v : page.value(QLatin1String("data")).toArray())
            rows.append(v);
        const QString next = page.value(QLatin1String("$skipToken")).toString();
        if (next.isEmpty())
            done(rows);
        else
            query(kql, subscriptions, next, rows, done);
    });
    job->start();
}

void GraphInventoryLoader::load(const QList<Subscription> &subscriptions)
{
    m_failed = false;
    m_cancelled = false;
    QStringList ids;
    for (const Subscription &s : subscriptions) {
        m_inventories.insert(s.subscriptionId.toLower(), SubscriptionInventory{s, {}, {}, {}, {}});
        ids << s.subscriptionId;
    }
    // Two queries per batch of subscriptions; everything else waits for all of them.
    for (int i = 0; i < ids.size(); i += kBatch) {
        const QStringList batch = ids.mid(i, kBatch);
        m_outstanding += 2;
        query(virtualNetworkQuery(), batch, {}, {}, [this](const QJsonArray &rows) {
            for (const QJsonValue &v : rows) {
                const QString sub = v.toObject().value(QLatin1String("subscriptionId")).toString().toLower();
                SubscriptionInventory &inv = m_inventories[sub];
                QString error;
                if (auto vnet = VirtualNetwork::fromJson(v.toObject(), &error, &inv.warnings))
                    inv.virtualNetworks.append(*vnet);
                else
                    inv.warnings.append(error);
            }
            if (--m_outstanding == 0)
                afterGraph();
        });
        query(registryQuery(), batch, {}, {}, [this](const QJsonArray &rows) {
            for (const QJsonValue &v : rows) {
                const QString sub = v.toObject().value(QLatin1String("subscriptionId")).toString().toLower();
                SubscriptionInventory &inv = m_inventories[sub];
                QString error;
                if (auto reg = Registry::fromJson(v.toObject(), &error)) {
                    // Only Premium registries can have VNet rules; for the others "none" is known without asking.
                    if (!reg->isPremium() && reg->networkRuleSet)
                        reg->networkRuleSet->virtualNetworkRulesPresent = true;
                    inv.registries.append(*reg);
                } else {
                    inv.warnings.append(error);
                }
            }
            if (--m_outstanding == 0)
                afterGraph();
        });
    }
    if (ids.isEmpty())
        QTimer::singleShot(0, this, [this] { emit finished(); });
}

void GraphInventoryLoader::afterGraph()
{
    if (m_failed)
        return;
    // Provider state per subscription, and VNet rules of every Premium registry, from ARM.
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
        connect(provider, &ArmRequestJob::failed, this, [this] { oneDone(); });
        provider->start();
        for (int i = 0; i < it->registries.size(); ++i) {
            if (!it->registries.at(i).isPremium())
                continue;
            ++m_outstanding;
            ArmRequestJob *job = m_client->get(it->registries.at(i).id.toString(), ApiVersions::registries());
            track(job);
            connect(job, &ArmRequestJob::finished, this, [this, key, i](const ArmResponse &r) {
                if (m_cancelled)
                    return;
                QString error;
                if (auto reg = Registry::fromJson(parseJsonObject(r.body, &error), &error))
                    m_inventories[key].registries[i] = *reg;
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

void GraphInventoryLoader::track(ArmRequestJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

void GraphInventoryLoader::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (const QPointer<ArmRequestJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    m_outstanding = 0;
    m_inventories.clear();
}

void GraphInventoryLoader::oneDone()
{
    if (m_cancelled)
        return;
    if (--m_outstanding > 0)
        return;
    for (const SubscriptionInventory &inv : std::as_const(m_inventories))
        emit subscriptionLoaded(inv);
    emit finished();
}

} // namespace acrnet
