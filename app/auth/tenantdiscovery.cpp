#include "tenantdiscovery.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"

namespace acrnet {

TenantDiscovery::TenantDiscovery(AccountSession *session, QNetworkAccessManager *network, const Cloud &cloud,
                                 QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_network(network)
    , m_cloud(cloud)
{}

void TenantDiscovery::start()
{
    const Account &account = m_session->account();
    auto *client = new ArmClient(m_network, m_session->tokenSource(account.homeTenantId), m_cloud, this);
    ArmListJob *job = client->list(QStringLiteral("/tenants"), ApiVersions::tenants());
    connect(job, &ArmListJob::failed, this, [this](const ArmError &e) { emit failed(e.userText()); });
    connect(job, &ArmListJob::finished, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            QString error;
            if (auto t = Tenant::fromJson(v.toObject(), &error))
                m_results.append({*t, AccountSession::TenantState::Unknown, {}});
        }
        if (m_results.isEmpty()) {
            emit finished(m_results);
            return;
        }
        m_pending = int(m_results.size());
        for (int i = 0; i < m_results.size(); ++i) {
            const QString id = m_results.at(i).tenant.tenantId;
            m_session->fetchToken(id, this, [this, i, id](const QString &, const QString &) {
                m_results[i].state = m_session->tenantState(id);
                m_results[i].error = m_session->lastError(id);
                if (--m_pending == 0)
                    emit finished(m_results);
            });
        }
    });
    job->start();
}

} // namespace acrnet
