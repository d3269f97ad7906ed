#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace acrnet {

// One Azure cloud (or the local sandbox): where to sign in, where ARM lives, and what it supports.
class Cloud
{
public:
    enum class Kind { AzureCloud, AzureUSGovernment, AzureChinaCloud, Sandbox };

    Cloud() = default;

    static QList<Cloud> builtIn();
    // Returns an invalid Cloud for an unknown name; names are matched case-insensitively.
    static Cloud byName(const QString &name);
    // The sandbox cloud served at baseUrl (e.g. http://127.0.0.1:5123).
    // certificateSha256: the sandbox's self-signed certificate (raw SHA-256 digest) when it serves HTTPS; that
    // certificate, and only for this cloud, is then trusted by pinning.
    static Cloud sandbox(const QUrl &baseUrl, const QByteArray &certificateSha256 = {});
    // A custom ARM endpoint that otherwise behaves like the given cloud.
    static Cloud custom(const QUrl &managementEndpoint, Kind behaveAs);

    bool isValid() const { return m_managementEndpoint.isValid(); }
    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }
    QString displayName() const;
    QUrl managementEndpoint() const { return m_managementEndpoint; }
    QUrl authority() const { return m_authority; }
    QString armScope() const { return m_armScope; }
    QUrl resourceGraphEndpoint() const { return m_resourceGraphEndpoint; }
    QString registryLoginSuffix() const { return m_registryLoginSuffix; }
    bool supportsRegistryServiceEndpoints() const { return m_registryServiceEndpoints; }
    QByteArray pinnedCertificateSha256() const { return m_pinnedCertificateSha256; }

    // True when url may receive this cloud's bearer token: same scheme, host and port as the
    // management endpoint, and TLS unless the host is a loopback address.
    bool isManagementUrl(const QUrl &url) const;
    // Absolute URL of an ARM path such as "/subscriptions".
    QUrl managementUrl(const QString &path) const;
    // The URL the access probe requests for a registry's login server (GET /v2/).
    QUrl registryProbeUrl(const QString &loginServer) const;

    // The resource's page in this cloud's Azure portal (with the tenant, so the right directory opens); empty for
    // the sandbox and custom endpoints, which have no portal.
    QUrl portalUrl(const QString &resourceId, const QString &tenantId) const;

    static bool isLoopbackHost(const QString &host);

private:
    static Cloud make(Kind kind, const QString &name, const QString &arm, const QString &login, const QString &suffix,
                      bool serviceEndpoints);

    Kind m_kind = Kind::AzureCloud;
    QString m_name;
    QUrl m_managementEndpoint;
    QUrl m_authority;
    QString m_armScope;
    QUrl m_resourceGraphEndpoint;
    QString m_registryLoginSuffix;
    bool m_registryServiceEndpoints = true;
    QByteArray m_pinnedCertificateSha256;
};

} // namespace acrnet
