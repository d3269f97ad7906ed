#pragma once

#include "app/azure/cloud.h"
#include "app/azure/registry.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>

class QNetworkAccessManager;

namespace acrnet {

// What a registry's data plane answered this machine (seed step 7): GET https://{loginServer}/v2/ without
// credentials. 401 = reachable (the firewall let the request through; only sign-in is missing); 403 = blocked by
// the registry's network rules, and ACR names the address it saw; no answer = unreachable.
struct ProbeResult
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::ProbeResult)

public:
    enum class Outcome { Reachable, Blocked, Unreachable };
    Outcome outcome = Outcome::Unreachable;
    int status = 0;
    QString seenAddress; // from "client with IP 'x' is not allowed access"
    QString detail;
    QDateTime when;
    QString source; // the machine it was run from; empty: this machine

    QString text() const;
    static ProbeResult interpret(int status, const QByteArray &body, QNetworkReply::NetworkError error,
                                 const QString &errorString);
};

// Runs probes, several at once; never sends a token (the request is anonymous on purpose).
class AccessProbe : public QObject
{
    Q_OBJECT

public:
    AccessProbe(QNetworkAccessManager *network, const Cloud &cloud, QObject *parent = nullptr);
    void probe(const Registry &registry);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The newest address a registry reported for this machine, or empty.
    QString lastSeenAddress() const { return m_lastAddress; }

signals:
    void finished(const QString &registryId, const acrnet::ProbeResult &result);

private:
    QNetworkAccessManager *m_network;
    Cloud m_cloud;
    int m_timeoutMs = 10000;
    QString m_lastAddress;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::ProbeResult)
