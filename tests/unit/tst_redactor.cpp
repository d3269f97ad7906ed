// Presentation mode's rules (Redactor): what is replaced, what stays, and that placeholders are stable, distinct and
// never redacted twice.
#include "app/azure/redactor.h"
#include "app/azure/resourceid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace acrnet;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void guidsBecomeStablePlaceholders();
    void resourceIdsKeepTheirShape();
    void publicAddressesOnly_data();
    void publicAddressesOnly();
    void distinctAddressesStayDistinct();
    void peopleAndTenantDomains();
    void namesAndWordsStay_data();
    void namesAndWordsStay();
    void redactingTwiceChangesNothing();
    void jsonStaysJson();
};

void TestRedactor::guidsBecomeStablePlaceholders()
{
    const QString tenant = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
    const Redactor a(QByteArrayLiteral("key-1"));
    const Redactor b(QByteArrayLiteral("key-1"));
    const Redactor other(QByteArrayLiteral("key-2"));
    const QString placeholder = a.redact(tenant);
    QVERIFY(placeholder != tenant);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[0-9a-f]{8}-0000-4000-8000-[0-9a-f]{12}$")).match(placeholder).hasMatch(),
        qPrintable(placeholder));
    QCOMPARE(b.redact(tenant), placeholder);           // another run, same key
    QCOMPARE(a.redact(tenant.toUpper()), placeholder); // the same GUID in capitals
    QVERIFY(other.redact(tenant) != placeholder);      // the key decides
    QVERIFY(a.redact(QStringLiteral("9a4e2f10-3b6c-4d8e-a1f2-7c9d0e5b4a02")) != placeholder);
    QCOMPARE(a.redact(QStringLiteral("Request ID: %1.").arg(tenant)),
             QStringLiteral("Request ID: %1.").arg(placeholder));
    // The nil GUID identifies nothing.
    QCOMPARE(a.redact(QStringLiteral("00000000-0000-0000-0000-000000000000")),
             QStringLiteral("00000000-0000-0000-0000-000000000000"));
}

void TestRedactor::resourceIdsKeepTheirShape()
{
    const Redactor r(QByteArrayLiteral("k"));
    const QString id =
        QStringLiteral("/subscriptions/2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7/resourceGroups/rg-net/providers/"
                       "Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-aks");
    const QString shown = r.redact(id);
    QVERIFY(!shown.contains(QLatin1String("2e1f3a4b")));
    const ResourceId parsed = ResourceId::parse(shown);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.subscriptionId(), r.redact(QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7")));
    QCOMPARE(parsed.resourceGroup(), QStringLiteral("rg-net"));
    QCOMPARE(parsed.name(), QStringLiteral("snet-aks"));
}

void TestRedactor::publicAddressesOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("redacted");
    QTest::addColumn<QString>("shape"); // what a redacted value looks like
    const QString host = QStringLiteral("^198\\.1[89]\\.\\d{1,3}\\.\\d{1,3}$");
    QTest::newRow("public host") << QStringLiteral("52.160.10.4") << true << host;
    QTest::newRow("public /24") << QStringLiteral("20.37.158.0/24") << true
                                << QStringLiteral("^198\\.1[89]\\.\\d{1,3}\\.0/24$");
    QTest::newRow("public /30") << QStringLiteral("40.112.1.8/30") << true
                                << QStringLiteral("^198\\.1[89]\\.\\d{1,3}\\.\\d{1,3}/30$");
    QTest::newRow("public /8") << QStringLiteral("52.0.0.0/8") << true << QStringLiteral("^198\\.18\\.0\\.0/8$");
    QTest::newRow("wrong prefix keeps the mistake")
        << QStringLiteral("52.160.10.4/33") << true << QStringLiteral("^198\\.1[89]\\.\\d{1,3}\\.\\d{1,3}/33$");
    QTest::newRow("in a sentence") << QStringLiteral("Your address 52.160.10.4.") << true
                                   << QStringLiteral("^Your address 198\\.1[89]\\.\\d{1,3}\\.\\d{1,3}\\.$");
    QTest::newRow("private") << QStringLiteral("10.20.2.0/25") << false << QString();
    QTest::newRow("private 172") << QStringLiteral("172.16.4.1") << false << QString();
    QTest::newRow("private 192.168") << QStringLiteral("192.168.1.1") << false << QString();
    QTest::newRow("shared CGNAT") << QStringLiteral("100.64.0.1") << false << QString();
    QTest::newRow("documentation 1") << QStringLiteral("192.0.2.77") << false << QString();
    QTest::newRow("documentation 2") << QStringLiteral("198.51.100.0/24") << false << QString();
    QTest::newRow("documentation 3") << QStringLiteral("203.0.113.50") << false << QString();
    QTest::newRow("anywhere") << QStringLiteral("0.0.0.0/0") << false << QString();
    QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:8443/x") << false << QString();
    QTest::newRow("not an address") << QStringLiteral("version 1.2.3.400") << false << QString();
    QTest::newRow("five parts") << QStringLiteral("1.2.3.4.5") << false << QString();
}

void TestRedactor::publicAddressesOnly()
{
    QFETCH(QString, text);
    QFETCH(bool, redacted);
    QFETCH(QString, shape);
    const Redactor r(QByteArrayLiteral("k"));
    const QString shown = r.redact(text);
    QCOMPARE(r.needsRedaction(text), redacted);
    if (!redacted) {
        QCOMPARE(shown, text);
        return;
    }
    QVERIFY2(QRegularExpression(shape).match(shown).hasMatch(), qPrintable(shown));
    QCOMPARE(r.redact(shown), shown);
}

void TestRedactor::distinctAddressesStayDistinct()
{
    const Redactor r(QByteArrayLiteral("k"));
    QRandomGenerator random(7);
    QSet<QString> seen;
    QSet<QString> shown;
    while (seen.size() < 5000) {
        const quint32 a = random.generate();
        if (!Redactor::isPublicIPv4(a))
            continue;
        const QString text =
            QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
        if (seen.contains(text))
            continue;
        seen.insert(text);
        shown.insert(r.redact(text));
    }
    QCOMPARE(shown.size(), seen.size()); // colliding hashes move to a free placeholder
}

void TestRedactor::peopleAndTenantDomains()
{
    Redactor r(QByteArrayLiteral("k"));
    const QString upn = r.redact(QStringLiteral("Signed in as admin@contoso.example"));
    QVERIFY2(QRegularExpression(QStringLiteral("^Signed in as user-[0-9a-f]{6}@tenant-[0-9a-f]{6}\\.example$"))
                 .match(upn)
                 .hasMatch(),
             qPrintable(upn));
    // The same person in capitals is the same placeholder; another person in the same tenant shares the domain.
    QCOMPARE(r.redact(QStringLiteral("ADMIN@CONTOSO.EXAMPLE")), upn.mid(13));
    const QString ops = r.redact(QStringLiteral("ops@contoso.example"));
    QVERIFY(ops != upn.mid(13));
    QCOMPARE(ops.section(QLatin1Char('@'), 1), upn.section(QLatin1Char('@'), 1));
    // Entra's own domains always go; another tenant's domain once the app knows it.
    QVERIFY(!r.redact(QStringLiteral("Tenant contoso.onmicrosoft.com")).contains(QLatin1String("contoso")));
    QCOMPARE(r.redact(QStringLiteral("Tenant contoso.example")), QStringLiteral("Tenant contoso.example"));
    r.addDomains({QStringLiteral("Contoso.example")});
    const QString domain = r.redact(QStringLiteral("Tenant contoso.example"));
    QVERIFY2(!domain.contains(QLatin1String("contoso")), qPrintable(domain));
    QCOMPARE(domain.mid(7), upn.section(QLatin1Char('@'), 1)); // the bare domain and the UPN's domain agree
    QVERIFY(!r.redact(QStringLiteral("https://portal.contoso.example/x")).contains(QLatin1String("contoso")));
}

void TestRedactor::namesAndWordsStay_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("registry") << QStringLiteral("contosoprod");
    QTest::newRow("subnet") << QStringLiteral("snet-aks");
    QTest::newRow("provider") << QStringLiteral("Microsoft.ContainerRegistry");
    QTest::newRow("login server") << QStringLiteral("contosoprod.azurecr.io");
    QTest::newRow("sentence") << QStringLiteral("Default action: Deny. 3 rules, 1 IP rule (10.0.0.0/16).");
    QTest::newRow("az command") << QStringLiteral("az acr network-rule add --name contosoprod --subnet snet-aks");
    QTest::newRow("spanish") << QStringLiteral("Acción predeterminada: Denegar");
}

void TestRedactor::namesAndWordsStay()
{
    QFETCH(QString, text);
    Redactor r(QByteArrayLiteral("k"));
    r.addDomains({QStringLiteral("contoso.example")});
    QCOMPARE(r.redact(text), text);
}

void TestRedactor::redactingTwiceChangesNothing()
{
    Redactor r(QByteArrayLiteral("k"));
    r.addDomains({QStringLiteral("northwind.example")});
    const QString text =
        QStringLiteral("ops@northwind.example in northwind.example, tenant 7c6b5a49-3827-4160-9f5e-4d3c2b1a0f9e, "
                       "rule 40.112.1.8/30, egress 52.160.10.4, correlation 9C8B7A6D-5E4F-4B3A-9D2C-1F0E9B8A7C6D");
    const QString once = r.redact(text);
    QVERIFY(once != text);
    QCOMPARE(r.redact(once), once);
    const Redactor fresh(QByteArrayLiteral("k")); // placeholders are recognised by their form, not by memory
    QCOMPARE(fresh.redact(once), once);
}

void TestRedactor::jsonStaysJson()
{
    const Redactor r(QByteArrayLiteral("k"));
    const QJsonObject json{
        {QStringLiteral("id"), QStringLiteral("/subscriptions/3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9/resourceGroups/rg")},
        {QStringLiteral("ipRules"), QStringLiteral("52.160.10.4")},
        {QStringLiteral("createdBy"), QStringLiteral("admin@contoso.example")}};
    const QByteArray shown = r.redact(QJsonDocument(json).toJson());
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(shown, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().keys(), json.keys());
    QVERIFY(!shown.contains("3a2b1c0d") && !shown.contains("52.160") && !shown.contains("admin@"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
