#include "loopbackserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace acrnet::test {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ScriptedResponse r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    return r;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

bool LoopbackServer::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (!port)
        return false;
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}

QUrl LoopbackServer::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

static QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

bool LoopbackServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RecordedRequest rec;
    rec.method = methodName(request.method());
    rec.url = request.url();
    rec.headers = request.headers();
    rec.body = request.body();
    m_requests.append(rec);

    const ScriptedResponse scripted = m_handler ? m_handler(rec) : ScriptedResponse::json(404, "{}");
    ++m_active;
    m_maxConcurrent = qMax(m_maxConcurrent, m_active);

    if (scripted.drop) {
        --m_active;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"val");
        socket->flush();
        QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto answer = [this, responder, scripted] {
        --m_active;
        QHttpServerResponse response(QByteArrayLiteral("application/json"), scripted.body,
                                     QHttpServerResponder::StatusCode(scripted.status));
        for (const auto &h : scripted.headers)
            response.addHeader(h.first, h.second);
        response.write(std::move(*responder));
    };
    if (scripted.delayMs > 0)
        QTimer::singleShot(scripted.delayMs, socket, answer);
    else
        answer();
    return true;
}

void LoopbackServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace acrnet::test
