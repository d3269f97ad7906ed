#include "sandboxserver.h"
#include "computeprovider.h"
#include "entradirectory.h"
#include "genericresources.h"
#include "identitydiscovery.h"
#include "identityprovider.h"
#include "networkprovider.h"
#include "registryprovider.h"
#include "resourcegraph.h"
#include "resourcemanager.h"
#include "scenario.h"
#include "tlsmaterial.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandbox, "acrnet.sandbox")

namespace acrnet::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool isArmPath(const Request &r)
{
    const QString first = r.lowerSegments.value(0);
    return first == QLatin1String("subscriptions") || first == QLatin1String("tenants") ||
           first == QLatin1String("providers");
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_listener(new HttpListener(this))
{
    m_listener->setHandler([this](const HttpRequest &request, QTcpSocket *socket) { handle(request, socket); });
    m_identity = std::make_unique<IdentityProvider>(m_context);
    m_emulators.push_back(std::make_unique<IdentityDiscovery>(m_context));
    m_emulators.push_back(std::make_unique<ResourceManager>(m_context));
    m_emulators.push_back(std::make_unique<GenericResources>(m_context));
    m_emulators.push_back(std::make_unique<NetworkProvider>(m_context));
    m_emulators.push_back(std::make_unique<ComputeProvider>(m_context));
    m_emulators.push_back(std::make_unique<RegistryProvider>(m_context));
    m_emulators.push_back(std::make_unique<ResourceGraph>(m_context));
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::loadScenario(const QString &nameOrFile, QString *error)
{
    m_context.store = Store();
    m_scenario = nameOrFile;
    return Scenario::load(nameOrFile, m_context.store, error);
}

bool SandboxServer::loadState(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    m_context.store = Store();
    return m_context.store.loadJson(doc.object(), error);
}

bool SandboxServer::saveState(const QString &file, QString *error) const
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(m_context.store.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool SandboxServer::setRequestLog(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = file->errorString();
        return false;
    }
    m_requestLog = std::move(file);
    return true;
}

bool SandboxServer::start(quint16 port, bool tls, QString *error)
{
    if (tls) {
        TlsMaterial material;
        if (!material.generate(error))
            return false;
        m_listener->setTls(material.certificate(), material.privateKey());
        m_fingerprint = material.fingerprint();
        m_certificateDer = material.certificate().toDer();
        m_certificatePem = material.certificate().toPem();
    }
    const quint16 bound = m_listener->listenOnLoopback(port);
    if (!bound) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    m_context.baseUrl =
        QStringLiteral("%1://127.0.0.1:%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http")).arg(bound);
    return true;
}

void SandboxServer::handle(const HttpRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = request.method;
    r.path = request.url.path();
    r.segments = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &s : std::as_const(r.segments))
        r.lowerSegments.append(s.toLower());
    r.query = QUrlQuery(request.url);
    r.headers = request.headers;
    r.body = request.body;
    r.remote = request.remote;

    const qint64 receivedAt = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer handling;
    handling.start();
    m_context.store.advance();
    bool drop = false;
    std::optional<Reply> fault = injectFault(r, &drop);
    Reply reply = fault ? *fault : dispatch(r);
    decorate(r, reply);
    qCDebug(lcSandbox).noquote() << r.method << r.path << "->" << (drop ? 0 : reply.status);

    const Faults &f = m_context.store.faults;
    int delay = isArmPath(r) ? f.latencyMs : 0;
    if (delay > 0 && f.jitterMs > 0)
        delay += m_context.store.random().bounded(f.jitterMs + 1);
    if (m_requestLog)
        logRequest(r, request.url,
                   {drop ? 0 : reply.status, receivedAt, handling.nsecsElapsed() / 1e6, delay, reply.body.size()});
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, reply, drop] {
        if (!guard)
            return;
        if (drop)
            writeDropped(guard);
        else
            write(guard, reply);
    };
    if (delay > 0)
        QTimer::singleShot(delay, socket, send);
    else
        send();
}

void SandboxServer::logRequest(const Request &r, const QUrl &url, const Served &served)
{
    // Method, path and query, status and time — never a header or a form body, so no token or secret is written.
    const QString first = r.lowerSegments.value(0);
    const QString service = isArmPath(r)                          ? QStringLiteral("arm")
                            : first == QLatin1String("_registry") ? QStringLiteral("dataplane")
                            : first == QLatin1String("_sandbox")  ? QStringLiteral("admin")
                            : first == QLatin1String("metadata")  ? QStringLiteral("metadata")
                                                                  : QStringLiteral("identity");
    QJsonObject line{{QStringLiteral("service"), service},
                     {QStringLiteral("method"), QString::fromLatin1(r.method)},
                     {QStringLiteral("url"), url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)},
                     {QStringLiteral("status"), served.status},
                     {QStringLiteral("at"), double(served.receivedAt)}, // ms since the epoch, for timelines
                     {QStringLiteral("durationMs"), qRound(served.durationMs * 1000) / 1000.0},
                     {QStringLiteral("delayMs"), served.delayMs},
                     {QStringLiteral("bytes"), double(served.bytes)}};
    // The tenant the caller's token is for (not the token): a replay signs in to the same tenant.
    if (service == QLatin1String("arm") && r.header("Authorization").startsWith("Bearer ")) {
        QString error;
        if (const auto claims = m_context.tokens.verify(QString::fromLatin1(r.header("Authorization").mid(7)), &error))
            line.insert(QStringLiteral("tenant"), claims->tenantId);
    }
    if (service == QLatin1String("arm") &&
        r.path.contains(QLatin1String("Microsoft.ResourceGraph"), Qt::CaseInsensitive))
        line.insert(QStringLiteral("body"), QString::fromUtf8(r.body)); // a query, for replays
    m_requestLog->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_requestLog->flush();
}

Reply SandboxServer::dispatch(const Request &r)
{
    if (auto a = admin(r))
        return *a;
    if (auto id = m_identity->handle(r))
        return *id;
    for (const auto &e : m_emulators) {
        if (auto reply = e->handle(r))
            return *reply;
    }
    static const QStringList identityWords{QStringLiteral("oauth2"), QStringLiteral("discovery"),
                                           QStringLiteral("v2.0"), QStringLiteral(".well-known")};
    if (identityWords.contains(r.lowerSegments.value(1))) {
        // An identity path: OAuth's error shape, and Entra's answer for a tenant it does not know.
        if (EntraDirectory::resolveTenant(m_context.store, r.segments.at(0)).isEmpty())
            return EntraDirectory::unknownTenant(r, r.segments.at(0));
        return EntraDirectory::oauthError(r, 404, QStringLiteral("invalid_request"), 0,
                                          QStringLiteral("The sandbox does not emulate %1 %2; it signs in with the "
                                                         "device code flow, client credentials and refresh tokens.")
                                              .arg(QString::fromLatin1(r.method), r.path));
    }
    if (isArmPath(r))
        return Reply::armError(404, QStringLiteral("InvalidResourceType"),
                               QStringLiteral("The resource type could not be found for the request '%1 %2'.")
                                   .arg(QString::fromLatin1(r.method), r.path));
    return Reply::armError(404, QStringLiteral("NotFound"), QStringLiteral("No resource at %1.").arg(r.path));
}

std::optional<Reply> SandboxServer::admin(const Request &r)
{
    if (r.lowerSegments.value(0) != QLatin1String("_sandbox"))
        return std::nullopt;
    // The admin endpoints answer loopback callers only (the server listens on loopback anyway).
    Store &store = m_context.store;
    if (r.matches({"_sandbox", "faults"})) {
        if (r.method == "POST" || r.method == "PUT") {
            bool ok = false;
            const QJsonObject body = r.jsonBody(&ok);
            if (!ok)
                return Reply::armError(400, QStringLiteral("InvalidRequestContent"),
                                       QStringLiteral("Send a JSON object."));
            store.faults.merge(body);
            // {"seed": n} restarts the fault dice, so a chaos run can be repeated.
            if (body.value(QLatin1String("seed")).isDouble())
                store.random().seed(quint32(body.value(QLatin1String("seed")).toInteger()));
        }
        return Reply::json(200, store.faults.toJson());
    }
    if (r.matches({"_sandbox", "settings"})) {
        if (r.method == "POST" || r.method == "PUT") {
            bool ok = false;
            const QJsonObject body = r.jsonBody(&ok);
            if (!ok)
                return Reply::armError(400, QStringLiteral("InvalidRequestContent"),
                                       QStringLiteral("Send a JSON object."));
            store.settings.merge(body);
        }
        return Reply::json(200, store.settings.toJson());
    }
    if (r.matches({"_sandbox", "reset"}) && r.method == "POST") {
        QString error;
        if (!loadScenario(m_scenario, &error))
            return Reply::armError(500, QStringLiteral("ResetFailed"), error);
        return Reply::json(200, QJsonObject{{QStringLiteral("scenario"), m_scenario}});
    }
    if (r.matches({"_sandbox", "state"}) && r.method == "GET")
        return Reply::json(200, store.toJson());
    if (r.matches({"_sandbox", "certificate"}) && r.method == "GET") {
        if (m_certificatePem.isEmpty())
            return Reply::armError(404, QStringLiteral("NotServingTls"),
                                   QStringLiteral("This sandbox serves plain HTTP; start it with --tls."));
        Reply pem = Reply::empty(200);
        pem.body = m_certificatePem;
        pem.contentType = "application/x-pem-file";
        return pem;
    }
    return Reply::armError(404, QStringLiteral("NotFound"), QStringLiteral("Unknown admin endpoint %1.").arg(r.path));
}

std::optional<Reply> SandboxServer::injectFault(const Request &r, bool *drop)
{
    if (!isArmPath(r))
        return std::nullopt;
    Faults &f = m_context.store.faults;
    auto roll = [this](double rate) {
        return rate > 0 && m_context.store.random().generateDouble() < rate;
    };
    if (r.lowerSegments.value(0) == QLatin1String("subscriptions") && r.lowerSegments.size() > 2 &&
        f.deniedSubscriptions.contains(r.lowerSegments.value(1)))
        return Reply::armError(
            403, QStringLiteral("AuthorizationFailed"),
            QStringLiteral("The client does not have authorization to perform action '%1' over "
                           "scope '/subscriptions/%2' or the scope is invalid.")
                .arg(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path, r.segments.value(1)));
    if (f.graphErrorNext > 0 && r.method == "POST" &&
        r.path.contains(QLatin1String("Microsoft.ResourceGraph"), Qt::CaseInsensitive)) {
        --f.graphErrorNext;
        return Reply::armError(400, QStringLiteral("BadRequest"),
                               QStringLiteral("Please provide below info when asking for support: timestamp, "
                                              "correlationId. (injected Resource Graph failure)"));
    }
    if (f.dropNext > 0 || roll(f.dropRate)) {
        if (f.dropNext > 0)
            --f.dropNext;
        *drop = true;
        return Reply::empty(200);
    }
    if (f.throttleNext > 0 || roll(f.throttleRate)) {
        if (f.throttleNext > 0)
            --f.throttleNext;
        Reply reply = Reply::armError(429, QStringLiteral("TooManyRequests"),
                                      QStringLiteral("The request is being throttled as the limit has been reached for "
                                                     "operation type. Retry after 1 second."));
        reply.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        return reply;
    }
    if (f.errorNext > 0 || roll(f.errorRate)) {
        if (f.errorNext > 0)
            --f.errorNext;
        const bool unavailable = m_context.store.random().bounded(2) == 0;
        return unavailable
                   ? Reply::armError(503, QStringLiteral("ServiceUnavailable"),
                                     QStringLiteral("The service is temporarily unavailable. Please retry later."))
                   : Reply::armError(500, QStringLiteral("InternalServerError"),
                                     QStringLiteral("Encountered an internal server error."));
    }
    return std::nullopt;
}

void SandboxServer::decorate(const Request &r, Reply &reply)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    reply.headers.append({"x-ms-request-id", requestId});
    QByteArray correlation = r.header("x-ms-correlation-request-id");
    reply.headers.append({"x-ms-correlation-request-id", correlation.isEmpty() ? requestId : correlation});
    const QByteArray clientId = r.header("x-ms-client-request-id");
    if (!clientId.isEmpty())
        reply.headers.append({"x-ms-client-request-id", clientId});
    if (!isArmPath(r))
        return;
    // Per-subscription (or tenant-level) read and write budgets, like ARM's hourly limits.
    // GET /subscriptions and /tenants are tenant-level reads; everything under /subscriptions/{id} is the
    // subscription's.
    const QString scope = r.lowerSegments.value(0) == QLatin1String("subscriptions") && r.lowerSegments.size() > 1
                              ? r.lowerSegments.value(1)
                              : QStringLiteral("tenant");
    const bool read =
        r.method == "GET" || r.method == "HEAD" ||
        (r.method == "POST" && r.path.contains(QLatin1String("Microsoft.ResourceGraph"), Qt::CaseInsensitive));
    QHash<QString, int> &budget = read ? m_remainingReads : m_remainingWrites;
    int &left = budget[scope];
    if (left == 0)
        left = read ? 12000 : 1200;
    left = qMax(1, left - 1);
    const QByteArray prefix = scope == QLatin1String("tenant") ? "x-ms-ratelimit-remaining-tenant-"
                                                               : "x-ms-ratelimit-remaining-subscription-";
    reply.headers.append({prefix + (read ? "reads" : "writes"), QByteArray::number(left)});
}

void SandboxServer::write(QTcpSocket *socket, const Reply &reply)
{
    HeaderList headers;
    if (!reply.body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), reply.contentType));
    headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
    headers += reply.headers;
    HttpListener::writeResponse(socket, reply.status, reasonPhrase(reply.status), headers, reply.body);
}

void SandboxServer::writeDropped(QTcpSocket *socket)
{
    // The status line and part of a body, then the connection is cut.
    socket->write(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"value\":[{\"id\":");
    socket->flush();
    QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
}

} // namespace acrnet::sandbox
