#include "app/arm/retrypolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void delays_data();
    void delays();
    void jitterStaysInRange();
    void limitsFromSettings();
};

void TestRetryPolicy::delays_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expected");
    QTest::newRow("first") << 1 << QByteArray() << 1000;
    QTest::newRow("second doubles") << 2 << QByteArray() << 2000;
    QTest::newRow("third") << 3 << QByteArray() << 4000;
    QTest::newRow("capped") << 10 << QByteArray() << 30000;
    QTest::newRow("retry-after wins") << 1 << QByteArray("7") << 7000;
    QTest::newRow("retry-after zero") << 3 << QByteArray("0") << 0;
    // The default cap (a longer Retry-After fails the request before this delay is ever used).
    QTest::newRow("retry-after capped") << 1 << QByteArray("3600") << 60000;
    QTest::newRow("http date ignored") << 1 << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 1000;
    QTest::newRow("negative ignored") << 2 << QByteArray("-5") << 2000;
}

void TestRetryPolicy::delays()
{
    QFETCH(int, retry);
    QFETCH(QByteArray, retryAfter);
    RetryPolicy p;
    p.jitter = false;
    QTEST(p.delayMs(retry, retryAfter), "expected");
}

void TestRetryPolicy::jitterStaysInRange()
{
    RetryPolicy p;
    QSet<int> seen;
    for (int i = 0; i < 200; ++i) {
        const int d = p.delayMs(3, QByteArray());
        QVERIFY(d >= 2000 && d <= 4000);
        seen.insert(d);
    }
    QVERIFY(seen.size() > 10); // really random
}

void TestRetryPolicy::limitsFromSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("acr-netadmin.ini")), QSettings::IniFormat);
    RetryPolicy p = RetryPolicy::fromSettings(settings); // nothing set: the documented defaults
    QCOMPARE(p.maxRetryAfterMs, 60000);
    QCOMPARE(p.requestDeadlineMs, 120000);
    QCOMPARE(p.attemptTimeoutMs, 60000);
    QCOMPARE(p.maxResponseBytes, qint64(64) * 1024 * 1024);
    settings.setValue(QStringLiteral("network/maxRetryAfterSeconds"), 10);
    settings.setValue(QStringLiteral("network/requestDeadlineSeconds"), 300);
    settings.setValue(QStringLiteral("network/inactivityTimeoutSeconds"), 30);
    settings.setValue(QStringLiteral("network/maxResponseMiB"), 256);
    p = RetryPolicy::fromSettings(settings);
    QCOMPARE(p.maxRetryAfterMs, 10000);
    QCOMPARE(p.requestDeadlineMs, 300000);
    QCOMPARE(p.attemptTimeoutMs, 30000);
    QCOMPARE(p.maxResponseBytes, qint64(256) * 1024 * 1024);
    // Nonsense keeps the default rather than disabling a limit.
    settings.setValue(QStringLiteral("network/requestDeadlineSeconds"), QStringLiteral("forever"));
    settings.setValue(QStringLiteral("network/maxResponseMiB"), -1);
    p = RetryPolicy::fromSettings(settings);
    QCOMPARE(p.requestDeadlineMs, 120000);
    QCOMPARE(p.maxResponseBytes, qint64(64) * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
