#include "app/sandbox/scenario.h"
#include "app/sandbox/store.h"

#include <QJsonArray>
#include <QtTest>

using namespace acrnet::sandbox;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void builtInsLoad_data();
    void builtInsLoad();
    void largeHasTheBenchmarkShape();
    void largeIsDeterministic();
    void errors();
};

void TestScenario::builtInsLoad_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("subscriptions");
    QTest::addColumn<int>("registries");
    QTest::newRow("demo") << "demo" << 3 << 8;
    QTest::newRow("training") << "training" << 2 << 2;
    QTest::newRow("clean") << "clean" << 1 << 1;
}

void TestScenario::builtInsLoad()
{
    QFETCH(QString, name);
    Store store;
    QString error;
    QVERIFY2(Scenario::load(name, store, &error), qPrintable(error));
    QTEST(int(store.subscriptions.size()), "subscriptions");
    QTEST(int(store.registries.size()), "registries");
    bool hasSandboxPrincipal = false;
    for (const QJsonValue &sp : std::as_const(store.servicePrincipals))
        hasSandboxPrincipal = hasSandboxPrincipal ||
                              (sp.toObject().value(QLatin1String("clientId")).toString() == QLatin1String("sandbox") &&
                               sp.toObject().value(QLatin1String("secret")).toString() == QLatin1String("sandbox"));
    QVERIFY(hasSandboxPrincipal);
}

void TestScenario::largeHasTheBenchmarkShape()
{
    Store store;
    QString error;
    QVERIFY2(Scenario::load(QStringLiteral("large"), store, &error), qPrintable(error));
    QCOMPARE(store.subscriptions.size(), 100);
    QCOMPARE(store.virtualNetworks.size(), 2000);
    int subnets = 0;
    for (const QJsonObject &v : std::as_const(store.virtualNetworks))
        subnets +=
            int(v.value(QLatin1String("properties")).toObject().value(QLatin1String("subnets")).toArray().size());
    QCOMPARE(subnets, 20000);
    QCOMPARE(store.registries.size(), 1000);
}

void TestScenario::largeIsDeterministic()
{
    const QJsonObject a =
        Scenario::generateLarge({{QStringLiteral("subscriptions"), 3}, {QStringLiteral("registries"), 7}});
    const QJsonObject b =
        Scenario::generateLarge({{QStringLiteral("subscriptions"), 3}, {QStringLiteral("registries"), 7}});
    QCOMPARE(a, b);
    const QJsonObject c = Scenario::generateLarge(
        {{QStringLiteral("subscriptions"), 3}, {QStringLiteral("registries"), 7}, {QStringLiteral("seed"), 7}});
    QVERIFY(a != c);
}

void TestScenario::errors()
{
    Store store;
    QString error;
    QVERIFY(!Scenario::load(QStringLiteral("/nonexistent/file.json"), store, &error));
    QVERIFY(error.contains(QLatin1String("unknown scenario")));
    QVERIFY(!Scenario::loadJson(QJsonObject{{QStringLiteral("subscriptions"), QJsonArray()}}, store, &error));
    QVERIFY(error.contains(QLatin1String("no tenants")));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
