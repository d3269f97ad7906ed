#pragma once

#include "app/azure/armerror.h"
#include "app/azure/armresponse.h"
#include "armjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace acrnet {

class ArmClient;
class ArmRequestJob;

// A write that may be long-running. Sends the request, then follows Azure-AsyncOperation (status until
// Succeeded/Failed/Canceled; HTTP 201 and any other status mean "still running") or Location (until not 202),
// or a non-terminal provisioningState, honouring Retry-After; finally GETs the resource for its final state.
// Poll URLs are used verbatim and must be on the management host. Cancellable; bounded by a timeout.
class ArmOperationJob : public ArmJob
{
    Q_OBJECT

public:
    ArmOperationJob(ArmClient *client, const ArmRequest &request);

    // An Azure-AsyncOperation status body: status (required) and percentComplete (-1 when absent).
    struct Status
    {
        QString status;
        int percent = -1;
        QString error; // set when the body is not a status
    };
    static Status parseStatus(const QByteArray &body);

    const ArmRequest &request() const { return m_request; }
    int polls() const { return m_polls; }
    // Sends the first request ahead of queued fresh work (a write that follows a read it depends on).
    void setUrgent(bool urgent) { m_request.continuation = urgent; }

    void start() override;
    void cancel() override;

signals:
    // status: the operation's own words ("InProgress", "Updating"…); percent is -1 when unknown.
    void progress(const QString &status, int percent);
    // The service answered the request itself (before any polling): it has the change from here on.
    void accepted(int httpStatus);
    // The resource as a final GET returned it (or the last answer, for DELETE and POST).
    void finished(const acrnet::ArmResponse &response);

private:
    enum class Mode { AsyncOperation, Location, ProvisioningState, FinalGet };

    void onInitial(const ArmResponse &response);
    void schedulePoll(const QByteArray &retryAfter);
    void poll();
    void onPoll(const ArmResponse &response);
    void finalGet();
    void finish(const ArmResponse &response);
    void fail(ArmError error);
    void run(ArmRequestJob *job, void (ArmOperationJob::*onDone)(const ArmResponse &));
    void stopWork() override;
    bool wantsFinalGet() const { return m_request.method == "PUT" || m_request.method == "PATCH"; }

    ArmRequest m_request;
    Mode m_mode = Mode::FinalGet;
    QUrl m_pollUrl;
    ArmResponse m_lastResponse;
    QPointer<ArmRequestJob> m_current;
    QTimer m_pollTimer;
    QElapsedTimer m_elapsed;
    int m_polls = 0;
    bool m_done = false;
};

} // namespace acrnet
