#include "sandboxhost.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace acrnet::sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    // The server is deleted by its own thread as the thread finishes (connected in start()): a queued delete posted
    // from here could be left unprocessed when the loop quits first.
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start(const QString &scenario, quint16 port, bool tls)
{
    m_server = new SandboxServer;
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QPointer<SandboxHost> self(this);
    SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        server,
        [server, self, scenario, port, tls, override = m_override] {
            QString error;
            bool ok = server->loadScenario(scenario, &error);
            if (ok)
                server->store().settings.merge(override);
            ok = ok && server->start(port, tls, &error);
            const QUrl url = server->baseUrl();
            const QString fingerprint = server->certificateFingerprint();
            QStringList clients;
            for (const QJsonValue &sp : std::as_const(server->store().servicePrincipals)) {
                if (sp.toObject().value(QLatin1String("secret")).toString() == QLatin1String("sandbox"))
                    clients << sp.toObject().value(QLatin1String("clientId")).toString();
            }
            // Back to the host's thread with the outcome.
            QMetaObject::invokeMethod(
                qApp,
                [self, ok, error, url, fingerprint, clients] {
                    if (!self)
                        return;
                    if (!ok) {
                        emit self->failed(error);
                        return;
                    }
                    self->m_baseUrl = url;
                    self->m_fingerprint = fingerprint;
                    self->m_clients = clients;
                    emit self->started(url);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace acrnet::sandbox
