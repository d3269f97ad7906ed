#include "armoperationjob.h"
#include "app/azure/jsonreader.h"
#include "armclient.h"
#include "armrequestjob.h"

#include <QUrlQuery>

namespace acrnet {

namespace {

bool isTerminal(const QString &status)
{
    return status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0;
}

QString provisioningState(const QByteArray &body)
{
    QString ignored;
    return parseJsonObject(body, &ignored)
        .value(QLatin1String("properties"))
        .toObject()
        .value(QLatin1String("provisioningState"))
        .toString();
}

} // namespace

ArmOperationJob::ArmOperationJob(ArmClient *client, const ArmRequest &request)
    : ArmJob(client)
    , m_request(request)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ArmOperationJob::poll);
}

void ArmOperationJob::start()
{
    m_elapsed.start();
    run(m_client->send(m_request), &ArmOperationJob::onInitial);
}

void ArmOperationJob::cancel()
{
    if (m_done)
        return;
    m_pollTimer.stop();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
    fail(ArmError(ArmError::Kind::Cancelled,
                  tr("Stopped waiting. The change may still complete in Azure: refresh to see its state.")));
}

void ArmOperationJob::run(ArmRequestJob *job, void (ArmOperationJob::*onDone)(const ArmResponse &))
{
    m_current = job;
    connect(job, &ArmJob::exchanged, this, &ArmJob::exchanged);
    connect(job, &ArmRequestJob::finished, this, onDone);
    connect(job, &ArmRequestJob::failed, this, &ArmOperationJob::fail);
    job->start();
}

void ArmOperationJob::onInitial(const ArmResponse &response)
{
    m_lastResponse = response;
    emit accepted(response.status);
    const QByteArray asyncHeader = response.header("Azure-AsyncOperation");
    const QByteArray locationHeader = response.header("Location");
    if (!asyncHeader.isEmpty()) {
        m_mode = Mode::AsyncOperation;
        m_pollUrl = QUrl(QString::fromLatin1(asyncHeader));
    } else if (response.status == 202 && !locationHeader.isEmpty()) {
        m_mode = Mode::Location;
        m_pollUrl = QUrl(QString::fromLatin1(locationHeader));
    } else if (response.status == 202) {
        ArmError e(ArmError::Kind::InvalidResponse,
                   tr("The service accepted the request (202) but gave no URL to follow its progress."));
        e.setUrl(response.url);
        fail(e);
        return;
    } else {
        const QString state = provisioningState(response.body);
        if (m_request.method != "DELETE" && !state.isEmpty() && !isTerminal(state)) {
            m_mode = Mode::ProvisioningState;
            m_pollUrl = m_request.url;
            emit progress(state, -1);
        } else {
            if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0) {
                ArmError e(ArmError::Kind::OperationFailed, tr("The resource is in the Failed state."));
                e.setUrl(response.url);
                fail(e);
                return;
            }
            finish(response);
            return;
        }
    }
    if (m_mode != Mode::ProvisioningState)
        emit progress(tr("Accepted"), -1);
    schedulePoll(response.header("Retry-After"));
}

void ArmOperationJob::schedulePoll(const QByteArray &retryAfter)
{
    if (m_elapsed.elapsed() > m_client->operationTimeoutMs()) {
        ArmError e(ArmError::Kind::Timeout, tr("The operation did not finish within %n minute(s).", nullptr,
                                               qMax(1, m_client->operationTimeoutMs() / 60000)));
        e.setUrl(m_request.url);
        fail(e);
        return;
    }
    const int fromHeader = RetryPolicy::parseRetryAfterMs(retryAfter);
    const int delay =
        fromHeader >= 0 ? qMin(fromHeader, m_client->retryPolicy().maxRetryAfterMs) : m_client->pollIntervalMs();
    m_pollTimer.start(delay);
}

ArmOperationJob::Status ArmOperationJob::parseStatus(const QByteArray &body)
{
    Status s;
    const QJsonObject json = parseJsonObject(body, &s.error);
    if (!s.error.isEmpty())
        return s;
    const QJsonValue status = json.value(QLatin1String("status"));
    if (!status.isString() || status.toString().isEmpty()) {
        s.error = tr("The operation status has no 'status'.");
        return s;
    }
    s.status = status.toString();
    const QJsonValue percent = json.value(QLatin1String("percentComplete"));
    // Only a number from 0 to 100 is a percentage; anything else is "unknown", never a wild value.
    if (percent.isDouble() && percent.toDouble() >= 0 && percent.toDouble() <= 100)
        s.percent = int(percent.toDouble());
    return s;
}

void ArmOperationJob::poll()
{
    ArmRequest request;
    request.url = m_pollUrl; // verbatim: may carry another api-version and signature parameters
    ++m_polls;
    run(m_client->send(request), &ArmOperationJob::onPoll);
}

void ArmOperationJob::onPoll(const ArmResponse &response)
{
    m_lastResponse = response;
    switch (m_mode) {
    case Mode::AsyncOperation: {
        const Status parsed = parseStatus(response.body);
        const QString &status = parsed.status;
        if (!parsed.error.isEmpty()) {
            ArmError e(ArmError::Kind::InvalidResponse, parsed.error);
            e.setUrl(response.url);
            fail(e);
            return;
        }
        emit progress(status, parsed.percent);
        if (!isTerminal(status)) {
            schedulePoll(response.header("Retry-After"));
            return;
        }
        if (status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
            ArmError e = ArmError::fromBody(ArmError::Kind::OperationFailed, response.status, response.body);
            if (e.message().isEmpty())
                e.setMessage(tr("The operation ended with status %1.").arg(status));
            e.setUrl(m_request.url);
            e.setRequestIds(response.requestId(), {}, {});
            fail(e);
            return;
        }
        if (wantsFinalGet())
            finalGet();
        else
            finish(response);
        return;
    }
    case Mode::Location:
        if (response.status == 202) {
            emit progress(tr("InProgress"), -1);
            schedulePoll(response.header("Retry-After"));
            return;
        }
        if (wantsFinalGet())
            finalGet();
        else
            finish(response);
        return;
    case Mode::ProvisioningState: {
        const QString state = provisioningState(response.body);
        emit progress(state, -1);
        if (!state.isEmpty() && !isTerminal(state)) {
            schedulePoll(response.header("Retry-After"));
            return;
        }
        if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0 && !state.isEmpty()) {
            ArmError e(ArmError::Kind::OperationFailed, tr("The resource ended in the %1 state.").arg(state));
            e.setUrl(m_request.url);
            fail(e);
            return;
        }
        finish(response);
        return;
    }
    case Mode::FinalGet:
        finish(response);
        return;
    }
}

void ArmOperationJob::finalGet()
{
    m_mode = Mode::FinalGet;
    ArmRequest request;
    request.url = m_request.url;
    run(m_client->send(request), &ArmOperationJob::onPoll);
}

void ArmOperationJob::finish(const ArmResponse &response)
{
    if (m_done || !beginReport())
        return;
    m_done = true;
    emit finished(response);
    emit reported();
    deleteLater();
}

void ArmOperationJob::fail(ArmError error)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    reportFailure(error);
}

void ArmOperationJob::stopWork()
{
    m_done = true;
    m_pollTimer.stop();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

} // namespace acrnet
