#include "subscriptiondirectory.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/auth/accountmanager.h"
#include "clientregistry.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDirectory, "acrnet.inventory.subscriptions")

namespace acrnet {

SubscriptionDirectory::SubscriptionDirectory(AccountManager *accounts, ClientRegistry *clients, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_clients(clients)
{}

SubscriptionDirectory::~SubscriptionDirectory()
{
    cancel();
}

void SubscriptionDirectory::cancel()
{
    ++m_generation; // first: whatever the cancelled jobs report now belongs to the old generation
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<ArmJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    m_pending = 0;
}

void SubscriptionDirectory::list()
{
    cancel();
    m_listing.clear();
    m_seen.clear();
    const quint64 generation = m_generation;
    m_pending = 1; // this function's own turn: listed() cannot be emitted before every job is under way
    for (const Account &account : m_accounts->accounts()) {
        if (m_accounts->status(account.id).state != AccountManager::State::SignedIn)
            continue;
        QList<QPair<QString, QString>> tenants; // id, name
        for (const auto &t : m_accounts->tenants(account.id)) {
            if (t.state == AccountSession::TenantState::SignedIn)
                tenants.append({t.tenant.tenantId, t.tenant.displayName});
        }
        if (tenants.isEmpty()) // tenants not discovered yet: the home tenant's token lists its subscriptions
            tenants.append({account.homeTenantId, QString()});
        const QString accountName = account.username.isEmpty() ? account.clientId : account.username;
        for (const auto &[tenantId, tenantName] : std::as_const(tenants))
            listTenant(account.id, accountName, tenantId, tenantName);
    }
    QTimer::singleShot(0, this, [this, generation] { oneDone(generation); });
}

void SubscriptionDirectory::listTenant(const QString &accountId, const QString &accountName, const QString &tenantId,
                                       const QString &tenantName)
{
    ArmClient *client = m_clients->clientFor(accountId, tenantId);
    if (!client)
        return;
    const quint64 generation = m_generation;
    ArmListJob *job = client->list(QStringLiteral("/subscriptions"), ApiVersions::subscriptions());
    m_jobs.append(job);
    ++m_pending;
    connect(job, &ArmListJob::finished, this,
            [this, generation, accountId, accountName, tenantId, tenantName](const QJsonArray &items) {
                if (generation != m_generation)
                    return;
                for (const QJsonValue &v : items) {
                    QString error;
                    const auto s = Subscription::fromJson(v.toObject(), &error);
                    if (!s) {
                        qCWarning(lcDirectory) << "skipped a subscription:" << error;
                        continue;
                    }
                    add(ListedSubscription{accountId, accountName, tenantId, tenantName, *s, true});
                }
                oneDone(generation);
            });
    connect(job, &ArmListJob::failed, this, [this, generation, accountName, tenantId](const ArmError &e) {
        if (generation != m_generation)
            return;
        emit listingFailed(accountName, tenantId, e);
        oneDone(generation);
    });
    job->start();
}

void SubscriptionDirectory::add(const ListedSubscription &listed)
{
    const Subscription &s = listed.subscription;
    if (m_seen.contains(s.subscriptionId.toLower())) // through a second account: the first one shows it
        return;
    m_seen.insert(s.subscriptionId.toLower());
    ListedSubscription l = listed;
    if (!s.tenantId.isEmpty() && s.tenantId.compare(l.tenantId, Qt::CaseInsensitive) != 0) {
        l.tenantId = s.tenantId;
        l.tenantName.clear();
        for (const auto &t : m_accounts->tenants(l.accountId)) {
            if (t.tenant.tenantId.compare(s.tenantId, Qt::CaseInsensitive) == 0)
                l.tenantName = t.tenant.displayName;
        }
    }
    m_listing.append(l);
}

void SubscriptionDirectory::oneDone(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    m_jobs.clear();
    emit listed(m_listing);
}

} // namespace acrnet
