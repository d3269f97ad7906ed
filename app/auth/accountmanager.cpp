#include "accountmanager.h"
#include "accountstore.h"
#include "devicecodeflow.h"
#include "entraclient.h"
#include "secretstore.h"

namespace acrnet {

AccountManager::AccountManager(QNetworkAccessManager *network, SecretStore *secrets, AccountStore *store,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_store(store)
    , m_memory(std::make_unique<MemorySecretStore>())
{}

AccountManager::~AccountManager() = default;

Cloud AccountManager::cloudFor(const Account &account)
{
    if (account.cloudName == QLatin1String("sandbox"))
        return Cloud::sandbox(QUrl(account.endpoint));
    Cloud c = Cloud::byName(account.cloudName);
    if (!account.endpoint.isEmpty())
        c = Cloud::custom(QUrl(account.endpoint), c.kind());
    return c;
}

AccountSession *AccountManager::session(const QString &id) const
{
    return m_sessions.value(id);
}

EntraClient *AccountManager::entraFor(const Cloud &cloud)
{
    const QString key = cloud.name() + QLatin1Char('|') + cloud.authority().toString();
    if (!m_entra.contains(key))
        m_entra.insert(key, new EntraClient(m_network, cloud, this));
    return m_entra.value(key);
}

AccountSession *AccountManager::createSession(const Account &account, SecretStore *store)
{
    auto *session = new AccountSession(account, entraFor(cloudFor(account)), store, this);
    if (!m_azProgram.isEmpty())
        session->setAzureCliProgram(m_azProgram);
    if (AccountSession *old = m_sessions.value(account.id))
        old->deleteLater(); // it may be inside one of its own callbacks
    m_sessions.insert(account.id, session);
    return session;
}

void AccountManager::setStatus(const QString &id, State state, const QString &message)
{
    Status &s = m_status[id];
    s.state = state;
    s.message = message;
    emit statusChanged(id);
}

void AccountManager::restore()
{
    const QList<Account> stored = m_store->accounts();
    for (const Account &account : stored) {
        m_accounts.append(account);
        AccountSession *session = createSession(account, m_secrets);
        setStatus(account.id, State::Checking, QString());
        const QString id = account.id;
        // A silent check: a token from the keychain's refresh token or secret, no prompt.
        session->fetchToken(
            account.homeTenantId, this, [this, id, session](const QString &token, const QString &error) {
                if (!token.isEmpty()) {
                    setStatus(id, State::SignedIn, QString());
                    discoverTenants(id);
                } else if (session->lastError(session->account().homeTenantId).kind() == AuthError::Kind::NotSignedIn ||
                           session->lastError(session->account().homeTenantId).kind() == AuthError::Kind::InvalidGrant)
                    setStatus(id, State::NeedsSignIn, error);
                else
                    setStatus(id, State::Error, error);
            });
    }
    emit accountsChanged();
}

void AccountManager::verifyAndKeep(const Account &account, AccountSession *session, bool persist)
{
    const QString id = account.id;
    session->fetchToken(account.homeTenantId, this,
                        [this, account, id, persist](const QString &token, const QString &error) {
                            if (token.isEmpty()) {
                                // Nothing is kept for an account that cannot sign in.
                                AccountSession *s = m_sessions.take(id);
                                if (s)
                                    s->signOut(this, [s](const AuthError &) { s->deleteLater(); });
                                emit addFailed(error);
                                return;
                            }
                            Account kept = account;
                            if (m_accounts.isEmpty())
                                kept.isDefault = true;
                            m_accounts.append(kept);
                            m_status[id].sessionOnly = !persist;
                            if (persist)
                                m_store->save(kept);
                            setStatus(id, State::SignedIn, QString());
                            emit accountsChanged();
                            emit accountAdded(id);
                            discoverTenants(id);
                        });
}

void AccountManager::addServicePrincipal(const Cloud &cloud, const QString &tenant, const QString &clientId,
                                         const QString &secret)
{
    Account a;
    a.id = AccountStore::newId();
    a.method = Account::Method::ServicePrincipal;
    a.cloudName = cloud.kind() == Cloud::Kind::Sandbox ? QStringLiteral("sandbox") : cloud.name();
    a.endpoint = cloud.kind() == Cloud::Kind::Sandbox ? cloud.managementEndpoint().toString() : QString();
    a.homeTenantId = tenant;
    a.clientId = clientId;
    a.username = clientId;
    AccountSession *session = createSession(a, m_secrets);
    session->storeClientSecret(secret, this, [this, a, session, secret](const AuthError &e) {
        if (e.kind() == AuthError::Kind::KeychainUnavailable) {
            m_pendingTokens.insert(a.id, TokenResponse{QString(), secret, 0, a.homeTenantId, a.clientId});
            emit keychainUnavailable(a.id, e.userText());
            return;
        }
        verifyAndKeep(a, session, true);
    });
}

void AccountManager::addAzureCli(const Cloud &cloud, const QString &tenant)
{
    Account a;
    a.id = AccountStore::newId();
    a.method = Account::Method::AzureCli;
    a.cloudName = cloud.name();
    a.homeTenantId = tenant;
    a.username = QStringLiteral("Azure CLI");
    verifyAndKeep(a, createSession(a, m_secrets), true);
}

void AccountManager::addSandbox(const Cloud &cloud, const QString &tenant, const QString &clientId)
{
    Account a;
    a.id = AccountStore::newId();
    a.method = Account::Method::Sandbox;
    a.cloudName = QStringLiteral("sandbox");
    a.endpoint = cloud.managementEndpoint().toString();
    a.homeTenantId = tenant;
    a.clientId = clientId;
    a.username = clientId;
    verifyAndKeep(a, createSession(a, m_memory.get()), false);
}

DeviceCodeFlow *AccountManager::beginDeviceCode(const Cloud &cloud, const QString &tenant, const QString &clientId)
{
    auto *flow = new DeviceCodeFlow(entraFor(cloud), tenant.isEmpty() ? QStringLiteral("organizations") : tenant,
                                    clientId, this);
    connect(flow, &DeviceCodeFlow::finished, this, [this, flow, cloud, clientId](const TokenResponse &tokens) {
        flow->deleteLater();
        Account a;
        a.id = AccountStore::newId();
        a.method = Account::Method::DeviceCode;
        a.cloudName = cloud.kind() == Cloud::Kind::Sandbox ? QStringLiteral("sandbox") : cloud.name();
        a.endpoint = cloud.kind() == Cloud::Kind::Sandbox ? cloud.managementEndpoint().toString() : QString();
        a.homeTenantId = tokens.tenantId;
        a.clientId = clientId;
        a.username = tokens.account;
        AccountSession *session = createSession(a, m_secrets);
        session->adoptSignIn(tokens, this, [this, a, session, tokens](const AuthError &e) {
            if (e.kind() == AuthError::Kind::KeychainUnavailable) {
                m_pendingTokens.insert(a.id, tokens);
                m_accounts.append(a); // shown as pending until the user decides
                setStatus(a.id, State::NeedsSignIn, e.userText());
                emit keychainUnavailable(a.id, e.userText());
                return;
            }
            m_accounts.append(a);
            m_store->save(a);
            setStatus(a.id, State::SignedIn, QString());
            emit accountsChanged();
            emit accountAdded(a.id);
            discoverTenants(a.id);
            Q_UNUSED(session)
        });
    });
    connect(flow, &DeviceCodeFlow::failed, flow, &QObject::deleteLater);
    return flow;
}

void AccountManager::continueWithoutKeychain(const QString &id)
{
    const TokenResponse pending = m_pendingTokens.take(id);
    AccountSession *old = m_sessions.value(id);
    if (!old)
        return;
    const Account account = old->account();
    AccountSession *session = createSession(account, m_memory.get());
    if (account.method == Account::Method::ServicePrincipal) {
        session->storeClientSecret(pending.refreshToken, this, [this, account, session](const AuthError &) {
            verifyAndKeep(account, session, false);
        });
        return;
    }
    session->adoptSignIn(pending, this, [this, id](const AuthError &) {
        m_status[id].sessionOnly = true;
        setStatus(id, State::SignedIn, tr("This run only: the sign-in is not remembered."));
        emit accountsChanged();
        emit accountAdded(id);
    });
}

void AccountManager::forget(const QString &id)
{
    m_accounts.erase(
        std::remove_if(m_accounts.begin(), m_accounts.end(), [&id](const Account &a) { return a.id == id; }),
        m_accounts.end());
    m_status.remove(id);
    m_tenants.remove(id);
    m_store->remove(id);
    if (AccountSession *s = m_sessions.take(id))
        s->deleteLater();
    emit accountsChanged();
}

void AccountManager::signOut(const QString &id)
{
    AccountSession *session = m_sessions.value(id);
    if (!session) {
        forget(id);
        return;
    }
    session->signOut(this, [this, id](const AuthError &e) {
        if (e.isError())
            setStatus(id, State::Error, e.userText());
        forget(id);
    });
}

void AccountManager::discoverTenants(const QString &id)
{
    AccountSession *s = m_sessions.value(id);
    if (!s)
        return;
    // Owned by the session: it must not outlive the token source it uses.
    auto *discovery = new TenantDiscovery(s, m_network, cloudFor(s->account()), s);
    connect(discovery, &TenantDiscovery::finished, this,
            [this, id, discovery](const QList<TenantDiscovery::TenantAccess> &found) {
                discovery->deleteLater();
                m_tenants.insert(id, found);
                emit tenantsChanged(id);
            });
    connect(discovery, &TenantDiscovery::failed, discovery, &QObject::deleteLater);
    discovery->start();
}

DeviceCodeFlow *AccountManager::beginTenantSignIn(const QString &id, const QString &tenant)
{
    AccountSession *s = m_sessions.value(id);
    if (!s)
        return nullptr;
    auto *flow = new DeviceCodeFlow(entraFor(cloudFor(s->account())), tenant, s->account().clientId, this);
    connect(flow, &DeviceCodeFlow::finished, this, [this, id, flow](const TokenResponse &tokens) {
        flow->deleteLater();
        if (AccountSession *session = m_sessions.value(id))
            session->adoptSignIn(tokens, this, [this, id](const AuthError &) { discoverTenants(id); });
    });
    connect(flow, &DeviceCodeFlow::failed, flow, &QObject::deleteLater);
    return flow;
}

void AccountManager::setDefault(const QString &id)
{
    for (Account &a : m_accounts) {
        a.isDefault = a.id == id;
        if (a.isDefault && !m_status.value(id).sessionOnly)
            m_store->save(a);
    }
    emit accountsChanged();
}

} // namespace acrnet
