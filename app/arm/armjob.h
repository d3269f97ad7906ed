#pragma once

#include "app/azure/armerror.h"

#include <QObject>

namespace acrnet {

class ArmClient;

// The contract every ARM job keeps (request, list and long-running operation alike):
// created idle by the client, started once, and then it reports exactly once — one of its finished signals or
// failed() — and deletes itself. cancel() reports failed(Cancelled) unless the job already reported. When its
// client goes away first (the account was signed out or removed), the job reports failed(SignedOut) while the
// client is being destroyed; nothing is sent after that.
class ArmJob : public QObject
{
    Q_OBJECT

public:
    explicit ArmJob(ArmClient *client);

    ArmClient *client() const { return m_client; }
    bool hasReported() const { return m_reported; }

    virtual void start() = 0;
    virtual void cancel() = 0;

    // Called by the client's destructor: stops the job and reports failed(SignedOut) if it has not reported.
    void clientGone();

signals:
    void failed(const acrnet::ArmError &error);
    // Emitted once, right after finished or failed: for whoever only needs to know the job is over.
    void reported();
    // Every HTTP exchange the job (or a job it runs) made, retries included, as it happens.
    void exchanged(const acrnet::ArmExchange &exchange);

protected:
    // Marks the job as reported; false if it already was (the caller must then stay silent).
    bool beginReport();
    // Emits failed(error) and reported() once, then deletes the job later. Subclasses stop their own work first.
    void reportFailure(const ArmError &error);
    // Subclasses drop replies, timers and child jobs here; called before the SignedOut report.
    virtual void stopWork() {}

    ArmClient *const m_client;

private:
    bool m_reported = false;
};

} // namespace acrnet
