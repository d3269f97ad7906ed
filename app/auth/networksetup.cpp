#include "networksetup.h"

#include <QFile>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace acrnet {

NetworkOptions NetworkOptions::fromSettings()
{
    QSettings s;
    NetworkOptions o;
    const QString proxy = s.value(QStringLiteral("network/proxy"), QStringLiteral("system")).toString();
    o.proxy = proxy == QLatin1String("manual") ? Proxy::Manual
              : proxy == QLatin1String("none") ? Proxy::None
                                               : Proxy::System;
    o.proxyHost = s.value(QStringLiteral("network/proxyHost")).toString();
    o.proxyPort = s.value(QStringLiteral("network/proxyPort")).toInt();
    o.caBundleFile = s.value(QStringLiteral("network/caBundle")).toString();
    return o;
}

void NetworkOptions::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("network/proxy"), proxy == Proxy::Manual ? QStringLiteral("manual")
                                                : proxy == Proxy::None ? QStringLiteral("none")
                                                                       : QStringLiteral("system"));
    s.setValue(QStringLiteral("network/proxyHost"), proxyHost);
    s.setValue(QStringLiteral("network/proxyPort"), proxyPort);
    s.setValue(QStringLiteral("network/caBundle"), caBundleFile);
}

bool NetworkSetup::apply(const NetworkOptions &options, QString *error)
{
    QList<QSslCertificate> extra;
    if (!options.caBundleFile.isEmpty()) {
        QFile f(options.caBundleFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA bundle %1: %2").arg(options.caBundleFile, f.errorString());
            return false;
        }
        extra = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (extra.isEmpty()) {
            *error = tr("The CA bundle %1 holds no PEM certificate.").arg(options.caBundleFile);
            return false;
        }
    }
    if (options.proxy == NetworkOptions::Proxy::Manual &&
        (options.proxyHost.isEmpty() || options.proxyPort <= 0 || options.proxyPort > 65535)) {
        *error = tr("A manual proxy needs a host and a port from 1 to 65535.");
        return false;
    }
    switch (options.proxy) {
    case NetworkOptions::Proxy::System:
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case NetworkOptions::Proxy::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        break;
    case NetworkOptions::Proxy::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, options.proxyHost, quint16(options.proxyPort)));
        break;
    }
    if (!extra.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(extra);
        QSslConfiguration::setDefaultConfiguration(config);
    }
    return true;
}

} // namespace acrnet
