#include "cloud.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace acrnet {

Cloud Cloud::make(Kind kind, const QString &name, const QString &arm, const QString &login, const QString &suffix,
                  bool serviceEndpoints)
{
    Cloud c;
    c.m_kind = kind;
    c.m_name = name;
    c.m_managementEndpoint = QUrl(arm);
    c.m_authority = QUrl(login);
    c.m_armScope = arm + QStringLiteral("/.default");
    c.m_resourceGraphEndpoint = QUrl(arm);
    c.m_registryLoginSuffix = suffix;
    c.m_registryServiceEndpoints = serviceEndpoints;
    return c;
}

QList<Cloud> Cloud::builtIn()
{
    return {
        byName(QStringLiteral("AzureCloud")),
        byName(QStringLiteral("AzureUSGovernment")),
        byName(QStringLiteral("AzureChinaCloud")),
    };
}

Cloud Cloud::byName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("azurecloud"))
        return make(Kind::AzureCloud, QStringLiteral("AzureCloud"), QStringLiteral("https://management.azure.com"),
                    QStringLiteral("https://login.microsoftonline.com"), QStringLiteral("azurecr.io"), true);
    // Registry service endpoints are not available in the US Government and 21Vianet clouds (seed, preview limits).
    if (n == QLatin1String("azureusgovernment"))
        return make(Kind::AzureUSGovernment, QStringLiteral("AzureUSGovernment"),
                    QStringLiteral("https://management.usgovcloudapi.net"),
                    QStringLiteral("https://login.microsoftonline.us"), QStringLiteral("azurecr.us"), false);
    if (n == QLatin1String("azurechinacloud"))
        return make(Kind::AzureChinaCloud, QStringLiteral("AzureChinaCloud"),
                    QStringLiteral("https://management.chinacloudapi.cn"),
                    QStringLiteral("https://login.chinacloudapi.cn"), QStringLiteral("azurecr.cn"), false);
    return {};
}

Cloud Cloud::sandbox(const QUrl &baseUrl, const QByteArray &certificateSha256)
{
    const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    Cloud c = make(Kind::Sandbox, QStringLiteral("sandbox"), base, base, QStringLiteral("azurecr.sandbox"), true);
    // The emulator issues tokens for the public-cloud audience so Azure SDKs and the CLI work unchanged.
    c.m_armScope = QStringLiteral("https://management.azure.com/.default");
    c.m_pinnedCertificateSha256 = certificateSha256;
    return c;
}

Cloud Cloud::custom(const QUrl &managementEndpoint, Kind behaveAs)
{
    if (behaveAs == Kind::Sandbox)
        return sandbox(managementEndpoint);
    Cloud c;
    const auto all = builtIn();
    for (const Cloud &b : all) {
        if (b.kind() == behaveAs)
            c = b;
    }
    c.m_managementEndpoint = managementEndpoint.adjusted(QUrl::StripTrailingSlash);
    c.m_resourceGraphEndpoint = c.m_managementEndpoint;
    return c;
}

QString Cloud::displayName() const
{
    switch (m_kind) {
    case Kind::AzureCloud:
        return QCoreApplication::translate("Cloud", "Azure (public cloud)");
    case Kind::AzureUSGovernment:
        return QCoreApplication::translate("Cloud", "Azure US Government");
    case Kind::AzureChinaCloud:
        return QCoreApplication::translate("Cloud", "Azure operated by 21Vianet (China)");
    case Kind::Sandbox:
        return QCoreApplication::translate("Cloud", "Sandbox (simulated Azure)");
    }
    return m_name;
}

bool Cloud::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Cloud::isManagementUrl(const QUrl &url) const
{
    if (!url.isValid() || url.isRelative() || !isValid())
        return false;
    const bool tls = url.scheme() == QLatin1String("https");
    const bool plainLoopback = url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
    if (!tls && !plainLoopback)
        return false;
    const int defaultPort = tls ? 443 : 80;
    return url.scheme() == m_managementEndpoint.scheme() &&
           url.host().compare(m_managementEndpoint.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == m_managementEndpoint.port(defaultPort);
}

QUrl Cloud::managementUrl(const QString &path) const
{
    QUrl url = m_managementEndpoint;
    QString p = url.path();
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return url;
}

QUrl Cloud::registryProbeUrl(const QString &loginServer) const
{
    if (m_kind == Kind::Sandbox) {
        // The sandbox serves each registry's data plane under a path prefix of its own endpoint.
        const QString name = loginServer.section(QLatin1Char('.'), 0, 0);
        return managementUrl(QStringLiteral("/_registry/") + name + QStringLiteral("/v2/"));
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(loginServer);
    url.setPath(QStringLiteral("/v2/"));
    return url;
}

QUrl Cloud::portalUrl(const QString &resourceId, const QString &tenantId) const
{
    QString host;
    if (m_name == QLatin1String("AzureCloud"))
        host = QStringLiteral("portal.azure.com");
    else if (m_name == QLatin1String("AzureUSGovernment"))
        host = QStringLiteral("portal.azure.us");
    else if (m_name == QLatin1String("AzureChinaCloud"))
        host = QStringLiteral("portal.azure.cn");
    // A custom endpoint that only behaves like a public cloud has no portal of its own.
    if (host.isEmpty() || !resourceId.startsWith(QLatin1Char('/')) ||
        byName(m_name).managementEndpoint() != m_managementEndpoint)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/"));
    url.setFragment((tenantId.isEmpty() ? QString() : QLatin1Char('@') + tenantId) + QStringLiteral("/resource") +
                    resourceId);
    return url;
}

} // namespace acrnet
