#include "headlessrun.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/auth/accountsession.h"
#include "app/services/subscriptionloader.h"

#include <QTimer>

namespace acrnet {

struct HeadlessRun::Connection
{
    Account account;
    QString clientSecret;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<ArmClient> client;
    QList<Subscription> subscriptions;
    // Declared after the client it uses, so it goes first.
    std::unique_ptr<InventoryLoad> load;
};

QJsonObject inventoryToJson(const SubscriptionInventory &inv)
{
    QJsonArray vnets;
    for (const VirtualNetwork &v : inv.virtualNetworks)
        vnets.append(v.json);
    QJsonArray registries;
    for (const Registry &r : inv.registries)
        registries.append(r.json);
    QJsonArray unreadable; // listed by the service, but their JSON did not parse
    for (const UnreadableResource &u : inv.unreadable)
        unreadable.append(QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("error"), u.error}});
    return {{QStringLiteral("unreadable"), unreadable},
            {QStringLiteral("subscriptionId"), inv.subscription.subscriptionId},
            {QStringLiteral("displayName"), inv.subscription.displayName},
            {QStringLiteral("tenantId"), inv.subscription.tenantId},
            {QStringLiteral("state"), inv.subscription.state},
            {QStringLiteral("complete"), inv.warnings.isEmpty()},
            {QStringLiteral("containerRegistryProvider"), inv.containerRegistryProvider.registrationState},
            {QStringLiteral("virtualNetworks"), vnets},
            {QStringLiteral("registries"), registries},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(inv.warnings)}};
}

HeadlessRun::HeadlessRun(const Cloud &cloud, InventoryPath setting, int graphThreshold, bool keepSnapshot,
                         QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_setting(setting)
    , m_threshold(graphThreshold)
    , m_keepSnapshot(keepSnapshot)
    , m_entra(&m_network, cloud)
{}

HeadlessRun::~HeadlessRun() = default;

void HeadlessRun::addAccount(const Account &account, const QString &clientSecret)
{
    auto c = std::make_unique<Connection>();
    c->account = account;
    c->clientSecret = clientSecret;
    c->session = std::make_unique<AccountSession>(account, &m_entra, &m_secrets);
    c->client = std::make_unique<ArmClient>(&m_network, c->session->tokenSource(account.homeTenantId), m_cloud);
    m_connections.push_back(std::move(c));
}

void HeadlessRun::start()
{
    QTimer::singleShot(0, this, [this] { prepare(0); });
}

void HeadlessRun::prepare(size_t index)
{
    if (index == m_connections.size()) {
        list(0);
        return;
    }
    Connection &c = *m_connections[index];
    if (c.clientSecret.isEmpty()) {
        prepare(index + 1);
        return;
    }
    c.session->storeClientSecret(c.clientSecret, this, [this, index](const AuthError &) { prepare(index + 1); });
}

void HeadlessRun::list(size_t index)
{
    if (index == m_connections.size()) {
        if (m_listFailures == int(m_connections.size())) {
            m_fatal = m_firstListError;
            emit finished();
            return;
        }
        int total = 0;
        for (const auto &c : m_connections)
            total += int(c->subscriptions.size());
        m_graph = SubscriptionLoader::choosePath(m_setting, m_threshold, total) == InventoryPath::ResourceGraph;
        m_pathUsed = m_graph ? QStringLiteral("resourceGraph") : QStringLiteral("resourceManager");
        load(0);
        return;
    }
    Connection &c = *m_connections[index];
    ArmListJob *job = c.client->list(QStringLiteral("/subscriptions"), ApiVersions::subscriptions());
    connect(job, &ArmListJob::failed, this, [this, index](const ArmError &e) {
        if (m_listFailures++ == 0)
            m_firstListError = e.userText();
        // The account's subscriptions are unknown: the result cannot be complete.
        m_errors.append(QJsonObject{{QStringLiteral("account"), m_connections[index]->account.clientId},
                                    {QStringLiteral("error"), e.userText()}});
        list(index + 1);
    });
    connect(job, &ArmListJob::finished, this, [this, index](const QJsonArray &items) {
        Connection &conn = *m_connections[index];
        for (const QJsonValue &v : items) {
            QString error;
            const auto s = Subscription::fromJson(v.toObject(), &error);
            if (!s) { // never dropped without a word
                const QJsonValue id = v.toObject().value(QLatin1String("subscriptionId"));
                addError(id.isString() ? id.toString() : QStringLiteral("(unreadable)"), error);
                continue;
            }
            if (!m_seen.contains(s->subscriptionId.toLower())) {
                m_seen.insert(s->subscriptionId.toLower());
                conn.subscriptions.append(*s);
            }
        }
        list(index + 1);
    });
    job->start();
}

void HeadlessRun::load(size_t index)
{
    if (index == m_connections.size()) {
        emit finished();
        return;
    }
    Connection &c = *m_connections[index];
    if (c.subscriptions.isEmpty()) {
        load(index + 1);
        return;
    }
    // As the GUI does: a failed Resource Graph load is loaded again through Resource Manager.
    c.load = std::make_unique<InventoryLoad>(c.client.get(),
                                             m_graph ? InventoryPath::ResourceGraph : InventoryPath::ResourceManager);
    connect(c.load.get(), &SubscriptionLoader::subscriptionLoaded, this, &HeadlessRun::collect);
    connect(c.load.get(), &SubscriptionLoader::subscriptionFailed, this,
            [this](const Subscription &s, const ArmError &e) { addError(s.subscriptionId, e.userText()); });
    connect(c.load.get(), &SubscriptionLoader::finished, this, [this, index] {
        const InventoryLoad &done = *m_connections[index]->load;
        if (done.fallbackReason().isError()) {
            m_fallbackReason = done.fallbackReason().userText();
            m_pathUsed = QStringLiteral("resourceManager");
        }
        load(index + 1);
    });
    c.load->load(c.subscriptions);
}

void HeadlessRun::collect(const SubscriptionInventory &inventory)
{
    if (!inventory.warnings.isEmpty())
        addError(inventory.subscription.subscriptionId,
                 QStringLiteral("read only in part: ") + inventory.warnings.join(QStringLiteral("; ")));
    if (m_keepSnapshot)
        m_snapshot.add(inventory);
    else
        m_subscriptionsJson.append(inventoryToJson(inventory));
}

void HeadlessRun::addError(const QString &subscriptionId, const QString &error)
{
    m_errors.append(QJsonObject{{QStringLiteral("subscriptionId"), subscriptionId}, {QStringLiteral("error"), error}});
}

} // namespace acrnet
