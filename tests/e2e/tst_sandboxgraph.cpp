#include "app/sandbox/kqlquery.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using acrnet::sandbox::KqlQuery;
using acrnet::test::SandboxFixture;

namespace {
const QString kGraph = QStringLiteral("/providers/Microsoft.ResourceGraph/resources?api-version=2021-03-01");
const QString kProd = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
const QString kNet = QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7");

QByteArray request(const QString &query, const QStringList &subs = {}, const QJsonObject &options = {})
{
    QJsonObject o{{QStringLiteral("query"), query}};
    if (!subs.isEmpty())
        o.insert(QStringLiteral("subscriptions"), QJsonArray::fromStringList(subs));
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), options);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSandboxGraph : public QObject
{
    Q_OBJECT

private slots:
    void kqlParses_data();
    void kqlParses();
    void kqlRuns();
    void registriesAcrossSubscriptions();
    void pagingWithSkipToken();
    void refusedQueriesUseGraphErrorShape();
};

void TestSandboxGraph::kqlParses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("simple") << "resources | where type =~ 'microsoft.network/virtualnetworks'"
                            << "";
    QTest::newRow("project order limit")
        << "resources | where type =~ 'a' and location in~ ('x', 'y') | project id, n = name, "
           "s = tostring(sku.name) | order by id asc | limit 5"
        << "";
    QTest::newRow("or and parens") << "resources | where (type == 'a' or type == 'b') and name !in ('c')"
                                   << "";
    QTest::newRow("summarize") << "resources | summarize count() by type"
                               << "operator 'summarize' is not supported";
    QTest::newRow("other table") << "securityresources"
                                 << "table 'securityresources' is not supported";
    QTest::newRow("unterminated") << "resources | where name == 'abc"
                                  << "unterminated string";
    QTest::newRow("bad operator") << "resources | where name > 'a'"
                                  << "unexpected character";
    QTest::newRow("function") << "resources | project x = strlen(name)"
                              << "function 'strlen' is not supported";
}

void TestSandboxGraph::kqlParses()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    QString message;
    const auto q = KqlQuery::parse(query, &message);
    QCOMPARE(q.has_value(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(message.contains(error), qPrintable(message));
}

void TestSandboxGraph::kqlRuns()
{
    QString error;
    const auto q = KqlQuery::parse(QStringLiteral("resources | where type =~ 'T' and tostring(sku.name) != 'Basic' "
                                                  "| project id, s = sku.name | order by id desc | take 2"),
                                   &error);
    QVERIFY2(q, qPrintable(error));
    QJsonArray rows;
    for (int i = 0; i < 4; ++i)
        rows.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
            {QStringLiteral("type"), QStringLiteral("t")},
            {QStringLiteral("sku"),
             QJsonObject{{QStringLiteral("name"), i == 3 ? QStringLiteral("Basic") : QStringLiteral("Premium")}}}});
    const QJsonArray out = q->run(rows);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("r2"));
    QCOMPARE(out.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("r1"));
    QCOMPARE(out.at(0).toObject().value(QLatin1String("s")).toString(), QStringLiteral("Premium"));
    QCOMPARE(out.at(0).toObject().keys().size(), 2);
}

void TestSandboxGraph::registriesAcrossSubscriptions()
{
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const QString token = sbx.servicePrincipalToken();
    const QString query = QStringLiteral("resources | where type =~ 'microsoft.containerregistry/registries' "
                                         "| project id, name, subscriptionId, sku, properties | order by name asc");
    const auto r = sbx.send("POST", kGraph, request(query), {}, token);
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 6); // Contoso's tenant only: Fabrikam's registries are not visible to this token
    QCOMPARE(r.json().value(QLatin1String("totalRecords")).toInt(), 6);
    QCOMPARE(data.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("contosobasic"));
    // Rows carry registries as a stable api-version shows them: no virtualNetworkRules.
    const QJsonObject set = data.at(2)
                                .toObject()
                                .value(QLatin1String("properties"))
                                .toObject()
                                .value(QLatin1String("networkRuleSet"))
                                .toObject();
    QVERIFY(set.contains(QLatin1String("defaultAction")));
    QVERIFY(!set.contains(QLatin1String("virtualNetworkRules")));
    // Scoped to one subscription.
    const auto net = sbx.send(
        "POST", kGraph,
        request(QStringLiteral("resources | where type =~ 'microsoft.network/virtualnetworks'"), {kNet}), {}, token);
    QCOMPARE(net.json().value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(net.json().value(QLatin1String("data")).toArray().at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("vnet-shared"));
}

void TestSandboxGraph::pagingWithSkipToken()
{
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const QString token = sbx.servicePrincipalToken();
    const QString query = QStringLiteral("resources | project id, name | order by id asc");
    QStringList ids;
    QString skip;
    int pages = 0;
    do {
        QJsonObject options{{QStringLiteral("$top"), 3}};
        if (!skip.isEmpty())
            options.insert(QStringLiteral("$skipToken"), skip);
        const auto r = sbx.send("POST", kGraph, request(query, {kProd, kNet}, options), {}, token);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(QLatin1String("data")).toArray())
            ids << v.toObject().value(QLatin1String("id")).toString();
        skip = r.json().value(QLatin1String("$skipToken")).toString();
        ++pages;
    } while (!skip.isEmpty() && pages < 20);
    QCOMPARE(ids.size(), 9); // 3 VNets + 6 registries
    QCOMPARE(pages, 3);
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(ids, sorted);
}

void TestSandboxGraph::refusedQueriesUseGraphErrorShape()
{
    SandboxFixture sbx(QStringLiteral("demo"));
    QVERIFY(sbx.ok());
    const auto r = sbx.send("POST", kGraph, request(QStringLiteral("resources | summarize count()")), {},
                            sbx.servicePrincipalToken());
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("BadRequest"));
    const QJsonArray details = error.value(QLatin1String("details")).toArray();
    QCOMPARE(details.at(0).toObject().value(QLatin1String("code")).toString(), QStringLiteral("InvalidQuery"));
    QCOMPARE(details.at(1).toObject().value(QLatin1String("code")).toString(), QStringLiteral("ParserFailure"));
    QCOMPARE(sbx.send("POST", kGraph, request(QStringLiteral("resources")), {}, QString()).status, 401);
}

QTEST_GUILESS_MAIN(TestSandboxGraph)
#include "tst_sandboxgraph.moc"
