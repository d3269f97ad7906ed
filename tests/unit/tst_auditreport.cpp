// The audit's report files: CSV quoting and formula neutralisation, hostile text round trips, and suppressions (their
// expiry and the checks on their files).
#include "app/audit/auditreport.h"
#include "app/audit/suppression.h"
#include "auditfixtures.h"
#include <QJsonDocument>
#include <QRegularExpression>

using namespace acrnet;
using namespace acrnet::testdata;

class TestAuditReport : public QObject
{
    Q_OBJECT

private slots:
    void csvCellsAreQuotedAndNeutralised_data();
    void csvCellsAreQuotedAndNeutralised();
    void csvRoundTripsHostileText();
    void jsonKeepsTheFixCommands();
    void suppressionsApplyUntilTheyExpire();
    void suppressionFilesAreCheckedWhole_data();
    void suppressionFilesAreCheckedWhole();
};

void TestAuditReport::csvCellsAreQuotedAndNeutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "contosoprod"
                           << "contosoprod";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("line feed") << "a\nb"
                               << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("formula =") << "=HYPERLINK(\"http://x\")"
                               << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("formula +") << "+1"
                               << "'+1";
    QTest::newRow("formula -") << "-2+3"
                               << "'-2+3";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("leading tab") << "\tcmd"
                                 << "'\tcmd";
    QTest::newRow("leading CR") << "\rcmd"
                                << "\"'\rcmd\"";
    QTest::newRow("minus inside is fine") << "rg-platform"
                                          << "rg-platform";
}

void TestAuditReport::csvCellsAreQuotedAndNeutralised()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(AuditReport::csvField(value), cell);
}

void TestAuditReport::csvRoundTripsHostileText()
{
    // A resource name or tag can carry anything: the export must neither break its rows nor run as a formula, and
    // reading it back gives the original text.
    AuditReport report;
    Finding f;
    f.checkId = QStringLiteral("ACR-001");
    f.severity = Finding::Severity::High;
    f.title = QStringLiteral("=cmd|' /C calc'!A0");
    f.registryName = QStringLiteral("@evil");
    f.explanation = QStringLiteral("line one\r\nline two, with \"quotes\"");
    f.evidence = {QStringLiteral("-1+2"), QStringLiteral("+tag")};
    report.findings << f;
    report.errors.append(QJsonObject{{QStringLiteral("subscriptionId"), QStringLiteral("sub-1")},
                                     {QStringLiteral("error"), QStringLiteral("denied,\nagain")}});
    const QByteArray csv = report.toCsv();
    QVERIFY(csv.startsWith("# incomplete: sub-1 was not read completely: denied, again\n"));
    for (const QByteArray &line : csv.split('\n')) {
        for (const QByteArray &cell : line.split(',')) {
            const QByteArray bare = cell.startsWith('"') ? cell.mid(1) : cell;
            QVERIFY2(bare.isEmpty() || !QByteArray("=+@").contains(bare.at(0)), line.constData());
        }
    }
    QString error;
    const QList<Finding> back = AuditReport::fromCsv(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().title, f.title);
    QCOMPARE(back.first().registryName, f.registryName);
    QCOMPARE(back.first().explanation, f.explanation); // CR LF kept inside the quoted cell
    QCOMPARE(back.first().evidence, f.evidence);
    // The JSON says the same.
    const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
    QCOMPARE(json.value(QLatin1String("complete")), QJsonValue(false));
    QCOMPARE(json.value(QLatin1String("errors")).toArray().size(), 1);
}

void TestAuditReport::suppressionsApplyUntilTheyExpire()
{
    const Registry r = registry(QStringLiteral("acrwide"), {}, {QStringLiteral("20.0.0.0/8")});
    QList<Finding> all = audit({r});
    QCOMPARE(findingsOf(all, QStringLiteral("ACR-108")).size(), 1);
    QVERIFY(AuditEngine::anyAtOrAbove(all, Finding::Severity::High));
    SuppressionList list;
    // The key is check + registry, whatever the case of the ID.
    list.accept(Suppression{QStringLiteral("ACR-108"),
                            r.id.toString().toUpper(),
                            QStringLiteral("vendor range, reviewed"),
                            QDate(2030, 6, 30),
                            {}});
    list.apply(all, QDate(2030, 6, 30));
    const Finding accepted = findingsOf(all, QStringLiteral("ACR-108")).first();
    QVERIFY(accepted.suppressed);
    QCOMPARE(accepted.suppressionReason, QStringLiteral("vendor range, reviewed"));
    QCOMPARE(accepted.suppressionExpires, QDate(2030, 6, 30));
    QVERIFY(!AuditEngine::anyAtOrAbove(all, Finding::Severity::High));  // the gate ignores it
    QVERIFY(AuditEngine::anyAtOrAbove(all, Finding::Severity::Medium)); // ACR-002 is not accepted
    for (const Finding &f : all)
        QCOMPARE(f.suppressed, f.checkId == QLatin1String("ACR-108"));
    // The report carries it apart and reads it back.
    AuditReport report;
    report.findings = all;
    QString error;
    const QList<Finding> json = AuditReport::fromJson(report.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(findingsOf(json, QStringLiteral("ACR-108")).first().suppressionReason,
             QStringLiteral("vendor range, reviewed"));
    const QList<Finding> csv = AuditReport::fromCsv(report.toCsv(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(findingsOf(csv, QStringLiteral("ACR-108")).first().suppressed);
    QVERIFY(!findingsOf(csv, QStringLiteral("ACR-002")).first().suppressed);
    QVERIFY(QString::fromUtf8(report.toHtml()).contains(QLatin1String("vendor range, reviewed")));
    // The day after it expires, the finding counts again.
    list.apply(all, QDate(2030, 7, 1));
    QVERIFY(!findingsOf(all, QStringLiteral("ACR-108")).first().suppressed);
    QVERIFY(findingsOf(all, QStringLiteral("ACR-108")).first().suppressionReason.isEmpty());
    QVERIFY(AuditEngine::anyAtOrAbove(all, Finding::Severity::High));
    // Applied again with nothing to change, the findings are not copied (30,000 of them held the GUI thread).
    const QList<Finding> shared = all;
    list.apply(all, QDate(2030, 7, 1));
    QCOMPARE(all.constData(), shared.constData());
    // Round trip of the list itself; reinstating removes it.
    const auto again = SuppressionList::fromJson(list.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->items.size(), 1);
    QCOMPARE(again->items.first().expires, QDate(2030, 6, 30));
    QVERIFY(list.remove(QStringLiteral("ACR-108"), r.id.toString()));
    QVERIFY(list.items.isEmpty());
}

void TestAuditReport::suppressionFilesAreCheckedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray id = "/subscriptions/0d1e2f30-4152-4637-8899-aabbccddeeff/resourceGroups/rg/providers/"
                          "Microsoft.ContainerRegistry/registries/acr";
    QTest::newRow("not JSON") << QByteArray("{\"suppressions\": [") << "not a JSON object";
    QTest::newRow("no list") << QByteArray("{}") << "\"suppressions\" is missing";
    QTest::newRow("bad check") << QByteArray("{\"suppressions\":[{\"checkId\":\"X\",\"resourceId\":\"" + id +
                                             "\",\"reason\":\"r\"}]}")
                               << "suppression 1: checkId 'X'";
    QTest::newRow("no reason") << QByteArray("{\"suppressions\":[{\"checkId\":\"ACR-001\",\"resourceId\":\"" + id +
                                             "\",\"reason\":\"  \"}]}")
                               << "suppression 1: the reason is empty";
    QTest::newRow("bad date") << QByteArray("{\"suppressions\":[{\"checkId\":\"ACR-001\",\"resourceId\":\"" + id +
                                            "\",\"reason\":\"r\"},{\"checkId\":\"ACR-002\",\"resourceId\":\"" + id +
                                            "\",\"reason\":\"r\",\"expires\":\"31/12/2030\"}]}")
                              << "suppression 2: expires '31/12/2030'";
    QTest::newRow("wrong resource") << QByteArray("{\"suppressions\":[{\"checkId\":\"ACR-001\",\"resourceId\":"
                                                  "\"acr\",\"reason\":\"r\"}]}")
                                    << "resourceId 'acr' is not a resource ID";
}

void TestAuditReport::suppressionFilesAreCheckedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString said;
    QVERIFY(!SuppressionList::fromJson(json, &said));
    QVERIFY2(said.startsWith(error) || said.contains(error), qPrintable(said));
}

void TestAuditReport::jsonKeepsTheFixCommands()
{
    AuditReport report;
    report.findings = audit({registry(QStringLiteral("legacy"), {subnetId(kSub, QStringLiteral("snet-a"))}, {})});
    const QJsonArray written =
        QJsonDocument::fromJson(report.toJson()).object().value(QLatin1String("findings")).toArray();
    QStringList commands;
    for (const QJsonValue &v : written) {
        if (v.toObject().value(QLatin1String("checkId")).toString() == QLatin1String("ACR-112"))
            for (const QJsonValue &c : v.toObject().value(QLatin1String("fixCommands")).toArray())
                commands << c.toString();
    }
    QCOMPARE(commands.size(), 1);
    QVERIFY2(commands.first().startsWith(QLatin1String("az acr network-rule remove --name legacy ")),
             qPrintable(commands.first()));
    QString error;
    const QList<Finding> read = AuditReport::fromJson(report.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), report.findings.size());
    for (int i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i).fixCommands, report.findings.at(i).fixCommands);
}

QObject *makeTestAuditReport()
{
    return new TestAuditReport;
}

#include "tst_auditreport.moc"
