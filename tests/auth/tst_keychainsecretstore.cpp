#include "app/auth/keychainsecretstore.h"

#include <QProcess>
#include <QtTest>

using namespace acrnet;

// Against the real Secret Service (gnome-keyring, started unlocked by scripts/test.sh under dbus-run-session).
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeRestoreDelete();
    void missingEntryMeansNotSignedIn();

private:
    SecretStore::Result call(std::function<void(SecretStore::Callback)> op);
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/test.sh, which starts one with an unlocked gnome-keyring.");
}

SecretStore::Result TestKeychainSecretStore::call(std::function<void(SecretStore::Callback)> op)
{
    bool done = false;
    SecretStore::Result result;
    op([&](const SecretStore::Result &r) {
        done = true;
        result = r;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }();
    return result;
}

void TestKeychainSecretStore::storeRestoreDelete()
{
    const QString key = QStringLiteral("test/%1/refresh-token").arg(QCoreApplication::applicationPid());
    const QString value = QStringLiteral("rt-%1-ñ").arg(QDateTime::currentMSecsSinceEpoch());
    {
        KeychainSecretStore store(QStringLiteral("acr-netadmin-test"));
        const auto w = call([&](auto done) { store.write(key, value, this, done); });
        QVERIFY2(w.status == SecretStore::Status::Ok, qPrintable(w.error));
    }
    {
        // A new store object, as after a restart, reads it back.
        KeychainSecretStore store(QStringLiteral("acr-netadmin-test"));
        const auto r = call([&](auto done) { store.read(key, this, done); });
        QCOMPARE(int(r.status), int(SecretStore::Status::Ok));
        QCOMPARE(r.value, value);
        const auto d = call([&](auto done) { store.remove(key, this, done); });
        QCOMPARE(int(d.status), int(SecretStore::Status::Ok));
        const auto gone = call([&](auto done) { store.read(key, this, done); });
        QCOMPARE(int(gone.status), int(SecretStore::Status::NotFound));
    }
    // And a separate process (secret-tool talks to the same Secret Service) sees nothing left.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("service"), QStringLiteral("acr-netadmin-test")});
    if (lookup.waitForFinished(10000) && lookup.exitStatus() == QProcess::NormalExit)
        QVERIFY(!lookup.readAllStandardOutput().contains(value.toUtf8()));
}

void TestKeychainSecretStore::missingEntryMeansNotSignedIn()
{
    KeychainSecretStore store(QStringLiteral("acr-netadmin-test"));
    const auto r = call([&](auto done) { store.read(QStringLiteral("never/written"), this, done); });
    QCOMPARE(int(r.status), int(SecretStore::Status::NotFound));
    QVERIFY(r.error.isEmpty());
    const auto d = call([&](auto done) { store.remove(QStringLiteral("never/written"), this, done); });
    QCOMPARE(int(d.status), int(SecretStore::Status::Ok));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
