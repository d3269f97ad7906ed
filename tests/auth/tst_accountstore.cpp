#include "app/auth/accountstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void saveReplaceRemoveDefault();
};

void TestAccountStore::saveReplaceRemoveDefault()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AccountStore store(&settings);
    QVERIFY(store.accounts().isEmpty());
    Account a;
    a.id = AccountStore::newId();
    a.method = Account::Method::ServicePrincipal;
    a.cloudName = QStringLiteral("AzureCloud");
    a.homeTenantId = QStringLiteral("t");
    a.clientId = QStringLiteral("app");
    a.username = QStringLiteral("app");
    store.save(a);
    Account b = a;
    b.id = AccountStore::newId();
    b.method = Account::Method::DeviceCode;
    b.isDefault = true;
    store.save(b);
    QCOMPARE(store.accounts().size(), 2);
    QCOMPARE(store.defaultAccount().id, b.id);
    a.isDefault = true;
    store.save(a); // replaces, and takes the default from b
    QCOMPARE(store.accounts().size(), 2);
    QCOMPARE(store.defaultAccount().id, a.id);
    QCOMPARE(store.accounts().at(0).method, Account::Method::ServicePrincipal);
    // A new QSettings on the same file sees the same accounts (restart).
    QSettings again(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(AccountStore(&again).accounts().size(), 2);
    store.remove(a.id);
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.defaultAccount().id, b.id);
    QVERIFY(a.secretKey().startsWith(QLatin1String("AzureCloud/t/")));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
