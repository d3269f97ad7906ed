#include "armrequestjob.h"
#include "armclient.h"
#include "tokensource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUuid>

namespace acrnet {

ArmRequestJob::ArmRequestJob(ArmClient *client, const ArmRequest &request)
    : ArmJob(client)
    , m_request(request)
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ArmRequestJob::attempt);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int seconds = m_client->retryPolicy().requestDeadlineMs / 1000;
        abandon(ArmError(
            ArmError::Kind::Timeout,
            tr("%1 did not finish answering within %2 s; stopped waiting.").arg(m_request.url.host()).arg(seconds)));
    });
}

ArmRequestJob::~ArmRequestJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    releaseSlot();
}

void ArmRequestJob::start()
{
    if (!m_client->cloud().isManagementUrl(m_request.url)) {
        // Decided before anything is sent; reported from the event loop, never from inside start().
        ArmError e(ArmError::Kind::UntrustedHost,
                   tr("The link %1 does not point to %2, the management endpoint of this cloud.")
                       .arg(m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                            m_client->cloud().managementEndpoint().host()));
        e.setUrl(m_request.url);
        QTimer::singleShot(0, this, [this, e] { fail(e); });
        return;
    }
    if (m_request.continuation) {
        // The next page of work under way claims its connection now, before fresh work queued earlier is handed
        // the slot its previous page just freed; the request itself still leaves from the event loop.
        m_client->acquireSlot(
            m_request.url, this,
            [this] {
                m_holdingSlot = true;
                QTimer::singleShot(0, this, &ArmRequestJob::sendWhenTokenReady);
            },
            true);
        return;
    }
    QTimer::singleShot(0, this, &ArmRequestJob::attempt);
}

void ArmRequestJob::cancel()
{
    if (m_done)
        return;
    m_retryTimer.stop();
    ArmError e(ArmError::Kind::Cancelled, QString());
    e.setUrl(m_request.url);
    fail(e);
}

void ArmRequestJob::attempt()
{
    if (m_done)
        return;
    m_client->acquireSlot(
        m_request.url, this,
        [this] {
            m_holdingSlot = true;
            sendWhenTokenReady();
        },
        m_request.continuation);
}

void ArmRequestJob::sendWhenTokenReady()
{
    if (m_done)
        return;
    m_client->tokens()->fetchToken(this, [this](const QString &token, const QString &error) {
        if (m_done)
            return;
        if (token.isEmpty()) {
            fail(ArmError(ArmError::Kind::Authentication, error));
            return;
        }
        sendWithToken(token);
    });
}

void ArmRequestJob::sendWithToken(const QString &token)
{
    m_token = token;
    QNetworkRequest req(m_request.url);
    req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("x-ms-client-request-id", m_clientRequestId.toLatin1());
    req.setRawHeader("x-ms-return-client-request-id", "true");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("acr-netadmin/" ACRNET_VERSION));
    if (!m_client->acceptLanguage().isEmpty())
        req.setRawHeader("Accept-Language", m_client->acceptLanguage().toLatin1());
    if (!m_request.body.isEmpty() || m_request.method == "PUT" || m_request.method == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : m_request.headers)
        req.setRawHeader(h.first, h.second);
    // Redirects are never followed: the token must not travel to wherever a 3xx points.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_client->retryPolicy().attemptTimeoutMs);

    qCDebug(lcArm).noquote() << m_request.method << m_request.url.path() << "client-request-id" << m_clientRequestId;
    m_reply = m_client->network()->sendCustomRequest(req, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &ArmRequestJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ArmRequestJob::onSslErrors);
    // Limits against a hostile or broken server: the announced and the received size, while it streams in.
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply)
            checkSize(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) { checkSize(received); });
    m_deadline.start(m_client->retryPolicy().requestDeadlineMs);
}

void ArmRequestJob::checkSize(qint64 bytes)
{
    const qint64 cap = m_client->retryPolicy().maxResponseBytes;
    if (bytes <= cap)
        return;
    abandon(
        ArmError(ArmError::Kind::InvalidResponse, tr("The answer from %1 is larger than %2 MiB; stopped reading it.")
                                                      .arg(m_request.url.host())
                                                      .arg(double(cap) / (1024 * 1024))));
}

void ArmRequestJob::abandon(ArmError error)
{
    if (m_done || !m_reply)
        return;
    dropReply();
    releaseSlot();
    error.setUrl(m_request.url);
    error.setRetries(m_retries);
    fail(error);
}

void ArmRequestJob::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    const QByteArray pin = m_client->cloud().pinnedCertificateSha256();
    if (!pin.isEmpty() && !peer.isNull() && peer.digest(QCryptographicHash::Sha256) == pin) {
        // The sandbox's own self-signed certificate, pinned for this cloud only.
        m_reply->ignoreSslErrors(errors);
        return;
    }
    QStringList problems;
    for (const QSslError &e : errors)
        problems << e.errorString();
    const QString subject = peer.isNull() ? tr("no certificate") : peer.subjectDisplayName();
    m_tlsProblem = tr("Certificate \"%1\" (issued by \"%2\") is not trusted: %3")
                       .arg(subject, peer.issuerDisplayName(), problems.join(QStringLiteral("; ")));
}

void ArmRequestJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_deadline.stop();
    m_reply.clear();
    reply->deleteLater();
    releaseSlot();
    if (m_done)
        return;

    ArmResponse response;
    response.url = m_request.url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    m_client->observeResponse(response);
    emit exchanged(ArmExchange{m_request.method,
                               m_request.url.path() +
                                   (m_request.url.hasQuery() ? QLatin1Char('?') + m_request.url.query() : QString()),
                               response.status, response.requestId(),
                               QString::fromLatin1(response.header("x-ms-correlation-request-id")), m_clientRequestId});
    qCDebug(lcArm).noquote() << m_request.method << m_request.url.path() << "->" << response.status << "request-id"
                             << response.requestId();

    // Transport failures (codes below 200: refused, closed mid-answer, timeout, TLS, proxy) can come with a
    // status line already read; they are failures of the exchange, not answers.
    const auto error = reply->error();
    if (response.status == 0 || (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)) {
        const QString errorText = reply->errorString();
        // Our own aborts never get here (m_reply is cleared first): a cancel here is the transfer timeout.
        if (scheduleRetry(response, true))
            return;
        ArmResponse transport = response;
        transport.status = 0;
        ArmError e = ArmError::fromReply(
            error == QNetworkReply::OperationCanceledError ? QNetworkReply::TimeoutError : error, errorText, transport);
        if (!m_tlsProblem.isEmpty())
            e = ArmError(ArmError::Kind::Tls, m_tlsProblem);
        e.setRetries(m_retries);
        fail(e);
        return;
    }
    if (response.status == 401 && !m_refreshedToken) {
        // The token expired or was revoked: refresh it once and repeat the request once.
        m_refreshedToken = true;
        m_client->tokens()->invalidate(m_token);
        attempt();
        return;
    }
    if (scheduleRetry(response, false))
        return;
    if (response.status >= 300) {
        ArmError e = ArmError::fromReply(reply->error(), reply->errorString(), response);
        e.setRequestIds({}, {}, m_clientRequestId);
        e.setRetries(m_retries);
        if (!m_retryAfterRefused.isEmpty())
            e.setMessage(e.message().isEmpty() ? m_retryAfterRefused
                                               : e.message() + QLatin1Char(' ') + m_retryAfterRefused);
        fail(e);
        return;
    }
    finish(response);
}

bool ArmRequestJob::scheduleRetry(const ArmResponse &response, bool transportFailure)
{
    const RetryPolicy policy = m_client->retryPolicy();
    if (m_retries >= policy.maxRetries || !m_tlsProblem.isEmpty()) // an untrusted certificate stays untrusted
        return false;
    const int s = response.status;
    // A 429 was refused before any work was done, so even a PATCH or POST may repeat it. Server errors and
    // dropped connections may have been applied already: only idempotent requests repeat those.
    const bool throttled = s == 429;
    const bool transient = transportFailure || s == 500 || s == 502 || s == 503 || s == 504;
    if (!throttled && !(transient && m_request.isIdempotent()))
        return false;
    const int asked = RetryPolicy::parseRetryAfterMs(response.header("Retry-After"));
    if (asked > policy.maxRetryAfterMs) {
        m_retryAfterRefused = tr("The service asked to wait %1 s before trying again, longer than the %2 s this app "
                                 "waits; try again later.")
                                  .arg(asked / 1000)
                                  .arg(policy.maxRetryAfterMs / 1000);
        return false;
    }
    ++m_retries;
    const int delay = policy.delayMs(m_retries, response.header("Retry-After"));
    qCInfo(lcArm).noquote() << "retry" << m_retries << "of" << m_request.method << m_request.url.path() << "after"
                            << delay << "ms (status" << s << ")";
    m_retryTimer.start(delay);
    return true;
}

void ArmRequestJob::releaseSlot()
{
    if (m_holdingSlot) {
        m_holdingSlot = false;
        m_client->releaseSlot(m_request.url);
    }
}

void ArmRequestJob::finish(const ArmResponse &response)
{
    if (!beginReport())
        return;
    m_done = true;
    emit finished(response);
    emit reported();
    deleteLater();
}

void ArmRequestJob::stopWork()
{
    m_done = true;
    m_retryTimer.stop();
    dropReply();
    releaseSlot();
}

void ArmRequestJob::dropReply()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear(); // first: the abort below reports finished, which must find no reply of ours
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ArmRequestJob::fail(ArmError error)
{
    if (m_done)
        return;
    m_done = true;
    dropReply();
    releaseSlot();
    if (!error.url().isValid())
        error.setUrl(m_request.url);
    error.setRequestIds({}, {}, m_clientRequestId);
    reportFailure(error);
}

} // namespace acrnet
