#include "armclientfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUuid>
#include <QtTest>

using namespace acrnet;
using namespace acrnet::test;

class TestArmClient : public QObject, public ArmClientFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyRequestCarriesTokenAndClientRequestId();
    void lroAzureAsyncOperation();
    void lroFailedOperation();
    void lroLocation();
    void lroProvisioningState();
    void lroPollUrlToAnotherHostIsRefused();
    void lroTimesOut();
    void lroCancel();
    void throttlingHonoursRetryAfter();
    void throttlingStormGivesUp();
    void retryAfterBeyondTheCapFails();
    void oversizedAnswerIsCutOff();
    void trickledAnswerHitsTheDeadline();
    void resourceGraphQueriesRetriedAsReads();
    void transientErrorsRetriedForGet();
    void patchNotRetriedOnServerError();
    void postRetriedOn429();
    void droppedConnection();
    void unauthorizedRefreshesTokenOnce();
    void concurrencyIsBounded();
    void rateLimitHeadersExposed();
    void redirectsAreNotFollowed();
    void deletingTheClientStopsItsJobs();
    void deletingTheClientReportsEveryJobOnce();
};

void TestArmClient::init()
{
    setUp(this);
}

void TestArmClient::cleanup()
{
    tearDown();
}

void TestArmClient::everyRequestCarriesTokenAndClientRequestId()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedResponse::json(200, R"({"value":[]})"); });
    QVERIFY(run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"))).ok);
    QVERIFY(run(m_client->get(QStringLiteral("/tenants"), QStringLiteral("2022-12-01"))).ok);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QStringList ids;
    for (const RecordedRequest &r : requests) {
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer tok-123"));
        const QString id = QString::fromLatin1(r.header("x-ms-client-request-id"));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        ids << id;
        QVERIFY(r.url.query().contains(QLatin1String("api-version=2022-12-01")));
    }
    QVERIFY(ids.at(0) != ids.at(1));
}

void TestArmClient::lroAzureAsyncOperation()
{
    const QByteArray opUrl =
        m_server
            ->url(QStringLiteral("/subscriptions/s/providers/Microsoft.Network/locations/westeurope/operations/"
                                 "op1?api-version=2024-01-01&t=638&c=MIIB&s=sig%2Bx&h=hh"))
            .toString()
            .toUtf8();
    int polls = 0;
    m_server->setHandler([&](const RecordedRequest &r) {
        if (r.method == "PUT")
            return ScriptedResponse::json(200, R"({"id":"x","properties":{"provisioningState":"Updating"}})",
                                          {{"Azure-AsyncOperation", opUrl}, {"Retry-After", "0"}});
        if (r.url.path().contains(QLatin1String("/operations/"))) {
            ++polls;
            // A status URL may answer 201 while still running.
            return polls == 1 ? ScriptedResponse::json(201, statusBody("InProgress"))
                              : ScriptedResponse::json(200, statusBody("Succeeded"));
        }
        return ScriptedResponse::json(200, R"({"id":"x","properties":{"provisioningState":"Succeeded"}})");
    });
    const QString path = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
                                        "virtualNetworks/v/subnets/n");
    const Outcome o = run(m_client->write("PUT", path, QStringLiteral("2024-01-01"), R"({"properties":{}})",
                                          {{"If-Match", "W/\"etag-1\""}}));
    QVERIFY2(o.ok, qPrintable(o.error.userText()));
    QVERIFY(o.response.body.contains("Succeeded"));
    QCOMPARE(o.progress,
             (QStringList{QStringLiteral("Accepted"), QStringLiteral("InProgress"), QStringLiteral("Succeeded")}));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(0).method, QByteArray("PUT"));
    QCOMPARE(requests.at(0).header("If-Match"), QByteArray("W/\"etag-1\""));
    QCOMPARE(requests.at(0).header("Content-Type"), QByteArray("application/json"));
    // The poll URL is used verbatim, signature and other api-version included.
    QCOMPARE(requests.at(1).url.query(QUrl::FullyEncoded),
             QStringLiteral("api-version=2024-01-01&t=638&c=MIIB&s=sig%2Bx&h=hh"));
    QCOMPARE(requests.at(1).header("Authorization"), QByteArray("Bearer tok-123"));
    QCOMPARE(requests.at(3).method, QByteArray("GET"));
    QCOMPARE(requests.at(3).url.path(), path);
}

void TestArmClient::lroFailedOperation()
{
    const QByteArray opUrl = m_server->url(QStringLiteral("/op/1")).toString().toUtf8();
    m_server->setHandler([&](const RecordedRequest &r) {
        if (r.method == "PATCH")
            return ScriptedResponse::json(201, R"({"properties":{"provisioningState":"Updating"}})",
                                          {{"Azure-AsyncOperation", opUrl}});
        return ScriptedResponse::json(
            200, R"({"status":"Failed","error":{"code":"NetworkRuleLimitExceeded","message":"Too many rules."}})");
    });
    const Outcome o = run(m_client->write("PATCH",
                                          QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                                                         "Microsoft.ContainerRegistry/registries/r"),
                                          QStringLiteral("2021-08-01-preview"), "{}"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::OperationFailed);
    QCOMPARE(o.error.code(), QStringLiteral("NetworkRuleLimitExceeded"));
    QVERIFY(o.error.userText().contains(QLatin1String("Too many rules.")));
    QCOMPARE(m_server->requestCount(), 2); // no final GET after a failure
}

void TestArmClient::lroLocation()
{
    const QByteArray location =
        m_server->url(QStringLiteral("/subscriptions/s/operationresults/abc")).toString().toUtf8();
    int polls = 0;
    m_server->setHandler([&](const RecordedRequest &r) {
        if (r.method == "DELETE")
            return ScriptedResponse::json(202, {}, {{"Location", location}, {"Retry-After", "0"}});
        ++polls;
        return polls < 3 ? ScriptedResponse::json(202, {}, {{"Retry-After", "0"}}) : ScriptedResponse::json(200, {});
    });
    const Outcome o = run(
        m_client->write("DELETE", QStringLiteral("/subscriptions/s/resourcegroups/old"), QStringLiteral("2021-04-01")));
    QVERIFY2(o.ok, qPrintable(o.error.userText()));
    QCOMPARE(polls, 3);
    QCOMPARE(m_server->requestCount(), 4); // DELETE + 3 polls, no final GET of a deleted group
    QCOMPARE(o.response.status, 200);
}

void TestArmClient::lroProvisioningState()
{
    int gets = 0;
    m_server->setHandler([&](const RecordedRequest &r) {
        if (r.method == "PATCH")
            return ScriptedResponse::json(200, R"({"properties":{"provisioningState":"Updating"}})");
        ++gets;
        return ScriptedResponse::json(200, gets < 2 ? R"({"properties":{"provisioningState":"Updating"}})"
                                                    : R"({"properties":{"provisioningState":"Succeeded","x":1}})");
    });
    const Outcome o = run(m_client->write("PATCH", QStringLiteral("/subscriptions/s/x"), QStringLiteral("v"), "{}"));
    QVERIFY2(o.ok, qPrintable(o.error.userText()));
    QCOMPARE(gets, 2);
    QVERIFY(o.response.body.contains("\"x\":1"));
}

void TestArmClient::lroPollUrlToAnotherHostIsRefused()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::json(201, R"({"properties":{"provisioningState":"Creating"}})",
                                      {{"Azure-AsyncOperation", "https://evil.example.com/op?x=1"}});
    });
    const Outcome o = run(m_client->write("PUT", QStringLiteral("/subscriptions/s/x"), QStringLiteral("v"), "{}"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::UntrustedHost);
    QVERIFY(o.error.userText().contains(QLatin1String("evil.example.com")));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestArmClient::lroTimesOut()
{
    const QByteArray opUrl = m_server->url(QStringLiteral("/op/slow")).toString().toUtf8();
    m_server->setHandler([&](const RecordedRequest &r) {
        if (r.method == "PUT")
            return ScriptedResponse::json(200, "{}", {{"Azure-AsyncOperation", opUrl}});
        return ScriptedResponse::json(200, statusBody("InProgress"));
    });
    m_client->setOperationTimeoutMs(150);
    const Outcome o = run(m_client->write("PUT", QStringLiteral("/subscriptions/s/x"), QStringLiteral("v"), "{}"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::Timeout);
    QVERIFY(m_server->requestCount() >= 2);
}

void TestArmClient::lroCancel()
{
    const QByteArray opUrl = m_server->url(QStringLiteral("/op/slow")).toString().toUtf8();
    m_server->setHandler([&](const RecordedRequest &r) {
        if (r.method == "PUT")
            return ScriptedResponse::json(200, "{}", {{"Azure-AsyncOperation", opUrl}});
        return ScriptedResponse::json(200, statusBody("InProgress"));
    });
    const Outcome o = run(m_client->write("PUT", QStringLiteral("/subscriptions/s/x"), QStringLiteral("v"), "{}"),
                          [this](ArmOperationJob *job) {
                              QPointer<ArmOperationJob> guard(job);
                              QTRY_VERIFY(m_server->requestCount() >= 3);
                              QVERIFY(guard);
                              guard->cancel();
                          });
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::Cancelled);
    // A poll already on the wire when cancel() ran may still arrive; after that, nothing more is sent.
    const int atCancel = m_server->requestCount();
    QTest::qWait(60);
    const int settled = m_server->requestCount();
    QVERIFY(settled <= atCancel + 1);
    QTest::qWait(150); // several poll intervals: any stray timer would have fired by now
    QCOMPARE(m_server->requestCount(), settled);
}

void TestArmClient::throttlingHonoursRetryAfter()
{
    int calls = 0;
    m_server->setHandler([&](const RecordedRequest &) {
        return ++calls == 1 ? ScriptedResponse::json(429, R"({"error":{"code":"TooManyRequests","message":"slow"}})",
                                                     {{"Retry-After", "1"}})
                            : ScriptedResponse::json(200, R"({"ok":true})");
    });
    RetryPolicy p = m_client->retryPolicy();
    p.maxRetryAfterMs = 5000;
    m_client->setRetryPolicy(p);
    QElapsedTimer timer;
    timer.start();
    ArmRequestJob *job = m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v"));
    QPointer<ArmRequestJob> guard(job);
    const Outcome o = run(job);
    QVERIFY2(o.ok, qPrintable(o.error.userText()));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(calls, 2);
}

void TestArmClient::throttlingStormGivesUp()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::json(429, R"({"error":{"code":"TooManyRequests","message":"slow down"}})",
                                      {{"Retry-After", "0"}});
    });
    RetryPolicy p = m_client->retryPolicy();
    p.maxRetries = 3;
    m_client->setRetryPolicy(p);
    const Outcome o = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::Throttled);
    QCOMPARE(m_server->requestCount(), 4);
    QVERIFY2(o.error.userText().contains(QLatin1String("after 3 retries")), qPrintable(o.error.userText()));
}

void TestArmClient::retryAfterBeyondTheCapFails()
{
    // A server asking for a day is not waited on: the request fails at once and says what was asked.
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::json(429, R"({"error":{"code":"TooManyRequests","message":"slow"}})",
                                      {{"Retry-After", "86400"}});
    });
    QElapsedTimer timer;
    timer.start();
    const Outcome o = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(o.error.kind(), ArmError::Kind::Throttled);
    QVERIFY2(o.error.userText().contains(QLatin1String("asked to wait 86400 s")), qPrintable(o.error.userText()));
    QCOMPARE(RetryPolicy().maxRetryAfterMs, 60000); // the documented default
}

void TestArmClient::oversizedAnswerIsCutOff()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::json(200, QByteArray(R"({"value":[")") + QByteArray(3 * 1024 * 1024, 'x') + "\"]}");
    });
    RetryPolicy p = m_client->retryPolicy();
    p.maxResponseBytes = 1024 * 1024;
    m_client->setRetryPolicy(p);
    const Outcome o = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::InvalidResponse);
    QVERIFY2(o.error.userText().contains(QLatin1String("larger than 1 MiB")), qPrintable(o.error.userText()));
    QCOMPARE(RetryPolicy().maxResponseBytes, qint64(64) * 1024 * 1024);
}

void TestArmClient::trickledAnswerHitsTheDeadline()
{
    // The inactivity timeout alone never fires on a server that keeps the exchange alive; the deadline does.
    m_server->setHandler([](const RecordedRequest &) {
        ScriptedResponse r = ScriptedResponse::json(200, R"({"ok":true})");
        r.delayMs = 3000;
        return r;
    });
    RetryPolicy p = m_client->retryPolicy();
    p.requestDeadlineMs = 400;
    p.attemptTimeoutMs = 10000;
    m_client->setRetryPolicy(p);
    QElapsedTimer timer;
    timer.start();
    const Outcome o = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(o.error.kind(), ArmError::Kind::Timeout);
    QVERIFY2(o.error.userText().contains(QLatin1String("did not finish answering within")),
             qPrintable(o.error.userText()));
    QCOMPARE(RetryPolicy().requestDeadlineMs, 120000);
}

void TestArmClient::resourceGraphQueriesRetriedAsReads()
{
    int calls = 0;
    m_server->setHandler([&](const RecordedRequest &) {
        return ++calls == 1 ? ScriptedResponse::json(503, R"({"error":{"code":"ServiceUnavailable","message":"x"}})")
                            : ScriptedResponse::json(200, R"({"data":[]})");
    });
    ArmRequest query;
    query.method = "POST";
    query.url = m_client->url(QStringLiteral("/providers/Microsoft.ResourceGraph/resources"), QStringLiteral("v"));
    query.body = "{}";
    query.readOnly = true;
    QVERIFY(run(m_client->send(query)).ok);
    QCOMPARE(calls, 2);
    // The same POST without the read-only mark is not repeated after a server error.
    calls = 0;
    query.readOnly = false;
    QVERIFY(!run(m_client->send(query)).ok);
    QCOMPARE(calls, 1);
}

void TestArmClient::transientErrorsRetriedForGet()
{
    int calls = 0;
    m_server->setHandler([&](const RecordedRequest &) {
        ++calls;
        if (calls == 1)
            return ScriptedResponse::json(503, "{}");
        if (calls == 2)
            return ScriptedResponse::json(500, "{}");
        return ScriptedResponse::json(200, R"({"ok":1})");
    });
    const Outcome o = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY2(o.ok, qPrintable(o.error.userText()));
    QCOMPARE(calls, 3);
}

void TestArmClient::patchNotRetriedOnServerError()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::json(500, R"({"error":{"code":"InternalServerError","message":"boom"}})");
    });
    ArmRequest req;
    req.method = "PATCH";
    req.url = m_client->url(QStringLiteral("/subscriptions/s/x"), QStringLiteral("v"));
    req.body = "{}";
    const Outcome o = run(m_client->send(req));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::Server);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestArmClient::postRetriedOn429()
{
    int calls = 0;
    m_server->setHandler([&](const RecordedRequest &) {
        return ++calls == 1 ? ScriptedResponse::json(429, "{}", {{"Retry-After", "0"}})
                            : ScriptedResponse::json(200, R"({"registrationState":"Registering"})");
    });
    ArmRequest req;
    req.method = "POST";
    req.url = m_client->url(QStringLiteral("/subscriptions/s/providers/Microsoft.ContainerRegistry/register"),
                            QStringLiteral("2021-04-01"));
    const Outcome o = run(m_client->send(req));
    QVERIFY2(o.ok, qPrintable(o.error.userText()));
    QCOMPARE(calls, 2);
}

void TestArmClient::droppedConnection()
{
    int calls = 0;
    m_server->setHandler([&](const RecordedRequest &) {
        ScriptedResponse r = ScriptedResponse::json(200, R"({"ok":1})");
        r.drop = ++calls == 1;
        return r;
    });
    const Outcome get = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY2(get.ok, qPrintable(get.error.userText()));
    QCOMPARE(calls, 2);

    calls = 0;
    ArmRequest patch;
    patch.method = "PATCH";
    patch.url = m_client->url(QStringLiteral("/subscriptions/s/x"), QStringLiteral("v"));
    patch.body = "{}";
    const Outcome o = run(m_client->send(patch));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::Network);
    QCOMPARE(calls, 1);
}

void TestArmClient::unauthorizedRefreshesTokenOnce()
{
    int calls = 0;
    m_server->setHandler([&](const RecordedRequest &) {
        return ++calls == 1 ? ScriptedResponse::json(
                                  401, R"({"error":{"code":"ExpiredAuthenticationToken","message":"expired"}})")
                            : ScriptedResponse::json(200, R"({"ok":1})");
    });
    QVERIFY(run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v"))).ok);
    QCOMPARE(calls, 2);
    QCOMPARE(m_tokens->invalidations(), 1);

    calls = 0;
    m_server->setHandler([&](const RecordedRequest &) {
        ++calls;
        return ScriptedResponse::json(401, R"({"error":{"code":"InvalidAuthenticationToken","message":"no"}})");
    });
    const Outcome o = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::Unauthorized);
    QCOMPARE(calls, 2); // refreshed once, retried once, then gave up
}

void TestArmClient::concurrencyIsBounded()
{
    m_server->setHandler([](const RecordedRequest &) {
        ScriptedResponse r = ScriptedResponse::json(200, R"({"ok":1})");
        r.delayMs = 80;
        return r;
    });
    m_client->setMaxConcurrencyPerHost(2);
    int finished = 0;
    int peakInFlight = 0;
    connect(m_client, &ArmClient::requestsInFlightChanged, this, [&](int n) { peakInFlight = qMax(peakInFlight, n); });
    for (int i = 0; i < 6; ++i) {
        ArmRequestJob *job = m_client->get(QStringLiteral("/subscriptions/%1").arg(i), QStringLiteral("v"));
        connect(job, &ArmRequestJob::finished, this, [&] { ++finished; });
        job->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
    QCOMPARE(m_server->maxConcurrent(), 2);
    QCOMPARE(peakInFlight, 2);
    QCOMPARE(m_client->requestsInFlight(), 0);
}

void TestArmClient::rateLimitHeadersExposed()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::json(200, "{}", {{"x-ms-ratelimit-remaining-subscription-reads", "11987"}});
    });
    QSignalSpy spy(m_client, &ArmClient::rateLimitObserved);
    QCOMPARE(m_client->remainingReads(), -1);
    QVERIFY(run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v"))).ok);
    QCOMPARE(m_client->remainingReads(), 11987);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toInt(), 11987);
}

void TestArmClient::redirectsAreNotFollowed()
{
    LoopbackServer other;
    QVERIFY(other.start());
    other.setHandler([](const RecordedRequest &) { return ScriptedResponse::json(200, "{}"); });
    const QByteArray target = other.url(QStringLiteral("/steal")).toString().toUtf8();
    m_server->setHandler([&](const RecordedRequest &) {
        return ScriptedResponse::json(302, {}, {{"Location", target}});
    });
    const Outcome o = run(m_client->get(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.httpStatus(), 302);
    QCOMPARE(other.requestCount(), 0);
}

void TestArmClient::deletingTheClientStopsItsJobs()
{
    m_server->setHandler([](const RecordedRequest &) {
        ScriptedResponse r = ScriptedResponse::json(200, "{}");
        r.delayMs = 200;
        return r;
    });
    m_client->setMaxConcurrencyPerHost(1);
    int answered = 0;
    for (int i = 0; i < 3; ++i) {
        ArmRequestJob *job = m_client->get(QStringLiteral("/subscriptions/%1").arg(i), QStringLiteral("v"));
        connect(job, &ArmRequestJob::finished, this, [&] { ++answered; });
        job->start();
    }
    QTRY_COMPARE(m_server->requestCount(), 1); // one in flight, two queued
    delete m_client;                           // jobs go with it: the queued ones are never sent
    m_client = nullptr;
    QTest::qWait(400);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(answered, 0);
}

void TestArmClient::deletingTheClientReportsEveryJobOnce()
{
    // The account is signed out while a request is in flight, two are queued, a list is between pages and a
    // long-running operation is polling: every job reports failed(SignedOut) exactly once, and a receiver that
    // reacts by asking the same client for more gets a job that fails the same way instead of one that hangs.
    const QByteArray opUrl = m_server->url(QStringLiteral("/op/slow")).toString().toUtf8();
    const QByteArray page2 = m_server->url(QStringLiteral("/list/2?api-version=v")).toString().toUtf8();
    m_server->setHandler([&](const RecordedRequest &r) {
        if (r.method == "PUT")
            return ScriptedResponse::json(200, "{}", {{"Azure-AsyncOperation", opUrl}});
        if (r.url.path() == QLatin1String("/op/slow"))
            return ScriptedResponse::json(200, statusBody("InProgress"));
        if (r.url.path() == QLatin1String("/list/1"))
            return ScriptedResponse::json(200, R"({"value":[{"id":"a"}],"nextLink":")" + page2 + "\"}");
        ScriptedResponse slow = ScriptedResponse::json(200, R"({"value":[]})");
        slow.delayMs = 2000;
        return slow;
    });
    m_client->setMaxConcurrencyPerHost(2);
    QList<ArmJob *> jobs;
    QHash<ArmJob *, int> finishedCount, failedCount, reportedCount;
    QHash<ArmJob *, ArmError::Kind> kinds;
    auto watch = [&](ArmJob *job) {
        jobs << job;
        connect(job, &ArmJob::failed, this, [&, job](const ArmError &e) {
            ++failedCount[job];
            kinds[job] = e.kind();
        });
        connect(job, &ArmJob::reported, this, [&, job] { ++reportedCount[job]; });
    };
    ArmOperationJob *op = m_client->write("PUT", QStringLiteral("/subscriptions/s/x"), QStringLiteral("v"), "{}");
    watch(op);
    connect(op, &ArmOperationJob::finished, this, [&, op] { ++finishedCount[op]; });
    ArmListJob *list = m_client->list(QStringLiteral("/list/1"), QStringLiteral("v"));
    watch(list);
    connect(list, &ArmListJob::finished, this, [&, list] { ++finishedCount[list]; });
    for (int i = 0; i < 3; ++i) {
        ArmRequestJob *get = m_client->get(QStringLiteral("/subscriptions/%1").arg(i), QStringLiteral("v"));
        watch(get);
        connect(get, &ArmRequestJob::finished, this, [&, get] { ++finishedCount[get]; });
    }
    // The first request's receiver asks the dying client for one more read.
    ArmJob *late = nullptr;
    int lateFailures = 0;
    ArmError::Kind lateKind = ArmError::Kind::None;
    connect(jobs.at(2), &ArmJob::failed, this, [&] {
        ArmRequestJob *again = m_client->get(QStringLiteral("/subscriptions/again"), QStringLiteral("v"));
        late = again;
        connect(again, &ArmJob::failed, this, [&](const ArmError &e) {
            ++lateFailures;
            lateKind = e.kind();
        });
        again->start();
    });
    for (ArmJob *job : std::as_const(jobs))
        job->start();
    QTRY_VERIFY(m_server->requestCount() >= 4); // the PUT, a poll or two, the list's first page, a slow read
    delete m_client;
    m_client = nullptr;
    QTest::qWait(50);
    for (ArmJob *job : std::as_const(jobs)) {
        QCOMPARE(finishedCount.value(job), 0);
        QCOMPARE(failedCount.value(job), 1);
        QCOMPARE(reportedCount.value(job), 1);
        QCOMPARE(kinds.value(job), ArmError::Kind::SignedOut);
    }
    QVERIFY(late);
    QCOMPARE(lateFailures, 1);
    QCOMPARE(lateKind, ArmError::Kind::SignedOut);
    const int sent = m_server->requestCount();
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), sent); // nothing leaves after the sign-out
}

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
