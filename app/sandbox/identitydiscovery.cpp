#include "identitydiscovery.h"
#include "entradirectory.h"

#include <QJsonArray>
#include <QUrl>

namespace acrnet::sandbox {

QStringList IdentityDiscovery::audiences() const
{
    return {QStringLiteral("https://management.core.windows.net/"), QStringLiteral("https://management.azure.com/"),
            m_context.baseUrl + QLatin1Char('/')};
}

std::optional<Reply> IdentityDiscovery::handle(const Request &r)
{
    if (r.method != "GET")
        return std::nullopt;
    QStringList c;
    // "/endpoints" too: a client that joins a base URL ending in "/" with "/metadata/endpoints" (the Azure CLI does)
    // sends the request target "//metadata/endpoints", which HTTP servers read as host "metadata", path "/endpoints".
    if (r.matches({"metadata", "endpoints"}) || r.matches({"endpoints"}))
        return cloudMetadata(r);
    if (r.matches({"common", "discovery", "instance"}) || r.matches({"*", "discovery", "instance"}))
        return instanceDiscovery(r);
    const bool config = r.matches({"*", "v2.0", ".well-known", "openid-configuration"}, &c) ||
                        r.matches({"*", ".well-known", "openid-configuration"}, &c);
    const bool keys =
        !config && (r.matches({"*", "discovery", "v2.0", "keys"}, &c) || r.matches({"*", "discovery", "keys"}, &c));
    if (!config && !keys)
        return std::nullopt;
    const QString tenant = EntraDirectory::resolveTenant(m_context.store, r.segments.at(0));
    if (tenant.isEmpty())
        return EntraDirectory::unknownTenant(r, r.segments.at(0));
    if (keys)
        return Reply::json(200, m_context.tokens.jwks(m_context.baseUrl + QStringLiteral("/{tenantid}/v2.0")));
    return openIdConfiguration(r, tenant);
}

Reply IdentityDiscovery::openIdConfiguration(const Request &r, const QString &tenant)
{
    // Endpoints keep the tenant as the client named it (as Entra does); the issuer names the tenant ID, or the
    // {tenantid} placeholder for the multi-tenant aliases.
    const QString base = m_context.baseUrl + QLatin1Char('/') + r.segments.at(0);
    const QString issuerTenant = EntraDirectory::isAlias(tenant) ? QStringLiteral("{tenantid}") : tenant;
    const QString host = QUrl(m_context.baseUrl).authority();
    return Reply::json(
        200,
        QJsonObject{
            {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/token"))},
            {QStringLiteral("token_endpoint_auth_methods_supported"),
             QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                        QStringLiteral("client_secret_basic")}},
            {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/discovery/v2.0/keys"))},
            {QStringLiteral("response_modes_supported"),
             QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")}},
            {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
            {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
            {QStringLiteral("response_types_supported"),
             QJsonArray{QStringLiteral("code"), QStringLiteral("id_token"), QStringLiteral("code id_token"),
                        QStringLiteral("id_token token")}},
            {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"),
                                                            QStringLiteral("email"), QStringLiteral("offline_access")}},
            {QStringLiteral("issuer"),
             QString(m_context.baseUrl + QLatin1Char('/') + issuerTenant + QStringLiteral("/v2.0"))},
            {QStringLiteral("request_uri_parameter_supported"), false},
            {QStringLiteral("userinfo_endpoint"), QString(m_context.baseUrl + QStringLiteral("/oidc/userinfo"))},
            {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/authorize"))},
            {QStringLiteral("device_authorization_endpoint"),
             QString(base + QStringLiteral("/oauth2/v2.0/devicecode"))},
            {QStringLiteral("http_logout_supported"), true},
            {QStringLiteral("frontchannel_logout_supported"), true},
            {QStringLiteral("end_session_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/logout"))},
            {QStringLiteral("claims_supported"),
             QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("exp"),
                        QStringLiteral("iat"), QStringLiteral("auth_time"), QStringLiteral("acr"),
                        QStringLiteral("nonce"), QStringLiteral("preferred_username"), QStringLiteral("name"),
                        QStringLiteral("tid"), QStringLiteral("ver"), QStringLiteral("at_hash"),
                        QStringLiteral("c_hash"), QStringLiteral("email")}},
            {QStringLiteral("tenant_region_scope"), QStringLiteral("EU")},
            {QStringLiteral("cloud_instance_name"), host},
            {QStringLiteral("cloud_graph_host_name"), host},
            {QStringLiteral("msgraph_host"), host},
            {QStringLiteral("rbac_url"), m_context.baseUrl}});
}

Reply IdentityDiscovery::instanceDiscovery(const Request &r)
{
    // Every authority on this host is valid; clients get the tenant's discovery document from the same host.
    const QUrl authorize(r.query.queryItemValue(QStringLiteral("authorization_endpoint"), QUrl::FullyDecoded));
    QString tenant = authorize.path().section(QLatin1Char('/'), 1, 1);
    if (tenant.isEmpty())
        tenant = QStringLiteral("common");
    const QString host = QUrl(m_context.baseUrl).authority();
    return Reply::json(200, QJsonObject{{QStringLiteral("tenant_discovery_endpoint"),
                                         QString(m_context.baseUrl + QLatin1Char('/') + tenant +
                                                 QStringLiteral("/v2.0/.well-known/openid-configuration"))},
                                        {QStringLiteral("api-version"), QStringLiteral("1.1")},
                                        {QStringLiteral("metadata"),
                                         QJsonArray{QJsonObject{{QStringLiteral("preferred_network"), host},
                                                                {QStringLiteral("preferred_cache"), host},
                                                                {QStringLiteral("aliases"), QJsonArray{host}}}}}});
}

Reply IdentityDiscovery::cloudMetadata(const Request &r)
{
    const QString base = m_context.baseUrl + QLatin1Char('/');
    // The sign-in endpoint is advertised as {base}/adfs, as Azure Stack Hub does: for such an authority MSAL (and so
    // the Azure CLI) skips Entra's instance discovery at login.microsoftonline.com, which knows nothing of this
    // sandbox; /adfs behaves like /organizations here.
    const QJsonObject authentication{{QStringLiteral("loginEndpoint"), QString(base + QStringLiteral("adfs"))},
                                     {QStringLiteral("audiences"), QJsonArray::fromStringList(audiences())},
                                     {QStringLiteral("tenant"), QStringLiteral("common")},
                                     {QStringLiteral("identityProvider"), QStringLiteral("AAD")}};
    const QJsonObject suffixes{{QStringLiteral("acrLoginServer"), QStringLiteral("azurecr.sandbox")},
                               {QStringLiteral("keyVaultDns"), QStringLiteral("vault.sandbox")},
                               {QStringLiteral("storage"), QStringLiteral("core.sandbox")},
                               {QStringLiteral("sqlServerHostname"), QStringLiteral("database.sandbox")}};
    // 2022-09-01 and later answer a list of clouds with these names; earlier versions one object.
    if (r.apiVersion() >= QLatin1String("2022-09-01"))
        return Reply::json(200, QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("AzureSandbox")},
                                                       {QStringLiteral("portal"), base},
                                                       {QStringLiteral("authentication"), authentication},
                                                       {QStringLiteral("media"), base},
                                                       {QStringLiteral("graphAudience"), base},
                                                       {QStringLiteral("graph"), base},
                                                       {QStringLiteral("resourceManager"), base},
                                                       {QStringLiteral("microsoftGraphResourceId"), base},
                                                       {QStringLiteral("activeDirectoryDataLake"), base},
                                                       {QStringLiteral("sqlManagement"), base},
                                                       {QStringLiteral("gallery"), base},
                                                       {QStringLiteral("batch"), base},
                                                       {QStringLiteral("logAnalyticsResourceId"), base},
                                                       {QStringLiteral("appInsightsResourceId"), base},
                                                       {QStringLiteral("suffixes"), suffixes}}});
    return Reply::json(200, QJsonObject{{QStringLiteral("galleryEndpoint"), base},
                                        {QStringLiteral("graphEndpoint"), base},
                                        {QStringLiteral("portalEndpoint"), base},
                                        {QStringLiteral("graphAudience"), base},
                                        {QStringLiteral("microsoftGraphResourceId"), base},
                                        {QStringLiteral("authentication"), authentication},
                                        {QStringLiteral("media"), base},
                                        {QStringLiteral("batch"), base},
                                        {QStringLiteral("sqlManagement"), base},
                                        {QStringLiteral("vmImageAliasDoc"), base},
                                        {QStringLiteral("activeDirectoryDataLake"), base},
                                        {QStringLiteral("suffixes"), suffixes}});
}

} // namespace acrnet::sandbox
