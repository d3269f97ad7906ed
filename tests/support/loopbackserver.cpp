#include "loopbackserver.h"

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
    : QObject(parent)
    , m_listener(new sandbox::HttpListener(this))
{
    m_listener->setHandler(
        [this](const sandbox::HttpRequest &request, QTcpSocket *socket) { handle(request, socket); });
}

bool LoopbackServer::start()
{
    const quint16 port = m_listener->listenOnLoopback(0);
    if (!port)
        return false;
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}

QUrl LoopbackServer::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

void LoopbackServer::handle(const sandbox::HttpRequest &request, QTcpSocket *socket)
{
    RecordedRequest rec;
    rec.method = request.method;
    rec.url = request.url;
    rec.headers = request.headers;
    rec.body = request.body;
    m_requests.append(rec);

    const ScriptedResponse scripted = m_handler ? m_handler(rec) : ScriptedResponse::json(404, "{}");
    ++m_active;
    m_maxConcurrent = qMax(m_maxConcurrent, m_active);

    if (scripted.drop) {
        --m_active;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"val");
        socket->flush();
        QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    auto answer = [this, guard, scripted] {
        --m_active;
        if (!guard)
            return;
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        headers += scripted.headers;
        sandbox::HttpListener::writeResponse(guard, scripted.status, "Scripted", headers, scripted.body);
    };
    if (scripted.delayMs > 0)
        QTimer::singleShot(scripted.delayMs, socket, answer);
    else
        answer();
}

} // namespace acrnet::test
