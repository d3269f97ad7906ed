#pragma once

#include "account.h"
#include "accountsession.h"
#include "tenantdiscovery.h"

#include <QHash>
#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace acrnet {

class AccountStore;
class DeviceCodeFlow;
class EntraClient;
class MemorySecretStore;
class SecretStore;

// Every account of the app: restores them from settings and the keychain at start, adds them by each sign-in
// method (checking that a token can really be had before keeping anything), signs them out, and reports each
// account's state. When the keychain is unavailable it asks (keychainUnavailable) before keeping tokens for
// this run only — never a silent plaintext fallback.
class AccountManager : public QObject
{
    Q_OBJECT

public:
    enum class State { Checking, SignedIn, NeedsSignIn, Error };
    struct Status
    {
        State state = State::Checking;
        QString message;
        bool sessionOnly = false; // not remembered: no keychain, or the built-in sandbox
    };

    AccountManager(QNetworkAccessManager *network, SecretStore *secrets, AccountStore *store,
                   QObject *parent = nullptr);
    ~AccountManager() override;

    QList<Account> accounts() const { return m_accounts; }
    Status status(const QString &id) const { return m_status.value(id); }
    AccountSession *session(const QString &id) const;
    static Cloud cloudFor(const Account &account);

    void restore();
    void addServicePrincipal(const Cloud &cloud, const QString &tenant, const QString &clientId, const QString &secret);
    void addAzureCli(const Cloud &cloud, const QString &tenant);
    // The sandbox's own service principal; never stored (the sandbox is new at every start).
    void addSandbox(const Cloud &cloud, const QString &tenant = QStringLiteral("organizations"),
                    const QString &clientId = QStringLiteral("sandbox"));
    // Starts a device-code sign-in; the flow's signals drive the dialog, and success adds the account.
    DeviceCodeFlow *beginDeviceCode(const Cloud &cloud, const QString &tenant, const QString &clientId);
    // The user agreed to keep the tokens of this pending account for this run only.
    void continueWithoutKeychain(const QString &id);
    void signOut(const QString &id);
    void setDefault(const QString &id);
    // The tenants an account can see, each with its own state (filled after sign-in and at start).
    QList<TenantDiscovery::TenantAccess> tenants(const QString &id) const { return m_tenants.value(id); }
    void discoverTenants(const QString &id);
    // Interactive sign-in to one tenant that demands it (MFA, conditional access), for an existing account.
    DeviceCodeFlow *beginTenantSignIn(const QString &id, const QString &tenant);
    void setAzureCliProgram(const QString &program) { m_azProgram = program; }

signals:
    void accountsChanged();
    void statusChanged(const QString &id);
    void accountAdded(const QString &id);
    void addFailed(const QString &message);
    void keychainUnavailable(const QString &id, const QString &message);
    void tenantsChanged(const QString &id);

private:
    AccountSession *createSession(const Account &account, SecretStore *store);
    EntraClient *entraFor(const Cloud &cloud);
    void verifyAndKeep(const Account &account, AccountSession *session, bool persist);
    void setStatus(const QString &id, State state, const QString &message);
    void forget(const QString &id);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    AccountStore *m_store;
    std::unique_ptr<MemorySecretStore> m_memory;
    QList<Account> m_accounts;
    QHash<QString, AccountSession *> m_sessions;
    QHash<QString, Status> m_status;
    QHash<QString, EntraClient *> m_entra;
    QHash<QString, TokenResponse> m_pendingTokens;
    QHash<QString, QList<TenantDiscovery::TenantAccess>>
        m_tenants; // device-code tokens waiting for the keychain decision
    QString m_azProgram;
};

} // namespace acrnet
