#pragma once

#include "app/azure/armerror.h"
#include "app/azure/armresponse.h"
#include "armjob.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkReply;

namespace acrnet {

class ArmClient;

// One ARM request: refuses hosts other than the cloud's management host, adds the bearer token and a
// client request ID, retries throttling and transient faults within the client's policy, refreshes the token
// once on 401, and emits exactly one of finished()/failed(), then deletes itself.
class ArmRequestJob : public ArmJob
{
    Q_OBJECT

public:
    ArmRequestJob(ArmClient *client, const ArmRequest &request);
    ~ArmRequestJob() override;

    const ArmRequest &request() const { return m_request; }
    QString clientRequestId() const { return m_clientRequestId; }
    int retries() const { return m_retries; }

    void start() override;
    void cancel() override;

signals:
    void finished(const acrnet::ArmResponse &response);

private:
    void attempt();
    void sendWhenTokenReady();
    void sendWithToken(const QString &token);
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    bool scheduleRetry(const ArmResponse &response, bool transportFailure);
    // Stops reading the current answer and fails with `error` (a limit was passed).
    void abandon(ArmError error);
    void checkSize(qint64 bytes);
    void finish(const ArmResponse &response);
    void fail(ArmError error);
    void releaseSlot();
    void stopWork() override;
    // Stops reading the current answer, if any, and lets it go.
    void dropReply();

    ArmRequest m_request;
    QString m_clientRequestId;
    QString m_token;
    QString m_tlsProblem; // certificate subject and errors, for the error text
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadline;           // the whole exchange, headers and body
    QString m_retryAfterRefused; // set when the server asked to wait longer than the policy allows
    int m_retries = 0;
    bool m_refreshedToken = false;
    bool m_holdingSlot = false;
    bool m_done = false;
};

} // namespace acrnet
