#include "httplistener.h"

#include <QSslSocket>

namespace acrnet::sandbox {

namespace {
constexpr qsizetype kMaxHeaderBytes = 1 << 20; // 1 MiB of request line and headers
constexpr qsizetype kMaxBodyBytes = 512 << 20; // 512 MiB of body

QByteArray reasonFor(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    default:
        return "Error";
    }
}
} // namespace

HttpListener::HttpListener(QObject *parent)
    : QTcpServer(parent)
{}

void HttpListener::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

quint16 HttpListener::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port) ? serverPort() : 0;
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    m_buffers.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void HttpListener::readFrom(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    HttpRequest request;
    int errorStatus = 0;
    while (takeRequest(socket, m_buffers[socket], &request, &errorStatus)) {
        if (m_handler)
            m_handler(request, socket);
        if (!m_buffers.contains(socket))
            return;
    }
    if (errorStatus) {
        writeResponse(socket, errorStatus, reasonFor(errorStatus), {{"Connection", "close"}}, {});
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }
}

// A chunked body from `*consumed` on: false while more is needed, or with `errorStatus` set when it is malformed or
// too large.
bool HttpListener::readChunked(const QByteArray &buffer, qsizetype *consumed, QByteArray *out, int *errorStatus)
{
    QByteArray body;
    qsizetype pos = *consumed;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false; // wait for more
        bool ok = false;
        const qsizetype size = buffer.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body.size() + size > kMaxBodyBytes) {
            *errorStatus = ok ? 413 : 400;
            return false;
        }
        if (buffer.size() < lineEnd + 2 + size + 2)
            return false;
        if (size == 0) {
            const qsizetype trailerEnd = buffer.indexOf("\r\n", lineEnd + 2);
            if (trailerEnd < 0)
                return false;
            *consumed = trailerEnd + 2;
            *out = body;
            return true;
        }
        body += buffer.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
}

bool HttpListener::takeRequest(QTcpSocket *socket, QByteArray &buffer, HttpRequest *request, int *errorStatus)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            *errorStatus = 431;
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !start.at(2).startsWith("HTTP/1.")) {
        *errorStatus = 400;
        return false;
    }
    HttpRequest r;
    r.method = start.at(0);
    r.remote = socket->peerAddress();
    qsizetype contentLength = 0;
    bool chunked = false;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *errorStatus = 400;
            return false;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                *errorStatus = 400;
                return false;
            }
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            chunked = value.toLower().contains("chunked");
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (contentLength > kMaxBodyBytes) {
        *errorStatus = 413;
        return false;
    }
    qsizetype consumed = headerEnd + 4;
    if (chunked) {
        if (!readChunked(buffer, &consumed, &r.body, errorStatus))
            return false;
    } else {
        if (buffer.size() - consumed < contentLength) {
            if (expectContinue && buffer.size() == consumed && !socket->property("acrnetContinued").toBool()) {
                socket->setProperty("acrnetContinued", true);
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return false;
        }
        r.body = buffer.mid(consumed, contentLength);
        consumed += contentLength;
    }
    socket->setProperty("acrnetContinued", false);
    QUrl url(QString::fromLatin1((m_tls ? "https://" : "http://") + serverAddress().toString().toLatin1() + ':' +
                                 QByteArray::number(serverPort()) + start.at(1)));
    r.url = url;
    buffer.remove(0, consumed);
    *request = r;
    return true;
}

void HttpListener::writeResponse(QTcpSocket *socket, int status, const QByteArray &reason,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
}

} // namespace acrnet::sandbox
