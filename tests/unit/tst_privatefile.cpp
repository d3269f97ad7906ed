// Files that may hold what other local users should not read are created owner-only (0600): exports written in one
// step, the activity log appended to; an existing file with wider permissions is narrowed.
#include "app/services/activitylog.h"
#include "app/services/privatefile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;

namespace {
const QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
}

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void writeCreatesOwnerOnly();
    void writeReplacesAWiderFile();
    void writeFailsClearlyAndLeavesTheOldFile();
    void appendCreatesAndNarrows();
    void activityLogIsOwnerOnly();
};

void TestPrivateFile::writeCreatesOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    QString error;
    QVERIFY2(PrivateFile::write(path, "a,b\n", &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("a,b\n"));
    QCOMPARE(f.permissions() & kOthers, QFileDevice::Permissions());
    QVERIFY(f.permissions() & QFileDevice::ReadOwner);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.csv")}); // no leftovers
}

void TestPrivateFile::writeReplacesAWiderFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(old.setPermissions(PrivateFile::ownerOnly() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    QVERIFY2(PrivateFile::write(path, "new", &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new"));
    QCOMPARE(f.permissions() & kOthers, QFileDevice::Permissions());
}

void TestPrivateFile::writeFailsClearlyAndLeavesTheOldFile()
{
    QString error;
    QVERIFY(!PrivateFile::write(QStringLiteral("/nonexistent-dir-acrnet/report.json"), "x", &error));
    QVERIFY(!error.isEmpty());
}

void TestPrivateFile::appendCreatesAndNarrows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QString error;
    {
        QFile f(path);
        QVERIFY2(PrivateFile::openForAppend(f, &error), qPrintable(error));
        f.write("one\n");
    }
    QCOMPARE(QFile(path).permissions() & kOthers, QFileDevice::Permissions());
    QVERIFY(QFile(path).setPermissions(PrivateFile::ownerOnly() | QFileDevice::ReadOther)); // an older, wider file
    {
        QFile f(path);
        QVERIFY2(PrivateFile::openForAppend(f, &error), qPrintable(error));
        f.write("two\n");
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("one\ntwo\n"));
    QCOMPARE(f.permissions() & kOthers, QFileDevice::Permissions());
}

void TestPrivateFile::activityLogIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activity.jsonl"));
    ActivityLog log(path);
    ActivityEntry e;
    e.kind = ActivityEntry::Kind::RegistryRules;
    e.target = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r");
    log.record(e);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile(path).permissions() & kOthers, QFileDevice::Permissions());
    QString error;
    const QString exported = dir.filePath(QStringLiteral("export.jsonl"));
    QVERIFY2(log.exportTo(exported, &error), qPrintable(error));
    QCOMPARE(QFile(exported).permissions() & kOthers, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
