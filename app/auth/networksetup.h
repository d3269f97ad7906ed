#pragma once

#include <QCoreApplication>
#include <QString>

namespace acrnet {

// How the app reaches Azure: the system proxy by default, or a manual one, and an optional extra CA bundle
// for TLS-inspecting corporate proxies. Kept in QSettings under network/… (no secrets: proxy passwords are
// not supported).
struct NetworkOptions
{
    enum class Proxy { System, None, Manual };
    Proxy proxy = Proxy::System;
    QString proxyHost;
    int proxyPort = 0;
    QString caBundleFile; // PEM file with one or more CA certificates

    static NetworkOptions fromSettings();
    void save() const;
};

class NetworkSetup
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSetup)

public:
    // Applies the options process-wide (application proxy, default TLS configuration). Returns false with a
    // specific *error when the CA bundle cannot be read or holds no certificate, or the proxy is incomplete;
    // nothing is changed then.
    static bool apply(const NetworkOptions &options, QString *error);
};

} // namespace acrnet
