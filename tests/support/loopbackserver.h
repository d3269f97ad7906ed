#pragma once

#include "app/sandbox/httplistener.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>

namespace acrnet::test {

struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

struct ScriptedResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;   // answer later (the connection stays busy meanwhile)
    bool drop = false; // close the connection half-way through the answer

    static ScriptedResponse json(int status, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
};

// A real HTTP server on 127.0.0.1 and a free port, answering each request from a handler the test sets.
// Records every request, and the largest number it was answering at once.
class LoopbackServer : public QObject
{
public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    explicit LoopbackServer(QObject *parent = nullptr);

    bool start();
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &pathAndQuery) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int maxConcurrent() const { return m_maxConcurrent; }

private:
    void handle(const sandbox::HttpRequest &request, QTcpSocket *socket);

    sandbox::HttpListener *m_listener;
    Handler m_handler;
    QUrl m_baseUrl;
    QList<RecordedRequest> m_requests;
    int m_active = 0;
    int m_maxConcurrent = 0;
};

} // namespace acrnet::test
