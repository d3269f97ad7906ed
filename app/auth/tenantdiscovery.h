#pragma once

#include "accountsession.h"
#include "app/azure/tenant.h"

#include <QObject>

class QNetworkAccessManager;

namespace acrnet {

// After one sign-in: lists the tenants the account can see (GET /tenants) and obtains a token for each from
// the stored refresh token — no prompts. A tenant that demands interaction is reported, not retried.
class TenantDiscovery : public QObject
{
    Q_OBJECT

public:
    struct TenantAccess
    {
        Tenant tenant;
        AccountSession::TenantState state = AccountSession::TenantState::Unknown;
        AuthError error;
    };

    TenantDiscovery(AccountSession *session, QNetworkAccessManager *network, const Cloud &cloud,
                    QObject *parent = nullptr);
    void start();

signals:
    void finished(const QList<acrnet::TenantDiscovery::TenantAccess> &tenants);
    void failed(const QString &error);

private:
    AccountSession *m_session;
    QNetworkAccessManager *m_network;
    Cloud m_cloud;
    QList<TenantAccess> m_results;
    int m_pending = 0;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::TenantDiscovery::TenantAccess)
