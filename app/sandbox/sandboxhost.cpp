#include "sandboxhost.h"
#include "sandboxserver.h"

namespace acrnet::sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start(const QString &scenario, quint16 port, bool tls)
{
    m_server = new SandboxServer;
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QPointer<SandboxHost> self(this);
    SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        server,
        [server, self, scenario, port, tls] {
            QString error;
            const bool ok = server->loadScenario(scenario, &error) && server->start(port, tls, &error);
            const QUrl url = server->baseUrl();
            const QString fingerprint = server->certificateFingerprint();
            // Back to the host's thread with the outcome.
            QMetaObject::invokeMethod(
                qApp,
                [self, ok, error, url, fingerprint] {
                    if (!self)
                        return;
                    if (!ok) {
                        emit self->failed(error);
                        return;
                    }
                    self->m_baseUrl = url;
                    self->m_fingerprint = fingerprint;
                    emit self->started(url);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace acrnet::sandbox
