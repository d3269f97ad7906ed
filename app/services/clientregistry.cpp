#include "clientregistry.h"
#include "app/arm/armclient.h"
#include "app/auth/accountmanager.h"

#include <QSettings>

namespace acrnet {

struct ClientRegistry::Entry
{
    QString accountId;
    std::unique_ptr<ArmClient> client;
};

ClientRegistry::ClientRegistry(AccountManager *accounts, QNetworkAccessManager *network, QSettings *settings,
                               QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_network(network)
    , m_settings(settings)
{
    // An account that is signed out takes its token source with it: drop its clients before they are used.
    connect(m_accounts, &AccountManager::accountsChanged, this, &ClientRegistry::dropSignedOut);
}

ClientRegistry::~ClientRegistry() = default;

void ClientRegistry::dropSignedOut()
{
    // Taken out of the registry first, destroyed after: a job failing with SignedOut while its client dies may reach
    // this registry again, which must then find it consistent.
    QList<std::shared_ptr<Entry>> gone;
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (!m_accounts->session(it.value()->accountId)) {
            gone.append(it.value());
            it = m_clients.erase(it);
        } else {
            ++it;
        }
    }
    if (gone.isEmpty())
        return;
    emit clientsDropped();
    gone.clear();
}

ArmClient *ClientRegistry::clientFor(const QString &accountId, const QString &tenantId)
{
    const QString key = accountId + QLatin1Char('/') + tenantId.toLower();
    if (auto e = m_clients.value(key))
        return e->client.get();
    AccountSession *session = m_accounts->session(accountId);
    if (!session)
        return nullptr;
    auto e = std::make_shared<Entry>();
    e->accountId = accountId;
    e->client = std::make_unique<ArmClient>(m_network, session->tokenSource(tenantId),
                                            AccountManager::cloudFor(session->account()));
    if (m_settings)
        e->client->setRetryPolicy(RetryPolicy::fromSettings(*m_settings)); // the limits, from the settings file
    connect(e->client.get(), &ArmClient::requestsInFlightChanged, this, &ClientRegistry::activityChanged);
    connect(e->client.get(), &ArmClient::rateLimitObserved, this, &ClientRegistry::rateLimitObserved);
    m_clients.insert(key, e);
    return e->client.get();
}

SubscriptionAccess ClientRegistry::accessFor(const QString &accountId, const QString &tenantId,
                                             const QString &subscriptionId)
{
    return SubscriptionAccess(clientFor(accountId, tenantId), subscriptionId);
}

int ClientRegistry::requestsInFlight() const
{
    int n = 0;
    for (const auto &e : m_clients)
        n += e->client->requestsInFlight();
    return n;
}

} // namespace acrnet
