#pragma once

#include "subscriptionaccess.h"

#include <QHash>
#include <QObject>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace acrnet {

class AccountManager;
class ArmClient;

// One ARM client per signed-in account and tenant, made on first use with the retry limits from the settings file.
// When an account is signed out or removed its clients are taken out of the registry first and destroyed after —
// every job still running on them fails with SignedOut — and clientsDropped() says so.
class ClientRegistry : public QObject
{
    Q_OBJECT

public:
    ClientRegistry(AccountManager *accounts, QNetworkAccessManager *network, QSettings *settings,
                   QObject *parent = nullptr);
    ~ClientRegistry() override;

    // Null when the account is not signed in.
    ArmClient *clientFor(const QString &accountId, const QString &tenantId);
    SubscriptionAccess accessFor(const QString &accountId, const QString &tenantId, const QString &subscriptionId);
    int requestsInFlight() const;

signals:
    void clientsDropped();
    void activityChanged();
    // x-ms-ratelimit-remaining-* as a response carried it.
    void rateLimitObserved(const QString &header, int remaining);

private:
    struct Entry;
    void dropSignedOut();

    AccountManager *m_accounts;
    QNetworkAccessManager *m_network;
    QSettings *m_settings;
    QHash<QString, std::shared_ptr<Entry>> m_clients; // "accountId/tenantId"
};

} // namespace acrnet
