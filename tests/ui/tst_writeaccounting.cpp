// Every write accounted for, through the real dialogs on the sandbox's training scenario with injected faults:
// a write outlives its dialog and is still recorded and shown; one activity entry per attempt with the outcome,
// the state read afterwards and every request's IDs; "unchanged" only after a re-read says so; a failed delete is
// recorded; closing a dialog mid-write asks (keep running / cancel while nothing was sent); the Running operations
// dock lists and cancels; a long operation's failure stays visible (its dialog, or a box of its own) with Retry;
// an unknown outcome is settled by Re-check.
#include "app/services/changeservice.h"
#include "models/activitymodel.h"
#include "models/resourcefilterproxymodel.h"
#include "models/runningoperationsmodel.h"
#include "tests/support/appfixture.h"
#include "ui/activitydock.h"
#include "ui/deletegroupdialog.h"
#include "ui/inventorytablespane.h"
#include "ui/operationdialog.h"
#include "ui/operationsdock.h"
#include "ui/ruleseditordialog.h"
#include "ui/serviceendpointdialog.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace acrnet;
using acrnet::test::AppFixture;

namespace {
// With ACRNET_SCREENSHOT_DIR set, saves a widget's picture there (for reviewing the UI, not for asserting).
void screenshot(QWidget *w, const QString &name)
{
    if (w && qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        w->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QLatin1Char('/') + name +
                       QStringLiteral(".png"));
}

const QString kTraining = QStringLiteral("8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
const QString kNetworking = QStringLiteral("9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d");
const QString kRegistry = QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/"
                                         "myResourceGroup/providers/Microsoft.ContainerRegistry/registries/"
                                         "mycontainerregistry");
const QString kVmSubnet = QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/"
                                         "myResourceGroup/providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/"
                                         "subnets/myDockerVMSubnet");
const QString kSharedSubnet = QStringLiteral("/subscriptions/9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d/resourceGroups/"
                                             "networkResourceGroup/providers/Microsoft.Network/virtualNetworks/"
                                             "sharedVNET/subnets/sharedSubnet");
const QString kNetworkGroup = QStringLiteral("networkResourceGroup");

// The question a dialog asks when it is closed while its write runs; answers it with the named button.
bool answerCloseQuestion(WriteDialog *dialog, const QString &button, bool expectCancel)
{
    QMessageBox *box = dialog->closeQuestion();
    if (!box || !box->isVisible())
        return false;
    if ((box->findChild<QPushButton *>(QStringLiteral("cancelChangeButton")) != nullptr) != expectCancel)
        return false;
    auto *b = box->findChild<QPushButton *>(button);
    if (!b)
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

bool hasIpRule(const QJsonObject &registry)
{
    return !registry.value(QLatin1String("properties"))
                .toObject()
                .value(QLatin1String("networkRuleSet"))
                .toObject()
                .value(QLatin1String("ipRules"))
                .toArray()
                .isEmpty();
}

QStringList methods(const ActivityEntry &e)
{
    QStringList m;
    for (const QJsonValue &r : e.requests)
        m << r.toObject().value(QLatin1String("method")).toString();
    return m;
}

bool everyRequestHasIds(const ActivityEntry &e)
{
    for (const QJsonValue &r : e.requests) {
        const QJsonObject o = r.toObject();
        if (o.value(QLatin1String("status")).toInt() > 0 && o.value(QLatin1String("requestId")).toString().isEmpty())
            return false;
        if (o.value(QLatin1String("clientRequestId")).toString().isEmpty())
            return false;
    }
    return !e.requests.isEmpty();
}
} // namespace

class TestWriteAccounting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rulesEditorClosedWhileItsPatchRuns();
    void failedPatchRecordsTheStateReadAgain();
    void deleteDialogClosedWhileTheDeleteRuns();
    void failedDeleteIsRecorded();
    void failedEndpointChangeIsReadAgain();
    void actionsFollowTheFocusedView();
    void signOutDuringAnEndpointWrite();
    void closingBeforeAnythingWasSentCancels();
    void runningOperationsDockCancelsWhatWasNotSent();
    void failureAfterItsDialogClosedStaysVisible();
    void providerRegistrationFailureShowsRetry();
    void recheckSettlesAnUnknownOutcome();
    void endpointAndRegistrationDialogsClosedMidWrite();

private:
    ActivityEntry lastEntry(AppFixture &app, ActivityEntry::Kind kind);
    RulesEditorDialog *applyIpRule(AppFixture &app, const QString &ip);
};

void TestWriteAccounting::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_writeaccounting"));
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")));
    QCoreApplication::installTranslator(english);
}

ActivityEntry TestWriteAccounting::lastEntry(AppFixture &app, ActivityEntry::Kind kind)
{
    const QList<ActivityEntry> all = app.activity()->entries();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->kind == kind)
            return *it;
    }
    return {};
}

RulesEditorDialog *TestWriteAccounting::applyIpRule(AppFixture &app, const QString &ip)
{
    RulesEditorDialog *editor = app.window()->adminActions()->editRules(kRegistry);
    if (!editor || !editor->addIpRule(ip))
        return nullptr;
    editor->review();
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    return editor;
}

void TestWriteAccounting::rulesEditorClosedWhileItsPatchRuns()
{
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.latencyMs = 300;
    QPointer<RulesEditorDialog> editor = applyIpRule(app, QStringLiteral("203.0.113.0/24"));
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith(QLatin1String("Updating the network rules")), 10000);
    editor->close(); // the PATCH is on the wire: closing asks, and offers no Cancel (nothing can call it back)
    QTRY_VERIFY(editor->closeQuestion());
    QVERIFY(editor->isVisible());
    screenshot(editor->closeQuestion(), QStringLiteral("close-while-writing"));
    QVERIFY(answerCloseQuestion(editor, QStringLiteral("keepRunningButton"), false));
    QTRY_VERIFY(!editor);
    // Still visible without its window: the status bar says a change is running, and the Running operations dock
    // says what it is, where it is, for how long, and that it cannot be cancelled.
    auto *running = app.window()->findChild<QToolButton *>(QStringLiteral("runningChangesButton"));
    QVERIFY(running);
    QVERIFY(running->isVisible());
    QCOMPARE(running->text(), QStringLiteral("1 change running"));
    QTest::mouseClick(running, Qt::LeftButton);
    OperationsDock *dock = app.window()->operationsDock();
    QTRY_VERIFY(dock->isVisible());
    QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dock->model()->rowCount(), 1);
    const QModelIndex row = dock->model()->index(0, RunningOperationsModel::Title);
    QCOMPARE(row.data().toString(), QStringLiteral("Network rules of mycontainerregistry"));
    QVERIFY(row.siblingAtColumn(RunningOperationsModel::Progress)
                .data()
                .toString()
                .startsWith(QLatin1String("Updating the network rules")));
    QVERIFY(row.siblingAtColumn(RunningOperationsModel::Elapsed).data().toString().endsWith(QLatin1String(" s")));
    QCOMPARE(row.data(RunningOperationsModel::CancellableRole).toBool(), false);
    QVERIFY(!dock->findChild<QPushButton *>(QStringLiteral("cancelRunningButton"))->isEnabled());
    screenshot(app.window(), QStringLiteral("running-operations"));

    // The entry was written when the write began and completed when it ended, with what was read afterwards.
    QTRY_COMPARE_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::RegistryRules).outcome,
                              ActivityEntry::Outcome::Applied, 10000);
    const ActivityEntry e = lastEntry(app, ActivityEntry::Kind::RegistryRules);
    QCOMPARE(e.target, kRegistry);
    const QJsonArray after =
        e.after.value(QLatin1String("networkRuleSet")).toObject().value(QLatin1String("ipRules")).toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).toObject().value(QLatin1String("value")).toString(), QStringLiteral("203.0.113.0/24"));
    QVERIFY2(methods(e).mid(0, 2) == QStringList({QStringLiteral("GET"), QStringLiteral("PATCH")}),
             qPrintable(methods(e).join(QLatin1Char(' '))));
    QVERIFY(everyRequestHasIds(e));
    QVERIFY(!e.requestId.isEmpty());
    QTRY_VERIFY(!running->isVisible());
    // The view was refreshed although no window was left to ask for it.
    QTRY_VERIFY_WITH_TIMEOUT(app.service()
                                     ->snapshot()
                                     .registries.value(kRegistry.toLower())
                                     .networkRuleSet.value_or(NetworkRuleSet())
                                     .ipRules.size() == 1,
                             10000);
    // And the entry reads back the same from the file.
    ActivityLog reread(app.activity()->path());
    QCOMPARE(reread.entry(e.id).outcome, ActivityEntry::Outcome::Applied);
    QCOMPARE(reread.entry(e.id).requests.size(), e.requests.size());
}

void TestWriteAccounting::failedPatchRecordsTheStateReadAgain()
{
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().settings.asyncRegistryUpdates = true;
    app.sandbox().server().store().faults.lroFailNext = 1; // the PATCH's operation ends Failed
    QPointer<RulesEditorDialog> editor = applyIpRule(app, QStringLiteral("203.0.113.0/24"));
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::RegistryRules).isFinished(), 10000);
    const ActivityEntry e = lastEntry(app, ActivityEntry::Kind::RegistryRules);
    // Unchanged — and said so only because the registry was read again after the failure.
    QCOMPARE(e.outcome, ActivityEntry::Outcome::FailedUnchanged);
    QVERIFY(e.verifiedAt.isValid());
    QVERIFY2(e.outcomeText().startsWith(QStringLiteral("failed – unchanged (verified by re-read at ")),
             qPrintable(e.outcomeText()));
    QCOMPARE(methods(e).count(QStringLiteral("PATCH")), 1);
    QVERIFY(methods(e).last() == QLatin1String("GET")); // the re-read after the failure
    // "after" is the state read, not the intent: no IP rule.
    QVERIFY(
        e.after.value(QLatin1String("networkRuleSet")).toObject().value(QLatin1String("ipRules")).toArray().isEmpty());
    QCOMPARE(
        e.desired.value(QLatin1String("networkRuleSet")).toObject().value(QLatin1String("ipRules")).toArray().size(),
        1);
    QVERIFY(!e.errorCode.isEmpty());
    QVERIFY(everyRequestHasIds(e));
    QVERIFY(editor->statusText().contains(QLatin1String("The registry is unchanged.")));
    // Each part of the error said once: the service's code is not repeated.
    QCOMPARE(editor->statusText().count(QLatin1Char('[') + e.errorCode + QLatin1Char(']')), 1);
}

void TestWriteAccounting::deleteDialogClosedWhileTheDeleteRuns()
{
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().settings.resourceGroupDeleteDelayMs = 800;
    QPointer<DeleteGroupDialog> dialog = app.window()->adminActions()->deleteGroup(kNetworking, kNetworkGroup);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")), kNetworkGroup);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(lastEntry(app, ActivityEntry::Kind::ResourceGroupDeletion).outcome == ActivityEntry::Outcome::Running);
    dialog->reject(); // Escape: the same question as the close button
    QVERIFY(answerCloseQuestion(dialog, QStringLiteral("keepRunningButton"), false));
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::ResourceGroupDeletion).outcome,
                              ActivityEntry::Outcome::Applied, 10000);
    const ActivityEntry e = lastEntry(app, ActivityEntry::Kind::ResourceGroupDeletion);
    QVERIFY(methods(e).contains(QStringLiteral("DELETE")));
    QVERIFY(everyRequestHasIds(e));
    // The tree no longer shows the group, without any window left to ask for it.
    QTRY_VERIFY_WITH_TIMEOUT(
        !app.window()
             ->treeModel()
             ->indexForKey(QStringLiteral("/subscriptions/%1/resourcegroups/networkresourcegroup").arg(kNetworking))
             .isValid(),
        10000);
}

void TestWriteAccounting::failedDeleteIsRecorded()
{
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.errorNext = 20; // every attempt of the DELETE answers 500/503
    QPointer<DeleteGroupDialog> dialog = app.window()->adminActions()->deleteGroup(kNetworking, kNetworkGroup);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")), kNetworkGroup);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::ResourceGroupDeletion).isFinished(), 30000);
    app.sandbox().server().store().faults.errorNext = 0;
    const ActivityEntry e = lastEntry(app, ActivityEntry::Kind::ResourceGroupDeletion);
    // The DELETE left (and was retried): whether part of the group went is not known — and the entry says so.
    QCOMPARE(e.outcome, ActivityEntry::Outcome::FailedUnknown);
    QVERIFY(e.outcomeText().contains(QLatin1String("state unknown")));
    QVERIFY(methods(e).count(QStringLiteral("DELETE")) >= 2);
    QVERIFY(!e.errorCode.isEmpty());
    QVERIFY(!e.message.isEmpty());
    QVERIFY(everyRequestHasIds(e));
    QVERIFY(dialog->statusText().startsWith(QLatin1String("Not deleted")));
    // Wide enough for its own title and the error (it was ~200 px and cut both).
    QVERIFY(dialog->width() >= 2 * dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()));
}

void TestWriteAccounting::failedEndpointChangeIsReadAgain()
{
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.lroFailNext = 1; // the subnet PUT's operation ends Failed
    ServiceEndpointDialog *dialog = app.window()->adminActions()->setEndpoints({kVmSubnet}, true);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("endpointApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::SubnetEndpoint).isFinished(), 10000);
    const ActivityEntry e = lastEntry(app, ActivityEntry::Kind::SubnetEndpoint);
    QCOMPARE(e.outcome, ActivityEntry::Outcome::FailedUnchanged);
    QVERIFY(e.verifiedAt.isValid()); // read again after the failed PUT before saying "unchanged"
    QVERIFY(methods(e).count(QStringLiteral("PUT")) == 1 && methods(e).last() == QLatin1String("GET"));
    QVERIFY(e.after.value(QLatin1String("serviceEndpoints")).toArray().isEmpty());
    QVERIFY(everyRequestHasIds(e));
    // The dialog says the same: unchanged because it was read again (not merely "failed, unchanged").
    QTRY_VERIFY(!dialog->summaryText().isEmpty());
    const QString row = dialog->findChild<QTableWidget *>()->item(0, 2)->text();
    QVERIFY2(row.startsWith(QLatin1String("failed, unchanged (verified by re-read at ")), qPrintable(row));
}

void TestWriteAccounting::actionsFollowTheFocusedView()
{
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    MainWindow *w = app.window();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QAction *editRules = w->findChild<QAction *>(QStringLiteral("editRulesAction"));
    QVERIFY(editRules);
    // The tree's current node: the training subscription (no rules to edit there).
    const QModelIndex sub =
        w->treeProxy()->mapFromSource(w->treeModel()->indexForKey(QStringLiteral("/subscriptions/") + kTraining));
    w->treeView()->setCurrentIndex(sub);
    // A registry row selected in the table, which has the focus: its actions.
    QTableView *table = w->tablesPane()->registryView();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(editRules->isEnabled());
    // Back to the tree (as a right-click there does): the node's actions, not the row's.
    w->treeView()->setFocus();
    QTRY_VERIFY(w->treeView()->hasFocus());
    QTRY_VERIFY(!editRules->isEnabled());
}

void TestWriteAccounting::signOutDuringAnEndpointWrite()
{
    // The account goes away while the subnet PUT is being followed: the write ends as "signed out" with its state
    // unknown (the PUT had left), the entry says so, and the dialog shows the end instead of "updating…" forever.
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.latencyMs = 300;
    app.sandbox().server().store().settings.provisioningDelayMs = 3000;
    QPointer<ServiceEndpointDialog> dialog = app.window()->adminActions()->setEndpoints({kVmSubnet}, true);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("endpointApplyButton")), Qt::LeftButton);
    // The PUT was accepted: the sandbox shows the subnet updating.
    QTRY_VERIFY_WITH_TIMEOUT(app.resource(kVmSubnet, QStringLiteral("2024-01-01"))
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("provisioningState"))
                                     .toString() == QLatin1String("Updating"),
                             10000);
    const QList<Account> accounts = app.accounts()->accounts();
    QVERIFY(!accounts.isEmpty());
    QVERIFY(!lastEntry(app, ActivityEntry::Kind::SubnetEndpoint).isFinished());
    for (const Account &a : accounts)
        app.accounts()->signOut(a.id);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::SubnetEndpoint).isFinished(), 5000);
    const ActivityEntry e = lastEntry(app, ActivityEntry::Kind::SubnetEndpoint);
    QVERIFY2(e.outcome == ActivityEntry::Outcome::FailedUnknown,
             qPrintable(e.outcomeText() + QLatin1Char(' ') + e.message + QLatin1Char(' ') +
                        methods(e).join(QLatin1Char(' '))));
    QVERIFY2(e.message.contains(QLatin1String("signed out")), qPrintable(e.message));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->summaryText().isEmpty(), 5000);
    QVERIFY2(dialog->summaryText().contains(QLatin1String("1 failed")), qPrintable(dialog->summaryText()));
}

void TestWriteAccounting::closingBeforeAnythingWasSentCancels()
{
    // Closed while the editor is still reading the registry again: nothing has left, so Cancel is offered, and
    // taking it sends nothing and records the attempt as cancelled.
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.latencyMs = 1500;
    QPointer<RulesEditorDialog> editor = applyIpRule(app, QStringLiteral("203.0.113.0/24"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->statusText().startsWith(QLatin1String("Reading mycontainerregistry again")));
    editor->close();
    QVERIFY(answerCloseQuestion(editor, QStringLiteral("cancelChangeButton"), true));
    QTRY_VERIFY(!editor);
    QTRY_COMPARE_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::RegistryRules).outcome,
                              ActivityEntry::Outcome::Cancelled, 5000);
    QVERIFY(!methods(lastEntry(app, ActivityEntry::Kind::RegistryRules)).contains(QStringLiteral("PATCH")));
    app.sandbox().server().store().faults.latencyMs = 0;
    QVERIFY(!hasIpRule(app.resource(kRegistry, QStringLiteral("2021-08-01-preview"))));
    QCOMPARE(app.window()->adminActions()->changes()->operations()->count(), 0);
}

void TestWriteAccounting::runningOperationsDockCancelsWhatWasNotSent()
{
    // Two subnets, one after the other; Cancel in the dock stops what has not been sent: the second subnet is never
    // touched, and whatever was under way for the first ends and is recorded.
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.latencyMs = 600;
    QPointer<ServiceEndpointDialog> dialog =
        app.window()->adminActions()->setEndpoints({kVmSubnet, kSharedSubnet}, true);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("endpointApplyButton")), Qt::LeftButton);
    OperationsDock *dock = app.window()->operationsDock();
    QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(dock->model()->rowCount(), 1);
    QCOMPARE(dock->model()->index(0, 0).data().toString(), QStringLiteral("Enable the ACR endpoint on 2 subnets"));
    QTRY_VERIFY(dock->model()->index(0, 1).data().toString().startsWith(QLatin1String("Subnet 1 of 2")));
    auto *cancel = dock->findChild<QPushButton *>(QStringLiteral("cancelRunningButton"));
    dock->view()->setCurrentIndex(dock->model()->index(0, 0));
    QTRY_VERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dock->model()->rowCount(), 0, 10000);
    QTRY_VERIFY(!dialog->summaryText().isEmpty());
    app.sandbox().server().store().faults.latencyMs = 0;
    // The second subnet: no entry, no PUT, still without the ACR endpoint.
    for (const ActivityEntry &e : app.activity()->entries())
        QVERIFY(e.target.compare(kSharedSubnet, Qt::CaseInsensitive) != 0);
    const QJsonArray shared = app.resource(kSharedSubnet, QStringLiteral("2024-01-01"))
                                  .value(QLatin1String("properties"))
                                  .toObject()
                                  .value(QLatin1String("serviceEndpoints"))
                                  .toArray();
    QCOMPARE(shared.size(), 1); // only its Microsoft.Storage endpoint
    // The first one is recorded with an outcome that says what happened (cancelled before its PUT, or applied).
    const ActivityEntry first = lastEntry(app, ActivityEntry::Kind::SubnetEndpoint);
    QCOMPARE(first.target, kVmSubnet);
    QVERIFY2(first.outcome == ActivityEntry::Outcome::Cancelled || first.outcome == ActivityEntry::Outcome::Applied,
             qPrintable(first.outcomeText()));
    QCOMPARE(first.outcome == ActivityEntry::Outcome::Applied, methods(first).contains(QStringLiteral("PUT")));
}

void TestWriteAccounting::failureAfterItsDialogClosedStaysVisible()
{
    // The editor was closed while the PATCH ran, and the PATCH failed: the failure is not a status-bar message that
    // vanishes, but a box with the whole error that stays until dismissed.
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().settings.asyncRegistryUpdates = true;
    app.sandbox().server().store().faults.lroFailNext = 1;
    app.sandbox().server().store().faults.latencyMs = 300;
    QPointer<RulesEditorDialog> editor = applyIpRule(app, QStringLiteral("203.0.113.0/24"));
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith(QLatin1String("Updating the network rules")), 10000);
    editor->close();
    QVERIFY(answerCloseQuestion(editor, QStringLiteral("keepRunningButton"), false));
    QTRY_VERIFY(!editor);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = app.window()->findChild<QMessageBox *>(QStringLiteral("operationFailedBox"))) &&
                                 box->isVisible(),
                             10000);
    const ActivityEntry e = lastEntry(app, ActivityEntry::Kind::RegistryRules);
    QCOMPARE(e.outcome, ActivityEntry::Outcome::FailedUnchanged);
    QCOMPARE(box->text(), QStringLiteral("Network rules of mycontainerregistry"));
    QVERIFY2(box->informativeText().contains(e.errorCode), qPrintable(box->informativeText()));
    QTest::qWait(500); // it does not go away by itself
    QVERIFY(box->isVisible());
    screenshot(box, QStringLiteral("failure-after-close"));
}

void TestWriteAccounting::providerRegistrationFailureShowsRetry()
{
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.errorNext = 30; // the POST answers 500/503 on every attempt
    QPointer<OperationDialog> dialog = app.window()->adminActions()->startRegistration(kNetworking);
    QVERIFY(dialog);
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelOperationButton"));
    QVERIFY(!cancel->isEnabled()); // the POST left at once: nothing to call back
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::ProviderRegistration).isFinished(), 30000);
    app.sandbox().server().store().faults.errorNext = 0;
    const ActivityEntry failed = lastEntry(app, ActivityEntry::Kind::ProviderRegistration);
    QCOMPARE(failed.outcome, ActivityEntry::Outcome::FailedUnknown);
    QVERIFY(!failed.errorCode.isEmpty());
    // The failure stays in the dialog, whole, with Retry, and no box on top of it.
    QTRY_VERIFY(retry->isVisible());
    QVERIFY2(dialog->statusText().startsWith(QLatin1String("Registration failed: ")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(failed.requestId));
    QVERIFY(!app.window()->findChild<QMessageBox *>(QStringLiteral("operationFailedBox")));
    screenshot(dialog, QStringLiteral("registration-failed"));
    QTest::qWait(300);
    QVERIFY(dialog && dialog->isVisible() && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText() ==
                                 QStringLiteral("Microsoft.ContainerRegistry is registered in Training networking."),
                             20000);
    QCOMPARE(lastEntry(app, ActivityEntry::Kind::ProviderRegistration).outcome, ActivityEntry::Outcome::Applied);
    QCOMPARE(app.activity()->entries().count(), 2); // one entry per attempt
}

void TestWriteAccounting::recheckSettlesAnUnknownOutcome()
{
    // A delete that failed after its DELETE left: "state unknown". Re-check reads the group: still there, so the
    // entry becomes "unchanged (verified by re-read at …)".
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.errorNext = 30;
    QPointer<DeleteGroupDialog> dialog = app.window()->adminActions()->deleteGroup(kNetworking, kNetworkGroup);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")), kNetworkGroup);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::ResourceGroupDeletion).isFinished(), 30000);
    app.sandbox().server().store().faults.errorNext = 0;
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->text(), QStringLiteral("Retry"));
    const QString id = lastEntry(app, ActivityEntry::Kind::ResourceGroupDeletion).id;
    QCOMPARE(app.activity()->entry(id).outcome, ActivityEntry::Outcome::FailedUnknown);
    ActivityDock *dock = app.window()->activityDock();
    QAbstractItemModelTester tester(dock->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *recheck = dock->findChild<QPushButton *>(QStringLiteral("recheckActivityButton"));
    auto *restore = dock->findChild<QPushButton *>(QStringLiteral("restoreActivityButton"));
    QAbstractItemModel *model = dock->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ActivityModel::EntryIdRole).toString() == id)
            dock->view()->setCurrentIndex(model->index(row, 0));
    }
    QTRY_VERIFY(recheck->isEnabled());
    QVERIFY(!restore->isEnabled()); // a deletion is not put back from here
    QTest::mouseClick(recheck, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.activity()->entry(id).outcome, ActivityEntry::Outcome::FailedUnchanged, 10000);
    const ActivityEntry e = app.activity()->entry(id);
    QVERIFY(e.verifiedAt.isValid());
    QCOMPARE(e.after.value(QLatin1String("exists")).toBool(), true);
    QVERIFY2(e.message.contains(QLatin1String("Re-checked at ")), qPrintable(e.message));
    QVERIFY(methods(e).last() == QLatin1String("GET"));
    QTRY_VERIFY(!recheck->isEnabled()); // settled: nothing left to re-check
    // Read back from the file: the same, one line for the attempt.
    ActivityLog reread(app.activity()->path());
    QCOMPARE(reread.entry(id).outcome, ActivityEntry::Outcome::FailedUnchanged);
    QCOMPARE(reread.entries().size(), app.activity()->entries().size());
}

void TestWriteAccounting::endpointAndRegistrationDialogsClosedMidWrite()
{
    // The two other write kinds, closed while their request is out: each keeps running, is recorded as applied and
    // the inventory shows the result without any window left to ask for it.
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    app.sandbox().server().store().faults.latencyMs = 400;
    QPointer<ServiceEndpointDialog> endpoint = app.window()->adminActions()->setEndpoints({kVmSubnet}, true);
    QVERIFY(endpoint);
    QTest::mouseClick(endpoint->findChild<QPushButton *>(QStringLiteral("endpointApplyButton")), Qt::LeftButton);
    QTRY_VERIFY(methods(lastEntry(app, ActivityEntry::Kind::SubnetEndpoint)).contains(QStringLiteral("GET")) ||
                lastEntry(app, ActivityEntry::Kind::SubnetEndpoint).outcome == ActivityEntry::Outcome::Running);
    endpoint->close();
    QTRY_VERIFY(endpoint->closeQuestion());
    QVERIFY(answerCloseQuestion(
        endpoint, QStringLiteral("keepRunningButton"),
        endpoint->closeQuestion()->findChild<QPushButton *>(QStringLiteral("cancelChangeButton")) != nullptr));
    QTRY_VERIFY(!endpoint);
    QPointer<OperationDialog> registration = app.window()->adminActions()->startRegistration(kNetworking);
    QVERIFY(registration);
    QTRY_VERIFY(lastEntry(app, ActivityEntry::Kind::ProviderRegistration).outcome == ActivityEntry::Outcome::Running);
    registration->close();
    QVERIFY(answerCloseQuestion(registration, QStringLiteral("keepRunningButton"), false)); // the POST has left
    QTRY_VERIFY(!registration);
    QTRY_COMPARE_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::SubnetEndpoint).outcome,
                              ActivityEntry::Outcome::Applied, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(lastEntry(app, ActivityEntry::Kind::ProviderRegistration).outcome,
                              ActivityEntry::Outcome::Applied, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        app.service()->snapshot().subnets.value(kVmSubnet.toLower()).endpoint(Subnet::acrService()).has_value(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(app.service()->snapshot().providers.value(kNetworking).isRegistered(), 15000);
    QCOMPARE(app.window()->adminActions()->changes()->operations()->count(), 0);
}

QTEST_MAIN(TestWriteAccounting)
#include "tst_writeaccounting.moc"
