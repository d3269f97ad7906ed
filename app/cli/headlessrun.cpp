#include "headlessrun.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/auth/accountsession.h"
#include "app/auth/tenantdiscovery.h"
#include "app/services/subscriptionloader.h"

#include <QTimer>

namespace acrnet {

// One signed-in account (its session holds the tokens of every tenant it reads).
struct HeadlessRun::Signer
{
    Account account;
    QString clientSecret;
    std::unique_ptr<AccountSession> session;
};

// One tenant read through one account.
struct HeadlessRun::Connection
{
    QString accountName;
    QString tenantId;
    std::unique_ptr<ArmClient> client;
    QList<Subscription> subscriptions;
    // Declared after the client it uses, so it goes first.
    std::unique_ptr<InventoryLoad> load;
};

namespace {

// A tenant named by the account (--tenant), as opposed to "whatever tenants the account can see".
bool isSpecificTenant(const QString &tenant)
{
    return !tenant.isEmpty() && tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) != 0 &&
           tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) != 0;
}

} // namespace

QJsonObject inventoryToJson(const SubscriptionInventory &inv)
{
    QJsonArray vnets;
    for (const VirtualNetwork &v : inv.virtualNetworks)
        vnets.append(v.document());
    QJsonArray registries;
    for (const Registry &r : inv.registries)
        registries.append(r.json.object());
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
    auto signer = std::make_unique<Signer>();
    signer->account = account;
    signer->clientSecret = clientSecret;
    signer->session = std::make_unique<AccountSession>(account, &m_entra, &m_secrets);
    m_signers.push_back(std::move(signer));
}

void HeadlessRun::start()
{
    QTimer::singleShot(0, this, [this] { prepare(0); });
}

void HeadlessRun::prepare(size_t index)
{
    if (index == m_signers.size()) {
        discover(0);
        return;
    }
    Signer &s = *m_signers[index];
    if (s.clientSecret.isEmpty()) {
        prepare(index + 1);
        return;
    }
    s.session->storeClientSecret(s.clientSecret, this, [this, index](const AuthError &) { prepare(index + 1); });
}

void HeadlessRun::addConnection(const Signer &signer, const QString &tenantId)
{
    auto c = std::make_unique<Connection>();
    c->accountName = signer.account.username.isEmpty() ? signer.account.clientId : signer.account.username;
    c->tenantId = tenantId;
    c->client = std::make_unique<ArmClient>(&m_network, signer.session->tokenSource(tenantId), m_cloud);
    m_connections.push_back(std::move(c));
}

// As the GUI does: an account not pinned to one tenant reads every tenant it can see (GET /tenants, then a token
// for each). A tenant it cannot get a token for, or tenants it cannot list, make the result incomplete — said in
// errors(), never left out silently.
void HeadlessRun::discover(size_t index)
{
    if (index == m_signers.size()) {
        list(0);
        return;
    }
    const Signer &signer = *m_signers[index];
    if (isSpecificTenant(signer.account.homeTenantId)) {
        addConnection(signer, signer.account.homeTenantId);
        discover(index + 1);
        return;
    }
    auto *discovery = new TenantDiscovery(signer.session.get(), &m_network, m_cloud, this);
    connect(
        discovery, &TenantDiscovery::finished, this,
        [this, index, discovery](const QList<TenantDiscovery::TenantAccess> &tenants) {
            discovery->deleteLater();
            const Signer &s = *m_signers[index];
            for (const TenantDiscovery::TenantAccess &t : tenants) {
                if (t.state == AccountSession::TenantState::SignedIn)
                    addConnection(s, t.tenant.tenantId);
                else
                    m_errors.append(QJsonObject{
                        {QStringLiteral("account"), s.account.clientId},
                        {QStringLiteral("tenantId"), t.tenant.tenantId},
                        {QStringLiteral("error"),
                         QString(QStringLiteral("the tenant's subscriptions were not read: ") + t.error.userText())}});
            }
            if (tenants.isEmpty()) // an account that sees no tenant lists what its home token shows
                addConnection(s, s.account.homeTenantId);
            discover(index + 1);
        });
    connect(discovery, &TenantDiscovery::failed, this, [this, index, discovery](const QString &error) {
        discovery->deleteLater();
        const Signer &s = *m_signers[index];
        // Its home tenant can still be read; any other tenant is unknown, so the result is incomplete.
        m_errors.append(QJsonObject{
            {QStringLiteral("account"), s.account.clientId},
            {QStringLiteral("error"),
             QString(QStringLiteral("the account's tenants could not be listed (only its home tenant was read): ") +
                     error)}});
        addConnection(s, s.account.homeTenantId);
        discover(index + 1);
    });
    discovery->start();
}

void HeadlessRun::list(size_t index)
{
    if (index == m_connections.size()) {
        if (m_connections.empty() || m_listFailures == int(m_connections.size())) {
            m_fatal = m_firstListError.isEmpty() ? QStringLiteral("no tenant could be signed in to") : m_firstListError;
            emit finished();
            return;
        }
        int total = 0;
        for (const auto &c : m_connections)
            total += int(c->subscriptions.size());
        m_graph = SubscriptionLoader::choosePath(m_setting, m_threshold, total) == InventoryPath::ResourceGraph;
        m_pathUsed = m_graph ? QStringLiteral("resourceGraph") : QStringLiteral("resourceManager");
        m_loading = int(m_connections.size());
        for (size_t i = 0; i < m_connections.size(); ++i)
            load(i);
        return;
    }
    Connection &c = *m_connections[index];
    ArmListJob *job = c.client->list(QStringLiteral("/subscriptions"), ApiVersions::subscriptions());
    connect(job, &ArmListJob::failed, this, [this, index](const ArmError &e) {
        if (m_listFailures++ == 0)
            m_firstListError = e.userText();
        // The tenant's subscriptions are unknown: the result cannot be complete.
        const Connection &conn = *m_connections[index];
        m_errors.append(QJsonObject{{QStringLiteral("account"), conn.accountName},
                                    {QStringLiteral("tenantId"), conn.tenantId},
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

// Every tenant loads at once (they share the connections to the host); finished() when the last is done.
void HeadlessRun::load(size_t index)
{
    Connection &c = *m_connections[index];
    if (c.subscriptions.isEmpty()) {
        QTimer::singleShot(0, this, &HeadlessRun::oneLoaded);
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
        oneLoaded();
    });
    c.load->load(c.subscriptions);
}

void HeadlessRun::oneLoaded()
{
    if (--m_loading == 0)
        emit finished();
}

void HeadlessRun::collect(const SubscriptionInventory &inventory)
{
    if (!inventory.warnings.isEmpty())
        addError(inventory.subscription.subscriptionId,
                 QStringLiteral("read only in part: ") + inventory.warnings.join(QStringLiteral("; ")));
    if (m_keepSnapshot)
        m_snapshot.add(inventory);
    emit subscriptionRead(inventory);
}

void HeadlessRun::addError(const QString &subscriptionId, const QString &error)
{
    m_errors.append(QJsonObject{{QStringLiteral("subscriptionId"), subscriptionId}, {QStringLiteral("error"), error}});
}

} // namespace acrnet
