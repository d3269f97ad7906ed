#include "app/azure/armerror.h"
#include "app/azure/azureterms.h"
#include "app/azure/resourceid.h"

#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace acrnet;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishCatalogueIsComplete_data();
    void spanishCatalogueIsComplete();
    void spanishIsUsedAtRunTime();
    void azureValuesInWords();
};

void TestTranslations::spanishCatalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("es") << QStringLiteral(ACRNET_TRANSLATIONS "/acrnetadmin_es.ts");
    QTest::newRow("en") << QStringLiteral(ACRNET_TRANSLATIONS "/acrnetadmin_en.ts");
}

void TestTranslations::spanishCatalogueIsComplete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    // Every message has a finished translation in Spanish; in English only plural forms need one.
    const QRegularExpression message(QStringLiteral("<message( numerus=\"yes\")?>\\s*<source>([^<]*)</source>\\s*"
                                                    "<translation type=\"unfinished\""),
                                     QRegularExpression::DotMatchesEverythingOption);
    QStringList missing;
    auto it = message.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (file.endsWith(QLatin1String("_es.ts")) || !m.captured(1).isEmpty())
            missing << m.captured(2);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
    QVERIFY(text.count(QLatin1String("<message")) > 50);
}

void TestTranslations::spanishIsUsedAtRunTime()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/acrnetadmin_es.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QString error;
    QVERIFY(!ResourceId::parseSubnet(QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
                                                    "virtualNetworks/v"),
                                     &error)
                 .isValid());
    QVERIFY2(error.contains(QLatin1String("falta /subnets/{nombre}")), qPrintable(error));
    ArmResponse r;
    r.status = 412;
    r.body = R"({"error":{"code":"PreconditionFailed","message":"etag"}})";
    const QString text = ArmError::fromReply(QNetworkReply::ContentConflictError, QString(), r).userText();
    QVERIFY2(text.contains(QLatin1String("No se ha cambiado nada")), qPrintable(text));
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::azureValuesInWords()
{
    // Without a translator: Azure's words as they are, one-word states spelled as words.
    QCOMPARE(AzureTerms::text(QStringLiteral("Succeeded")), QStringLiteral("Succeeded"));
    QCOMPARE(AzureTerms::text(QStringLiteral("NotRegistered")), QStringLiteral("Not registered"));
    QCOMPARE(AzureTerms::tooltip(QStringLiteral("NotRegistered")), QStringLiteral("Azure's value: NotRegistered"));
    QVERIFY(AzureTerms::tooltip(QStringLiteral("Succeeded")).isEmpty());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/acrnetadmin_es.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(AzureTerms::text(QStringLiteral("Enabled")), QStringLiteral("Habilitado"));
    QCOMPARE(AzureTerms::text(QStringLiteral("Deny")), QStringLiteral("Denegar"));
    QCOMPARE(AzureTerms::text(QStringLiteral("Updating")), QStringLiteral("Actualizando"));
    QCOMPARE(AzureTerms::tooltip(QStringLiteral("Updating")), QStringLiteral("Valor de Azure: Updating"));
    // What it does not know passes through unchanged, never guessed: a SKU, a new state, a different case.
    QCOMPARE(AzureTerms::text(QStringLiteral("Premium")), QStringLiteral("Premium"));
    QCOMPARE(AzureTerms::text(QStringLiteral("Migrating")), QStringLiteral("Migrating"));
    QCOMPARE(AzureTerms::text(QStringLiteral("enabled")), QStringLiteral("enabled"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
