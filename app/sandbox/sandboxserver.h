#pragma once

#include "context.h"
#include "httplistener.h"
#include <QFile>
#include <QLoggingCategory>
#include <QUrl>
#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace acrnet::sandbox {

class Emulator;

// The sandbox cloud: a local ARM + Entra ID emulator on 127.0.0.1 only, over HTTP or HTTPS.
// Requests are handled one at a time on this object's thread, so every state change is atomic.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool loadScenario(const QString &nameOrFile, QString *error);
    bool loadState(const QString &file, QString *error);
    bool saveState(const QString &file, QString *error) const;

    // Listens on 127.0.0.1:port (0: a free port). With tls, serves HTTPS with a self-signed certificate
    // generated now. Returns false with *error set when it cannot.
    bool start(quint16 port, bool tls, QString *error);
    // Appends one JSON line per request: service (arm, identity, metadata, dataplane, admin), method, path with
    // query, status, handling time and injected delay, and the body of Resource Graph queries (benchmarks replay the
    // ARM lines). Never a header or a form body: no token or secret reaches the file.
    bool setRequestLog(const QString &path, QString *error);
    QUrl baseUrl() const { return QUrl(m_context.baseUrl); }
    // SHA-256 fingerprint of the certificate (hex, colon-separated) when serving TLS.
    QString certificateFingerprint() const { return m_fingerprint; }
    QByteArray certificateDer() const { return m_certificateDer; }
    // The certificate as PEM (for REQUESTS_CA_BUNDLE, SSL_CERT_FILE, --cert-out); empty without TLS.
    QByteArray certificatePem() const { return m_certificatePem; }

    Context &context() { return m_context; }
    Store &store() { return m_context.store; }

private:
    void handle(const HttpRequest &request, QTcpSocket *socket);
    Reply dispatch(const Request &r);
    std::optional<Reply> admin(const Request &r);
    std::optional<Reply> injectFault(const Request &r, bool *drop);
    void decorate(const Request &r, Reply &reply);
    struct Served
    {
        int status = 0;
        qint64 receivedAt = 0; // ms since the epoch
        double durationMs = 0;
        int delayMs = 0;
        qsizetype bytes = 0;
    };
    void logRequest(const Request &r, const QUrl &url, const Served &served);
    static void write(QTcpSocket *socket, const Reply &reply);
    static void writeDropped(QTcpSocket *socket);

    HttpListener *m_listener;
    Context m_context;
    std::vector<std::unique_ptr<Emulator>> m_emulators;
    std::unique_ptr<Emulator> m_identity;
    QString m_scenario;
    QString m_fingerprint;
    std::unique_ptr<QFile> m_requestLog;
    QByteArray m_certificateDer;
    QByteArray m_certificatePem;
    QHash<QString, int> m_remainingReads;
    QHash<QString, int> m_remainingWrites;
};

} // namespace acrnet::sandbox
