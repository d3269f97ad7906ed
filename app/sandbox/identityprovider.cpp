#include "identityprovider.h"
#include "entradirectory.h"

#include <QDateTime>
#include <QJsonDocument>

namespace acrnet::sandbox {

using EntraDirectory::isAlias;

namespace {

QString escapeHtml(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

std::optional<Reply> IdentityProvider::handle(const Request &r)
{
    QStringList c;
    if (r.matches({"devicelogin"}) && (r.method == "GET" || r.method == "POST"))
        return deviceLoginPage(r);
    const bool isDeviceCode = r.matches({"*", "oauth2", "v2.0", "devicecode"}, &c);
    if (!isDeviceCode && !r.matches({"*", "oauth2", "v2.0", "token"}, &c))
        return std::nullopt;
    m_request = &r;
    const QString tenant = EntraDirectory::resolveTenant(m_context.store, r.segments.at(0));
    if (tenant.isEmpty())
        return EntraDirectory::unknownTenant(r, r.segments.at(0));
    if (r.method != "POST")
        return oauthError(400, QStringLiteral("invalid_request"), 900561,
                          QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                              .arg(QString::fromLatin1(r.method)));
    return isDeviceCode ? deviceCode(r, tenant) : token(r, tenant);
}

QString IdentityProvider::audienceOf(const QString &scope) const
{
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (s.endsWith(QLatin1String("/.default")))
            return s.chopped(8);
    }
    return {};
}

QStringList IdentityProvider::tenantsOf(const QString &upn) const
{
    for (const QJsonValue &u : std::as_const(m_context.store.users)) {
        if (u.toObject().value(QLatin1String("upn")).toString().compare(upn, Qt::CaseInsensitive) == 0) {
            QStringList out;
            for (const QJsonValue &t : u.toObject().value(QLatin1String("tenants")).toArray())
                out << t.toString();
            return out;
        }
    }
    return {};
}

bool IdentityProvider::tenantRequiresInteraction(const QString &tenantId) const
{
    for (const QJsonValue &t : std::as_const(m_context.store.tenants)) {
        if (t.toObject().value(QLatin1String("tenantId")).toString().compare(tenantId, Qt::CaseInsensitive) == 0)
            return t.toObject().value(QLatin1String("requiresInteraction")).toBool();
    }
    return false;
}

Reply IdentityProvider::oauthError(int status, const QString &error, int code, const QString &description) const
{
    return EntraDirectory::oauthError(*m_request, status, error, code, description);
}

Reply IdentityProvider::deviceCode(const Request &r, const QString &tenant)
{
    const QUrlQuery form = r.formBody();
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    if (audienceOf(scope).isEmpty())
        return oauthError(400, QStringLiteral("invalid_scope"), 70011,
                          QStringLiteral("The provided value for the input parameter 'scope' is not valid."));
    Store &store = m_context.store;
    DeviceCode dc;
    const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    for (int i = 0; i < 9; ++i)
        dc.userCode += alphabet.at(store.random().bounded(int(alphabet.size())));
    dc.tenant = tenant;
    dc.clientId = clientId;
    dc.scope = scope;
    dc.expiresAtMs = store.nowMs() + qint64(store.settings.deviceCodeExpiresInSeconds) * 1000;
    if (store.settings.autoApproveDeviceCodes && !store.users.isEmpty())
        dc.approvedBy = store.users.first().toObject().value(QLatin1String("upn")).toString();
    const QString deviceCode = m_context.tokens.newOpaqueSecret();
    m_deviceCodes.insert(deviceCode, dc);
    const QString uri = m_context.url(QStringLiteral("/devicelogin"));
    return Reply::json(
        200, QJsonObject{{QStringLiteral("user_code"), dc.userCode},
                         {QStringLiteral("device_code"), deviceCode},
                         {QStringLiteral("verification_uri"), uri},
                         {QStringLiteral("expires_in"), store.settings.deviceCodeExpiresInSeconds},
                         {QStringLiteral("interval"), store.settings.deviceCodeIntervalSeconds},
                         {QStringLiteral("message"),
                          QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code "
                                         "%2 to authenticate.")
                              .arg(uri, dc.userCode)}});
}

Reply IdentityProvider::token(const Request &r, const QString &tenant)
{
    const QUrlQuery form = r.formBody();
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant == QLatin1String("client_credentials"))
        return clientCredentials(form, tenant);
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code") || grant == QLatin1String("device_code"))
        return pollDeviceCode(form);
    if (grant == QLatin1String("refresh_token"))
        return refresh(form, tenant);
    return oauthError(400, QStringLiteral("unsupported_grant_type"), 70003,
                      QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
}

Reply IdentityProvider::clientCredentials(const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    // A multi-tenant application has a service principal in each tenant that consented to it (one entry per
    // tenant, same client ID); an alias (organizations, common) signs in to the first, its home.
    QJsonObject sp;
    for (const QJsonValue &v : std::as_const(m_context.store.servicePrincipals)) {
        const QJsonObject candidate = v.toObject();
        if (candidate.value(QLatin1String("clientId")).toString() != clientId)
            continue;
        if (isAlias(tenant)
                ? sp.isEmpty()
                : tenant.compare(candidate.value(QLatin1String("tenantId")).toString(), Qt::CaseInsensitive) == 0)
            sp = candidate;
    }
    const QString home = sp.value(QLatin1String("tenantId")).toString();
    if (sp.isEmpty())
        return oauthError(400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.")
                              .arg(clientId, tenant));
    if (secret != sp.value(QLatin1String("secret")).toString())
        return oauthError(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is "
                           "the client secret value, not the client secret ID, for a secret added to app '%1'.")
                .arg(clientId));
    const QString audience = audienceOf(scope);
    if (audience.isEmpty())
        return oauthError(400, QStringLiteral("invalid_scope"), 1002012,
                          QStringLiteral("The provided value for scope %1 is not valid. Client credential flows must "
                                         "have a scope value with /.default suffixed to the resource identifier.")
                              .arg(scope));
    const int lifetime = m_context.store.settings.tokenLifetimeSeconds;
    TokenIssuer::Claims claims{home, clientId, audience, QDateTime::currentSecsSinceEpoch() + lifetime};
    return Reply::json(
        200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("expires_in"), lifetime},
                         {QStringLiteral("ext_expires_in"), lifetime},
                         {QStringLiteral("access_token"), m_context.tokens.issue(claims, m_context.baseUrl)}});
}

Reply IdentityProvider::pollDeviceCode(const QUrlQuery &form)
{
    const QString code = form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
    auto it = m_deviceCodes.find(code);
    if (it == m_deviceCodes.end())
        return oauthError(400, QStringLiteral("bad_verification_code"), 70019,
                          QStringLiteral("Verification code not recognized."));
    DeviceCode &dc = it.value();
    const qint64 now = m_context.store.nowMs();
    if (now > dc.expiresAtMs)
        return oauthError(400, QStringLiteral("expired_token"), 70020,
                          QStringLiteral("The provided device code has expired."));
    if (dc.declined)
        return oauthError(400, QStringLiteral("authorization_declined"), 70000,
                          QStringLiteral("The user declined the sign-in request."));
    const qint64 minimumGap = qint64(m_context.store.settings.deviceCodeIntervalSeconds) * 1000 - 250;
    const bool tooFast = dc.lastPollMs >= 0 && now - dc.lastPollMs < minimumGap;
    dc.lastPollMs = now;
    if (dc.approvedBy.isEmpty()) {
        if (tooFast)
            return oauthError(400, QStringLiteral("slow_down"), 70016,
                              QStringLiteral("The client is polling too quickly; increase the interval by 5 seconds."));
        return oauthError(400, QStringLiteral("authorization_pending"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
    }
    const QString upn = dc.approvedBy;
    const QString tenant = isAlias(dc.tenant) ? tenantsOf(upn).value(0) : dc.tenant;
    const QString clientId = dc.clientId;
    const QString scope = dc.scope;
    m_deviceCodes.erase(it);
    if (!tenantsOf(upn).contains(tenant, Qt::CaseInsensitive))
        return oauthError(400, QStringLiteral("invalid_grant"), 50020,
                          QStringLiteral("User account '%1' does not exist in tenant '%2'.").arg(upn, tenant));
    return issueUserTokens(upn, tenant, clientId, scope);
}

Reply IdentityProvider::refresh(const QUrlQuery &form, const QString &tenant)
{
    const QString token = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    const auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.constEnd())
        return oauthError(
            400, QStringLiteral("invalid_grant"), 9002313,
            QStringLiteral("Invalid request. The refresh token is malformed, revoked or was not issued by "
                           "this sandbox."));
    const RefreshGrant grant = it.value();
    const QString target = isAlias(tenant) ? tenantsOf(grant.upn).value(0) : tenant;
    if (!tenantsOf(grant.upn).contains(target, Qt::CaseInsensitive))
        return oauthError(400, QStringLiteral("invalid_grant"), 50020,
                          QStringLiteral("User account '%1' does not exist in tenant '%2'.").arg(grant.upn, target));
    if (tenantRequiresInteraction(target))
        return oauthError(
            400, QStringLiteral("interaction_required"), 50076,
            QStringLiteral("Due to a configuration change made by your administrator, or because you moved "
                           "to a new location, you must use multi-factor authentication to access '%1'.")
                .arg(target));
    return issueUserTokens(grant.upn, target, grant.clientId,
                           form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded));
}

Reply IdentityProvider::issueUserTokens(const QString &upn, const QString &tenantId, const QString &clientId,
                                        const QString &scope)
{
    QString audience = audienceOf(scope);
    if (audience.isEmpty())
        audience = QStringLiteral("https://management.azure.com");
    const int lifetime = m_context.store.settings.tokenLifetimeSeconds;
    const qint64 expiresAt = QDateTime::currentSecsSinceEpoch() + lifetime;
    TokenIssuer::Claims claims{
        tenantId, upn, audience, expiresAt, clientId, true, QStringLiteral("user_impersonation")};
    const QString refreshToken = m_context.tokens.newOpaqueSecret();
    m_refreshTokens.insert(refreshToken, {upn, clientId});
    // client_info, as Entra sends it when asked (client_info=1): the account's object and tenant IDs.
    const QByteArray clientInfo = QJsonDocument(QJsonObject{{QStringLiteral("uid"), TokenIssuer::objectIdOf(upn)},
                                                            {QStringLiteral("utid"), tenantId}})
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return Reply::json(
        200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"), scope},
                         {QStringLiteral("expires_in"), lifetime},
                         {QStringLiteral("ext_expires_in"), lifetime},
                         {QStringLiteral("access_token"), m_context.tokens.issue(claims, m_context.baseUrl)},
                         {QStringLiteral("refresh_token"), refreshToken},
                         {QStringLiteral("id_token"),
                          m_context.tokens.issueIdToken(tenantId, upn, clientId, expiresAt, m_context.baseUrl)},
                         {QStringLiteral("client_info"), QString::fromLatin1(clientInfo)}});
}

Reply IdentityProvider::deviceLoginPage(const Request &r)
{
    QString notice;
    if (r.method == "POST") {
        const QUrlQuery form = r.formBody();
        const QString code = form.queryItemValue(QStringLiteral("user_code"), QUrl::FullyDecoded).trimmed().toUpper();
        const QString upn = form.queryItemValue(QStringLiteral("upn"), QUrl::FullyDecoded);
        const bool decline = form.queryItemValue(QStringLiteral("action")) == QLatin1String("decline");
        bool found = false;
        for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end(); ++it) {
            if (it->userCode != code)
                continue;
            found = true;
            if (decline)
                it->declined = true;
            else
                it->approvedBy = upn.isEmpty()
                                     ? m_context.store.users.first().toObject().value(QLatin1String("upn")).toString()
                                     : upn;
        }
        if (!found)
            return Reply::html(400, QStringLiteral("<!doctype html><title>Sandbox sign-in</title><p>Unknown or expired "
                                                   "code. <a href=\"/devicelogin\">Try again</a>.</p>"));
        notice = decline ? QStringLiteral("Sign-in declined. You can close this page.")
                         : QStringLiteral("Signed in as %1. You can close this page and return to the app.")
                               .arg(escapeHtml(upn));
        return Reply::html(
            200, QStringLiteral("<!doctype html><title>Sandbox sign-in</title><h1>Sandbox sign-in</h1><p>%1</p>")
                     .arg(notice));
    }
    QString options;
    for (const QJsonValue &u : std::as_const(m_context.store.users)) {
        const QString upn = escapeHtml(u.toObject().value(QLatin1String("upn")).toString());
        options += QStringLiteral("<option value=\"%1\">%1</option>").arg(upn);
    }
    return Reply::html(
        200,
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sandbox sign-in</title></head><body>"
                       "<h1>Sandbox sign-in (simulated Microsoft Entra ID)</h1>"
                       "<form method=\"post\" action=\"/devicelogin\"><p><label>Code <input name=\"user_code\" "
                       "autofocus></label></p>"
                       "<p><label>Account <select name=\"upn\">%1</select></label></p>"
                       "<p><button name=\"action\" value=\"approve\">Sign in</button> "
                       "<button name=\"action\" value=\"decline\">Decline</button></p></form></body></html>")
            .arg(options));
}

} // namespace acrnet::sandbox
