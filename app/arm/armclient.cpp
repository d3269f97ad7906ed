#include "armclient.h"
#include "armjob.h"
#include "armlistjob.h"
#include "armoperationjob.h"
#include "armrequestjob.h"

#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcArm, "acrnet.arm")

namespace acrnet {

ArmClient::ArmClient(QNetworkAccessManager *network, TokenSource *tokens, const Cloud &cloud, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_cloud(cloud)
{}

ArmClient::~ArmClient()
{
    // Jobs are children. Every job that has not reported fails now with SignedOut — exactly once, while this
    // object's members still exist (they release their slots) — so nobody waits for an answer that cannot come.
    // A receiver may create new jobs on this client while it hears the news: the loop fails those too.
    m_destroying = true;
    for (;;) {
        const QList<ArmJob *> jobs = findChildren<ArmJob *>(QString(), Qt::FindDirectChildrenOnly);
        QList<QPointer<ArmJob>> pending;
        for (ArmJob *job : jobs) {
            if (!job->hasReported())
                pending.append(job);
        }
        if (pending.isEmpty())
            break;
        for (const QPointer<ArmJob> &job : pending) {
            if (job)
                job->clientGone();
        }
    }
    const QObjectList rest = children();
    for (QObject *child : rest)
        delete child;
}

QUrl ArmClient::url(const QString &path, const QString &apiVersion) const
{
    return urlFor(m_cloud, path, apiVersion);
}

QUrl ArmClient::urlFor(const Cloud &cloud, const QString &path, const QString &apiVersion)
{
    QUrl u = cloud.managementUrl(path);
    QUrlQuery query(u);
    query.addQueryItem(QStringLiteral("api-version"), apiVersion);
    u.setQuery(query);
    return u;
}

ArmRequestJob *ArmClient::get(const QString &path, const QString &apiVersion)
{
    ArmRequest request;
    request.url = url(path, apiVersion);
    return send(request);
}

ArmRequestJob *ArmClient::send(const ArmRequest &request)
{
    return new ArmRequestJob(this, request);
}

ArmListJob *ArmClient::list(const QString &path, const QString &apiVersion)
{
    return new ArmListJob(this, url(path, apiVersion));
}

ArmOperationJob *ArmClient::write(const QByteArray &method, const QString &path, const QString &apiVersion,
                                  const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ArmRequest request;
    request.method = method;
    request.url = url(path, apiVersion);
    request.body = body;
    request.headers = headers;
    return new ArmOperationJob(this, request);
}

void ArmClient::acquireSlot(const QUrl &url, QObject *context, std::function<void()> go, bool continuation)
{
    if (m_destroying)
        return;
    const QString host = url.authority().toLower();
    HostQueue &q = m_hosts[host];
    // A free slot goes to a continuation at once; fresh work only when nobody is waiting ahead of it.
    const bool queueEmpty = q.continuations.isEmpty() && q.waiting.isEmpty();
    if (q.active < m_maxPerHost && (continuation || queueEmpty)) {
        ++q.active;
        ++m_inFlight;
        emit requestsInFlightChanged(m_inFlight);
        go();
        return;
    }
    (continuation ? q.continuations : q.waiting).enqueue({QPointer<QObject>(context), std::move(go)});
}

void ArmClient::releaseSlot(const QUrl &url)
{
    if (m_destroying)
        return;
    const QString host = url.authority().toLower();
    --m_hosts[host].active;
    --m_inFlight;
    emit requestsInFlightChanged(m_inFlight);
    // The freed slot is handed on from the event loop, not from here: the job that released it is about to tell
    // its owner it finished, and a next page the owner asks for then must be able to take this slot first.
    QMetaObject::invokeMethod(
        this, [this, host] { dispatch(host); }, Qt::QueuedConnection);
}

void ArmClient::dispatch(const QString &host)
{
    if (m_destroying)
        return;
    HostQueue &q = m_hosts[host];
    while (q.active < m_maxPerHost && (!q.continuations.isEmpty() || !q.waiting.isEmpty())) {
        auto next = q.continuations.isEmpty() ? q.waiting.dequeue() : q.continuations.dequeue();
        if (!next.first)
            continue; // its job is gone
        ++q.active;
        ++m_inFlight;
        emit requestsInFlightChanged(m_inFlight);
        next.second();
    }
}

void ArmClient::observeResponse(const ArmResponse &response)
{
    static const QByteArray names[] = {
        "x-ms-ratelimit-remaining-subscription-reads", "x-ms-ratelimit-remaining-subscription-writes",
        "x-ms-ratelimit-remaining-tenant-reads", "x-ms-ratelimit-remaining-tenant-writes"};
    for (const QByteArray &name : names) {
        const QByteArray value = response.header(name);
        if (value.isEmpty())
            continue;
        bool ok = false;
        const int remaining = value.toInt(&ok);
        if (!ok)
            continue;
        if (name.endsWith("subscription-reads"))
            m_remainingReads = remaining;
        else if (name.endsWith("subscription-writes"))
            m_remainingWrites = remaining;
        emit rateLimitObserved(QString::fromLatin1(name), remaining);
    }
}

} // namespace acrnet
