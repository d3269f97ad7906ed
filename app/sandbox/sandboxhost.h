#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

namespace acrnet::sandbox {

class SandboxServer;

// Runs a SandboxServer on a worker thread of its own, for `acr-netadmin --sandbox`: the UI thread never
// handles sandbox traffic. Emits started() or failed() once.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Settings merged over the scenario's own once it is loaded (e.g. shorter delays for a capture).
    void setSettingsOverride(const QJsonObject &settings) { m_override = settings; }
    void start(const QString &scenario, quint16 port = 0, bool tls = false);
    QUrl baseUrl() const { return m_baseUrl; }
    QString certificateFingerprint() const { return m_fingerprint; }
    // Client IDs of the scenario's service principals whose secret is "sandbox" (known once started).
    QStringList automationClients() const { return m_clients; }

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_fingerprint;
    QStringList m_clients;
    QJsonObject m_override;
};

} // namespace acrnet::sandbox
