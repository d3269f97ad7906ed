#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace acrnet::sandbox {

// One request as it came off the wire.
struct HttpRequest
{
    QByteArray method;
    QUrl url; // scheme, the listener's address, and the request target (path and query) as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;
};

// A small HTTP/1.1 server on QTcpServer, plain or TLS (QSslSocket), for loopback use by the sandbox and the tests.
// It exists so the sandbox depends only on Qt Core and Qt Network API that every Qt 6 release has: Qt HttpServer
// changed its extension interface after 6.4 (handleRequest(…, QTcpSocket *) became a responder), and the sandbox must
// write raw answers — and cut connections half-way — on any of them. Persistent connections, Content-Length and
// chunked request bodies, Expect: 100-continue; the handler answers on the socket, now or later (latency injection),
// and requests on one connection are read one after the other.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &request, QTcpSocket *socket)>;

    explicit HttpListener(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // Listens on 127.0.0.1:port (0: a free one); returns the port, or 0.
    quint16 listenOnLoopback(quint16 port);

    // Writes a whole answer (status line, Content-Length, the headers given, the body).
    static void writeResponse(QTcpSocket *socket, int status, const QByteArray &reason,
                              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void readFrom(QTcpSocket *socket);
    // Takes one complete request off the front of the buffer; false when more bytes are needed.
    static bool readChunked(const QByteArray &buffer, qsizetype *consumed, QByteArray *out, int *errorStatus);
    bool takeRequest(QTcpSocket *socket, QByteArray &buffer, HttpRequest *request, int *errorStatus);

    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace acrnet::sandbox
