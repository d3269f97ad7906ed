#pragma once

#include "app/azure/armerror.h"
#include "app/inventory/inventory.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace acrnet {

class AccountManager;
class ArmJob;
class ClientRegistry;

// Lists the subscriptions every signed-in account reaches, per signed-in tenant (the home tenant while none are
// known). A subscription reached through two accounts is listed through the first; one whose home tenant differs from
// the tenant that listed it is shown under its home tenant. One listing at a time: list() supersedes the one under
// way, whose late answers are ignored. listed() is emitted once per list(), after listingFailed() for each account
// and tenant that could not be listed; ListedSubscription::selected is left true (the selection is not its business).
class SubscriptionDirectory : public QObject
{
    Q_OBJECT

public:
    SubscriptionDirectory(AccountManager *accounts, ClientRegistry *clients, QObject *parent = nullptr);
    ~SubscriptionDirectory() override;

    void list();
    void cancel();

signals:
    void listingFailed(const QString &accountName, const QString &tenantId, const acrnet::ArmError &error);
    void listed(const QList<acrnet::ListedSubscription> &subscriptions);

private:
    void listTenant(const QString &accountId, const QString &accountName, const QString &tenantId,
                    const QString &tenantName);
    void add(const ListedSubscription &listed);
    void oneDone(quint64 generation);

    AccountManager *m_accounts;
    ClientRegistry *m_clients;
    QList<ListedSubscription> m_listing;
    QSet<QString> m_seen; // lower-case subscription IDs in m_listing
    QList<QPointer<ArmJob>> m_jobs;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace acrnet
