#include "tests/support/sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using acrnet::test::SandboxFixture;

namespace {
const QString kList =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourcegroups?api-version=2021-04-01");
}

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void throttling();
    void serverErrors();
    void droppedConnections();
    void latency();
    void ratesAreProbabilities();
    void faultsSpareIdentityAndAdmin();
    void resetRestoresScenario();
    void stateSavesAndLoads();

private:
    std::unique_ptr<SandboxFixture> m_sbx;
    QString m_token;
};

void TestSandboxFaults::init()
{
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("training"));
    QVERIFY(m_sbx->ok());
    m_token = m_sbx->servicePrincipalToken();
}

void TestSandboxFaults::throttling()
{
    const auto set = m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("throttleNext"), 2}});
    QCOMPARE(set.json().value(QLatin1String("throttleNext")).toInt(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto r = m_sbx->get(kList, m_token);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("TooManyRequests"));
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    }
    QCOMPARE(m_sbx->get(kList, m_token).status, 200);
}

void TestSandboxFaults::serverErrors()
{
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("errorNext"), 3}});
    for (int i = 0; i < 3; ++i) {
        const int status = m_sbx->get(kList, m_token).status;
        QVERIFY2(status == 500 || status == 503, qPrintable(QString::number(status)));
    }
    QCOMPARE(m_sbx->get(kList, m_token).status, 200);
}

void TestSandboxFaults::droppedConnections()
{
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("dropNext"), 1}});
    const auto r = m_sbx->get(kList, m_token);
    QVERIFY2(r.error != QNetworkReply::NoError, "a cut connection must surface as a transport error");
    QCOMPARE(m_sbx->get(kList, m_token).status, 200);
}

void TestSandboxFaults::latency()
{
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 300}});
    QElapsedTimer t;
    t.start();
    QCOMPARE(m_sbx->get(kList, m_token).status, 200);
    QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
}

void TestSandboxFaults::ratesAreProbabilities()
{
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("throttleRate"), 1.0}});
    QCOMPARE(m_sbx->get(kList, m_token).status, 429);
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("throttleRate"), 0.5}});
    int throttled = 0;
    for (int i = 0; i < 60; ++i)
        throttled += m_sbx->get(kList, m_token).status == 429 ? 1 : 0;
    QVERIFY2(throttled > 10 && throttled < 50, qPrintable(QString::number(throttled)));
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("throttleRate"), 0}});
    QCOMPARE(m_sbx->get(kList, m_token).status, 200);
}

void TestSandboxFaults::faultsSpareIdentityAndAdmin()
{
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("throttleRate"), 1.0}});
    QVERIFY(!m_sbx->servicePrincipalToken().isEmpty());
    QCOMPARE(m_sbx->send("GET", QStringLiteral("/_sandbox/state")).status, 200);
}

void TestSandboxFaults::resetRestoresScenario()
{
    const QString rg = QStringLiteral(
        "/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourcegroups/myResourceGroup?api-version=2021-04-01");
    m_sbx->server().store().settings.resourceGroupDeleteDelayMs = 0;
    QCOMPARE(m_sbx->send("DELETE", rg, {}, {}, m_token).status, 202);
    QTRY_COMPARE(m_sbx->get(rg, m_token).status, 404);
    QCOMPARE(m_sbx->admin(QStringLiteral("reset"), {}).status, 200);
    QCOMPARE(m_sbx->get(rg, m_token).status, 200); // tokens issued before a reset stay valid
}

void TestSandboxFaults::stateSavesAndLoads()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.json"));
    m_sbx->server().store().settings.registrationDelayMs = 0;
    const QString path =
        QStringLiteral("/subscriptions/9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d/providers/Microsoft.ContainerRegistry");
    m_sbx->send("POST", path + QStringLiteral("/register?api-version=2021-04-01"), {}, {}, m_token);
    QTRY_COMPARE(m_sbx->get(path + QStringLiteral("?api-version=2021-04-01"), m_token)
                     .json()
                     .value(QLatin1String("registrationState"))
                     .toString(),
                 QStringLiteral("Registered"));
    QString error;
    QVERIFY2(m_sbx->server().saveState(file, &error), qPrintable(error));
    acrnet::sandbox::SandboxServer restored;
    QVERIFY2(restored.loadState(file, &error), qPrintable(error));
    QCOMPARE(restored.store().providerState(QStringLiteral("9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d"),
                                            QStringLiteral("Microsoft.ContainerRegistry")),
             QStringLiteral("Registered"));
    QCOMPARE(restored.store().registries.size(), m_sbx->server().store().registries.size());
    QFile garbage(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{\"hello\":1}");
    garbage.close();
    QVERIFY(!restored.loadState(garbage.fileName(), &error));
    QVERIFY(error.contains(QLatin1String("subscriptions")));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
