// Pageable ARM lists: nextLink followed verbatim and only to the management host, malformed pages, large pages
// parsed off the GUI thread, and next pages served ahead of queued work.
#include "armclientfixture.h"

using namespace acrnet;
using namespace acrnet::test;

class TestArmListJob : public QObject, public ArmClientFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(this); }
    void cleanup() { tearDown(); }
    void listFollowsNextLinkVerbatim();
    void nextLinkToAnotherHostIsRefused();
    void malformedListBody();
    void largePagesParsedOnAWorker();
    void nextPagesGoAheadOfQueuedWork();
    void nextLinkCycleIsStopped();
};

void TestArmListJob::listFollowsNextLinkVerbatim()
{
    const QString next1 =
        m_server->baseUrl().toString() + QStringLiteral("/subscriptions?api-version=2022-12-01&%24skipToken=abc%3D%3D");
    const QString next2 =
        m_server->baseUrl().toString() + QStringLiteral("/subscriptions?api-version=2022-12-01&%24skipToken=def");
    m_server->setHandler([&](const RecordedRequest &r) {
        const QString query = r.url.query(QUrl::FullyEncoded);
        if (query.contains(QLatin1String("abc")))
            return ScriptedResponse::json(200, QByteArray(R"({"value":[],"nextLink":")") + next2.toUtf8() + "\"}");
        if (query.contains(QLatin1String("def")))
            return ScriptedResponse::json(200, R"({"value":[{"id":"c"}],"nextLink":null})");
        return ScriptedResponse::json(200, QByteArray(R"({"value":[{"id":"a"},{"id":"b"}],"nextLink":")") +
                                               next1.toUtf8() + "\"}");
    });
    ArmListJob *job = m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
    QSignalSpy pages(job, &ArmListJob::pageReceived);
    const Outcome o = run(job);
    QVERIFY2(o.ok, qPrintable(o.error.userText()));
    QCOMPARE(o.items.size(), 3);
    QCOMPARE(o.items.at(2).toObject().value(QLatin1String("id")).toString(), QStringLiteral("c"));
    QCOMPARE(pages.count(), 2); // the empty middle page is followed but not emitted
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).url.query(QUrl::FullyEncoded), QStringLiteral("api-version=2022-12-01"));
    QCOMPARE(requests.at(1).url.query(QUrl::FullyEncoded),
             QStringLiteral("api-version=2022-12-01&%24skipToken=abc%3D%3D"));
}

void TestArmListJob::nextLinkToAnotherHostIsRefused()
{
    LoopbackServer other;
    QVERIFY(other.start());
    other.setHandler([](const RecordedRequest &) { return ScriptedResponse::json(200, R"({"value":[]})"); });
    const QByteArray elsewhere = other.url(QStringLiteral("/subscriptions?page=2")).toString().toUtf8();
    m_server->setHandler([&](const RecordedRequest &) {
        return ScriptedResponse::json(200, QByteArray(R"({"value":[{"id":"a"}],"nextLink":")") + elsewhere + "\"}");
    });
    const Outcome o = run(m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::UntrustedHost);
    QVERIFY2(o.error.userText().contains(QLatin1String("does not point to")), qPrintable(o.error.userText()));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(other.requestCount(), 0); // the token never left for the other host
}

void TestArmListJob::malformedListBody()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedResponse::json(200, R"({"value": [)"); });
    const Outcome o = run(m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ArmError::Kind::InvalidResponse);
    QVERIFY2(o.error.userText().contains(QLatin1String("malformed JSON")), qPrintable(o.error.userText()));

    m_server->setHandler([](const RecordedRequest &) { return ScriptedResponse::json(200, R"({"items": []})"); });
    const Outcome noValue = run(m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!noValue.ok);
    QVERIFY(noValue.error.userText().contains(QLatin1String("'value'")));
}

void TestArmListJob::largePagesParsedOnAWorker()
{
    // Pages above 64 KB are parsed off the GUI thread: the same items, the same errors.
    QByteArray big = R"({"value":[)";
    for (int i = 0; i < 2000; ++i)
        big += (i ? "," : "") + QByteArray(R"({"id":"/subscriptions/s/x/)") + QByteArray::number(i) +
               R"(","properties":{"padding":"0123456789012345678901234567890123456789"}})";
    const QByteArray next =
        m_server->url(QStringLiteral("/subscriptions?api-version=v&%24skipToken=2")).toString().toUtf8();
    const QByteArray firstPage = big + R"(],"nextLink":")" + next + R"("})";
    QVERIFY(firstPage.size() > 64 * 1024);
    m_server->setHandler([&](const RecordedRequest &r) {
        return ScriptedResponse::json(200, r.url.query().contains(QLatin1String("skipToken"))
                                               ? QByteArray(R"({"value":[{"id":"last"}]})")
                                               : firstPage);
    });
    const Outcome o = run(m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(o.ok);
    QCOMPARE(o.items.size(), 2001);
    QCOMPARE(o.items.at(1999).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("/subscriptions/s/x/1999"));
    QCOMPARE(o.items.last().toObject().value(QLatin1String("id")).toString(), QStringLiteral("last"));

    m_server->setHandler([&](const RecordedRequest &) { return ScriptedResponse::json(200, big); }); // cut short
    const Outcome broken = run(m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!broken.ok);
    QCOMPARE(broken.error.kind(), ArmError::Kind::InvalidResponse);
    QVERIFY2(broken.error.userText().contains(QLatin1String("malformed JSON")), qPrintable(broken.error.userText()));
}

void TestArmListJob::nextPagesGoAheadOfQueuedWork()
{
    // One connection; a two-page list starts, then three unrelated reads queue behind it. The list's second page
    // is sent as soon as the first is answered, ahead of the reads that were queued before it existed.
    m_server->setHandler([this](const RecordedRequest &r) {
        ScriptedResponse reply = ScriptedResponse::json(200, R"({"ok":1})");
        if (r.url.path() == QLatin1String("/subscriptions")) {
            const QByteArray next =
                m_server->url(QStringLiteral("/subscriptions?api-version=v&%24skipToken=2")).toString().toUtf8();
            reply = ScriptedResponse::json(200, r.url.query().contains(QLatin1String("skipToken"))
                                                    ? QByteArray(R"({"value":[{"id":"b"}]})")
                                                    : R"({"value":[{"id":"a"}],"nextLink":")" + next + R"("})");
        }
        reply.delayMs = 30;
        return reply;
    });
    m_client->setMaxConcurrencyPerHost(1);
    ArmListJob *list = m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("v"));
    int items = 0;
    connect(list, &ArmListJob::finished, this, [&](const QJsonArray &all) { items = int(all.size()); });
    list->start();
    int reads = 0;
    for (int i = 0; i < 3; ++i) {
        ArmRequestJob *job = m_client->get(QStringLiteral("/subscriptions/%1").arg(i), QStringLiteral("v"));
        connect(job, &ArmRequestJob::finished, this, [&] { ++reads; });
        job->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(reads, 3, 10000);
    QCOMPARE(items, 2);
    QStringList order;
    for (const RecordedRequest &r : m_server->requests())
        order << r.url.path() +
                     (r.url.query().contains(QLatin1String("skipToken")) ? QStringLiteral("+next") : QString());
    QCOMPARE(order, (QStringList{QStringLiteral("/subscriptions"), QStringLiteral("/subscriptions+next"),
                                 QStringLiteral("/subscriptions/0"), QStringLiteral("/subscriptions/1"),
                                 QStringLiteral("/subscriptions/2")}));
}

void TestArmListJob::nextLinkCycleIsStopped()
{
    // A → B → A: the previous link differs every time, the set of links seen does not.
    m_server->setHandler([this](const RecordedRequest &r) {
        const bool a = !r.url.query().contains(QLatin1String("page=b"));
        const QByteArray next = m_server
                                    ->url(a ? QStringLiteral("/subscriptions?api-version=v&page=b")
                                            : QStringLiteral("/subscriptions?api-version=v&page=a"))
                                    .toString()
                                    .toUtf8();
        return ScriptedResponse::json(200, R"({"value":[{"n":1}],"nextLink":")" + next + "\"}");
    });
    const Outcome o = run(m_client->list(QStringLiteral("/subscriptions"), QStringLiteral("v")));
    QVERIFY(!o.ok);
    QVERIFY2(o.error.userText().contains(QLatin1String("already sent")), qPrintable(o.error.userText()));
    QCOMPARE(m_server->requestCount(), 3); // first, b, a — then the repeat of b is refused unsent
}

QTEST_GUILESS_MAIN(TestArmListJob)
#include "tst_armlistjob.moc"
