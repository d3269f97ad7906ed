#pragma once

#include "account.h"
#include "app/arm/tokensource.h"
#include "autherror.h"
#include "entraclient.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace acrnet {

class AzureCliCredential;
class SecretStore;

// One account's tokens. Access tokens, per tenant, stay in memory; the refresh token or client secret is read
// from the SecretStore when needed. Tokens are renewed silently a few minutes before they expire and after a
// 401 (invalidate()); concurrent requests for the same tenant share one renewal.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class TenantState { Unknown, SignedIn, NeedsInteraction, Error };

    AccountSession(const Account &account, EntraClient *entra, SecretStore *secrets, QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    // A TokenSource for ARM requests to one tenant (owned by this session).
    TokenSource *tokenSource(const QString &tenantId);
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }
    void setAzureCliProgram(const QString &program);

    using Callback = TokenSource::Callback; // (token, translated error text)
    void fetchToken(const QString &tenantId, QObject *context, Callback done);
    void invalidate(const QString &token);

    // After an interactive sign-in: keep the tokens and store the refresh token in the keychain.
    void adoptSignIn(const TokenResponse &tokens, QObject *context, std::function<void(const AuthError &)> done);
    // For a service principal: store its secret in the keychain.
    void storeClientSecret(const QString &secret, QObject *context, std::function<void(const AuthError &)> done);
    // Removes every keychain entry of this account and forgets its tokens.
    void signOut(QObject *context, std::function<void(const AuthError &)> done);

    TenantState tenantState(const QString &tenantId) const
    {
        return m_states.value(tenantId.toLower(), TenantState::Unknown);
    }
    AuthError lastError(const QString &tenantId) const { return m_errors.value(tenantId.toLower()); }

signals:
    void tenantStateChanged(const QString &tenantId, acrnet::AccountSession::TenantState state,
                            const acrnet::AuthError &error);

private:
    struct Cached
    {
        QString token;
        qint64 expiresAtSecs = 0;
    };
    void acquire(const QString &tenant);
    void redeemRefreshToken(const QString &tenant, const QString &refreshToken);
    void finishAcquire(const QString &tenant, const TokenResponse &tokens, const AuthError &error);
    void setState(const QString &tenant, TenantState state, const AuthError &error);

    Account m_account;
    EntraClient *m_entra;
    SecretStore *m_secrets;
    std::unique_ptr<AzureCliCredential> m_cli;
    QHash<QString, Cached> m_cache;                                      // tenant (lower) -> access token
    QHash<QString, QList<QPair<QPointer<QObject>, Callback>>> m_waiting; // tenant -> callers during a renewal
    QHash<QString, TenantState> m_states;
    QHash<QString, AuthError> m_errors;
    QHash<QString, TokenSource *> m_sources;
    QString m_refreshToken; // the newest one, once read or received
    int m_marginSeconds = 300;
};

} // namespace acrnet
