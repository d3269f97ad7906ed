#pragma once

#include "context.h"

#include <QHash>

namespace acrnet::sandbox {

// Microsoft Entra ID v2 endpoints: device code (with a /devicelogin page to approve or decline), client
// credentials for configured service principals, and refresh tokens — per tenant, with OAuth error bodies.
class IdentityProvider : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

private:
    struct DeviceCode
    {
        QString userCode;
        QString tenant;
        QString clientId;
        QString scope;
        qint64 expiresAtMs = 0;
        qint64 lastPollMs = -1;
        QString approvedBy; // UPN once approved
        bool declined = false;
    };
    struct RefreshGrant
    {
        QString upn;
        QString clientId;
    };

    Reply deviceCode(const Request &r, const QString &tenant);
    Reply token(const Request &r, const QString &tenant);
    Reply clientCredentials(const QUrlQuery &form, const QString &tenant);
    Reply pollDeviceCode(const QUrlQuery &form);
    Reply refresh(const QUrlQuery &form, const QString &tenant);
    Reply deviceLoginPage(const Request &r);
    Reply issueUserTokens(const QString &upn, const QString &tenantId, const QString &clientId, const QString &scope);
    QString audienceOf(const QString &scope) const;
    QStringList tenantsOf(const QString &upn) const;
    bool tenantRequiresInteraction(const QString &tenantId) const;
    // OAuth's error shape for the request being handled.
    Reply oauthError(int status, const QString &error, int code, const QString &description) const;

    QHash<QString, DeviceCode> m_deviceCodes;
    QHash<QString, RefreshGrant> m_refreshTokens;
    const Request *m_request = nullptr; // the request being handled (handle() is not re-entered)
};

} // namespace acrnet::sandbox
