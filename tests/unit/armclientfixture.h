#pragma once

// What the ARM client tests share: a client talking to a loopback HTTP server with fast retries and polls, and
// run(), which starts a job and waits for its end.
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/arm/armoperationjob.h"
#include "app/arm/armrequestjob.h"
#include "app/arm/tokensource.h"
#include "tests/support/loopbackserver.h"

#include <QNetworkAccessManager>
#include <QtTest>
#include <functional>

namespace acrnet::test {

struct Outcome
{
    bool done = false;
    bool ok = false;
    ArmResponse response;
    QJsonArray items;
    ArmError error;
    QStringList progress;
};

inline QByteArray statusBody(const char *status)
{
    return QByteArray(R"({"status":")") + status + "\"}";
}

class ArmClientFixture
{
protected:
    void setUp(QObject *owner)
    {
        m_server = new LoopbackServer(owner);
        QVERIFY(m_server->start());
        m_nam = new QNetworkAccessManager(owner);
        m_tokens = new StaticTokenSource(QStringLiteral("tok-123"));
        m_client = new ArmClient(m_nam, m_tokens, Cloud::sandbox(m_server->baseUrl()), owner);
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 50;
        fast.attemptTimeoutMs = 5000;
        m_client->setRetryPolicy(fast);
        m_client->setPollIntervalMs(10);
    }
    void tearDown()
    {
        delete m_client;
        delete m_tokens;
        delete m_nam;
        delete m_server;
    }

    Outcome run(ArmRequestJob *job);
    Outcome run(ArmListJob *job);
    Outcome run(ArmOperationJob *job, std::function<void(ArmOperationJob *)> whileRunning = {});

    LoopbackServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    StaticTokenSource *m_tokens = nullptr;
    ArmClient *m_client = nullptr;
};

inline Outcome ArmClientFixture::run(ArmRequestJob *job)
{
    Outcome o;
    QObject::connect(job, &ArmRequestJob::finished, job,
                     [&o](const ArmResponse &r) { o = {true, true, r, {}, {}, {}}; });
    QObject::connect(job, &ArmRequestJob::failed, job, [&o](const ArmError &e) { o = {true, false, {}, {}, e, {}}; });
    job->start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 20000);
    }();
    return o;
}

inline Outcome ArmClientFixture::run(ArmListJob *job)
{
    Outcome o;
    QObject::connect(job, &ArmListJob::finished, job,
                     [&o](const QJsonArray &items) { o = {true, true, {}, items, {}, {}}; });
    QObject::connect(job, &ArmListJob::failed, job, [&o](const ArmError &e) { o = {true, false, {}, {}, e, {}}; });
    job->start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 20000);
    }();
    return o;
}

inline Outcome ArmClientFixture::run(ArmOperationJob *job, std::function<void(ArmOperationJob *)> whileRunning)
{
    Outcome o;
    QObject::connect(job, &ArmOperationJob::progress, job, [&o](const QString &s, int) { o.progress << s; });
    QObject::connect(job, &ArmOperationJob::finished, job, [&o](const ArmResponse &r) {
        o.done = o.ok = true;
        o.response = r;
    });
    QObject::connect(job, &ArmOperationJob::failed, job, [&o](const ArmError &e) {
        o.done = true;
        o.error = e;
    });
    job->start();
    if (whileRunning)
        whileRunning(job);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 20000);
    }();
    return o;
}

} // namespace acrnet::test
