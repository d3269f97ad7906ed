#include "accountsession.h"
#include "azureclicredential.h"
#include "secretstore.h"

#include <QDateTime>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAuth, "acrnet.auth")

namespace acrnet {

namespace {

// ARM's TokenSource for one tenant of a session.
class TenantTokenSource : public TokenSource
{
public:
    TenantTokenSource(AccountSession *session, const QString &tenant)
        : m_session(session)
        , m_tenant(tenant)
    {}
    void fetchToken(QObject *context, Callback done) override
    {
        m_session->fetchToken(m_tenant, context, std::move(done));
    }
    void invalidate(const QString &token) override { m_session->invalidate(token); }

private:
    AccountSession *m_session;
    QString m_tenant;
};

AuthError storeError(const SecretStore::Result &r)
{
    if (r.status == SecretStore::Status::Ok)
        return {};
    return AuthError(AuthError::Kind::KeychainUnavailable, QString(), r.error);
}

} // namespace

AccountSession::AccountSession(const Account &account, EntraClient *entra, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_entra(entra)
    , m_secrets(secrets)
{
    QString resource = entra->cloud().armScope();
    resource.chop(int(QStringLiteral(".default").size()));
    m_cli = std::make_unique<AzureCliCredential>(resource);
}

AccountSession::~AccountSession()
{
    qDeleteAll(m_sources);
}

void AccountSession::setAzureCliProgram(const QString &program)
{
    m_cli->setProgram(program);
}

TokenSource *AccountSession::tokenSource(const QString &tenantId)
{
    const QString key = tenantId.toLower();
    if (!m_sources.contains(key))
        m_sources.insert(key, new TenantTokenSource(this, tenantId));
    return m_sources.value(key);
}

void AccountSession::fetchToken(const QString &tenantId, QObject *context, Callback done)
{
    const QString tenant = tenantId.isEmpty() ? m_account.homeTenantId : tenantId;
    const QString key = tenant.toLower();
    const Cached cached = m_cache.value(key);
    if (!cached.token.isEmpty() && cached.expiresAtSecs - m_marginSeconds > QDateTime::currentSecsSinceEpoch()) {
        QTimer::singleShot(0, context, [done, token = cached.token] { done(token, {}); });
        return;
    }
    const bool renewing = m_waiting.contains(key);
    m_waiting[key].append({QPointer<QObject>(context), std::move(done)});
    if (!renewing)
        QTimer::singleShot(0, this, [this, tenant] { acquire(tenant); });
}

void AccountSession::invalidate(const QString &token)
{
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
        if (it->token == token)
            it->token.clear();
    }
}

void AccountSession::acquire(const QString &tenant)
{
    switch (m_account.method) {
    case Account::Method::AzureCli:
        m_cli->getToken(tenant, this,
                        [this, tenant](const TokenResponse &t, const AuthError &e) { finishAcquire(tenant, t, e); });
        return;
    case Account::Method::Sandbox:
    case Account::Method::ServicePrincipal: {
        auto withSecret = [this, tenant](const QString &secret) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
            form.addQueryItem(QStringLiteral("client_id"), m_account.clientId);
            form.addQueryItem(QStringLiteral("client_secret"), secret);
            form.addQueryItem(QStringLiteral("scope"), m_entra->cloud().armScope());
            m_entra->post(tenant, QStringLiteral("token"), form, this,
                          [this, tenant](const QJsonObject &body, const AuthError &e) {
                              finishAcquire(tenant, EntraClient::tokenFrom(body, tenant), e);
                          });
        };
        if (m_account.method == Account::Method::Sandbox) {
            withSecret(QStringLiteral("sandbox")); // the sandbox's documented, non-secret credentials
            return;
        }
        m_secrets->read(m_account.secretKey(), this, [this, tenant, withSecret](const SecretStore::Result &r) {
            if (r.status == SecretStore::Status::NotFound) {
                finishAcquire(tenant, {}, AuthError(AuthError::Kind::NotSignedIn, QString(), QString()));
                return;
            }
            if (r.status != SecretStore::Status::Ok) {
                finishAcquire(tenant, {}, storeError(r));
                return;
            }
            withSecret(r.value);
        });
        return;
    }
    case Account::Method::DeviceCode:
        if (!m_refreshToken.isEmpty()) {
            redeemRefreshToken(tenant, m_refreshToken);
            return;
        }
        m_secrets->read(m_account.refreshTokenKey(), this, [this, tenant](const SecretStore::Result &r) {
            if (r.status == SecretStore::Status::NotFound) {
                finishAcquire(tenant, {}, AuthError(AuthError::Kind::NotSignedIn, QString(), QString()));
                return;
            }
            if (r.status != SecretStore::Status::Ok) {
                finishAcquire(tenant, {}, storeError(r));
                return;
            }
            m_refreshToken = r.value;
            redeemRefreshToken(tenant, r.value);
        });
        return;
    }
}

void AccountSession::redeemRefreshToken(const QString &tenant, const QString &refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_account.clientId);
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"),
                      m_entra->cloud().armScope() + QStringLiteral(" offline_access openid profile"));
    m_entra->post(
        tenant, QStringLiteral("token"), form, this, [this, tenant](const QJsonObject &body, const AuthError &e) {
            const TokenResponse t = EntraClient::tokenFrom(body, tenant);
            if (!e.isError() && !t.refreshToken.isEmpty() && t.refreshToken != m_refreshToken) {
                // Refresh tokens rotate: keep the newest in the keychain.
                m_refreshToken = t.refreshToken;
                m_secrets->write(m_account.refreshTokenKey(), t.refreshToken, this, [](const SecretStore::Result &r) {
                    if (r.status != SecretStore::Status::Ok)
                        qCWarning(lcAuth) << "could not update the stored refresh token:" << r.error;
                });
            }
            finishAcquire(tenant, t, e);
        });
}

void AccountSession::finishAcquire(const QString &tenant, const TokenResponse &tokens, const AuthError &error)
{
    const QString key = tenant.toLower();
    if (!error.isError() && !tokens.accessToken.isEmpty()) {
        m_cache.insert(key, {tokens.accessToken, tokens.expiresAtSecs});
        setState(tenant, TenantState::SignedIn, {});
    } else {
        setState(tenant,
                 error.kind() == AuthError::Kind::InteractionRequired ? TenantState::NeedsInteraction
                                                                      : TenantState::Error,
                 error);
        qCInfo(lcAuth).noquote() << "no token for tenant" << tenant << ":" << error.code();
    }
    const auto waiting = m_waiting.take(key);
    const QString message = error.isError() ? error.userText() : QString();
    for (const auto &w : waiting) {
        if (w.first)
            w.second(error.isError() ? QString() : tokens.accessToken, message);
    }
}

void AccountSession::setState(const QString &tenant, TenantState state, const AuthError &error)
{
    const QString key = tenant.toLower();
    m_errors.insert(key, error);
    if (m_states.value(key, TenantState::Unknown) == state && !error.isError())
        return;
    m_states.insert(key, state);
    emit tenantStateChanged(tenant, state, error);
}

void AccountSession::adoptSignIn(const TokenResponse &tokens, QObject *context,
                                 std::function<void(const AuthError &)> done)
{
    const QString tenant = tokens.tenantId.isEmpty() ? m_account.homeTenantId : tokens.tenantId;
    m_cache.insert(tenant.toLower(), {tokens.accessToken, tokens.expiresAtSecs});
    m_refreshToken = tokens.refreshToken;
    setState(tenant, TenantState::SignedIn, {});
    m_secrets->write(m_account.refreshTokenKey(), tokens.refreshToken, context,
                     [done](const SecretStore::Result &r) { done(storeError(r)); });
}

void AccountSession::storeClientSecret(const QString &secret, QObject *context,
                                       std::function<void(const AuthError &)> done)
{
    m_secrets->write(m_account.secretKey(), secret, context,
                     [done](const SecretStore::Result &r) { done(storeError(r)); });
}

void AccountSession::signOut(QObject *context, std::function<void(const AuthError &)> done)
{
    m_cache.clear();
    m_refreshToken.clear();
    m_states.clear();
    m_errors.clear();
    m_secrets->remove(m_account.refreshTokenKey(), this, [this, context, done](const SecretStore::Result &first) {
        QPointer<QObject> guard(context);
        m_secrets->remove(m_account.secretKey(), this, [guard, done, first](const SecretStore::Result &second) {
            if (guard)
                done(storeError(first.status != SecretStore::Status::Ok ? first : second));
        });
    });
}

} // namespace acrnet
