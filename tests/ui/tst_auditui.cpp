// The auditor's walk on the demo scenario: findings with evidence, severity filter, Fix… from a finding, the
// access matrix and its reason chain, effective access and what-if in the details, and the exported report.
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/secretstore.h"
#include "app/services/activitylog.h"
#include "app/services/inventoryservice.h"
#include "models/accessmatrixmodel.h"
#include "models/findingsmodel.h"
#include "models/inventorytreemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "tests/support/appfixture.h"
#include "ui/adminactions.h"
#include "ui/auditpane.h"
#include "ui/detailspane.h"
#include "ui/inventorytablespane.h"
#include "ui/mainwindow.h"
#include "ui/serviceendpointdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace acrnet;
using acrnet::test::AppFixture;
using acrnet::test::SandboxFixture;

namespace {
const QString kProdRegistry =
    QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/"
                   "rg-platform/providers/Microsoft.ContainerRegistry/registries/contosoprod");
}

class TestAuditUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void findingsWithEvidenceAndFilter();
    void fixFromAFinding();
    void matrixAndReasons();
    void effectiveAccessAndWhatIf();
    void exportReport();
    void groupByRegistryAndSubscription();
    void incompleteAuditSaysSo();
    void workDoesNotWaitForTheGlobalPool();

private:
    std::unique_ptr<AppFixture> m_app; // the sandbox and the app stack, built and torn down in one place
    SandboxFixture *m_sbx = nullptr;
    AccountManager *m_accounts = nullptr;
    InventoryService *m_service = nullptr;
    ActivityLog *m_activity = nullptr;
    MainWindow *m_window = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestAuditUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditui"));
    QSettings().clear();
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")));
    QCoreApplication::installTranslator(english);
    m_app = std::make_unique<AppFixture>(QStringLiteral("demo"), false);
    QVERIFY(m_app->ok());
    m_sbx = &m_app->sandbox();
    m_accounts = m_app->accounts();
    m_service = m_app->service();
    m_activity = m_app->activity();
    m_window = m_app->openWindow();
    AuditPane *audit = m_window->auditPane();
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(audit->findingsModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(audit->findingsProxy(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(audit->matrixModel(), Mode::QtTest));
    QVERIFY(m_app->signIn(3, {QStringLiteral("sandbox"), QStringLiteral("sandbox-fabrikam")}));
    QTRY_VERIFY(audit->findingsModel()->rowCount() > 0);
}

void TestAuditUi::cleanupTestCase()
{
    m_testers.clear();
    m_window = nullptr;
    m_app.reset();
}

void TestAuditUi::findingsWithEvidenceAndFilter()
{
    AuditPane *audit = m_window->auditPane();
    FindingsModel *model = audit->findingsModel();
    QSet<QString> checks;
    for (int r = 0; r < model->rowCount(); ++r)
        checks.insert(model->finding(r).checkId);
    QCOMPARE(checks.size(), 17); // every check but the cloud one (the demo's cloud supports service endpoints)
    QCOMPARE(audit->countsText(), QStringLiteral("%1 high · %2 medium · %3 low")
                                      .arg(model->count(Finding::Severity::High))
                                      .arg(model->count(Finding::Severity::Medium))
                                      .arg(model->count(Finding::Severity::Low)));
    // Most severe first.
    QCOMPARE(audit->findingsView()->model()->index(0, FindingsModel::Severity).data().toString(),
             QStringLiteral("High"));
    auto *severity = audit->findingsWidget()->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    severity->setCurrentIndex(2); // high only
    const int high = audit->findingsView()->model()->rowCount();
    QCOMPARE(high, model->count(Finding::Severity::High));
    severity->setCurrentIndex(0);
    // A finding's evidence shows when it is selected.
    QAbstractItemModel *view = audit->findingsView()->model();
    for (int r = 0; r < view->rowCount(); ++r) {
        if (view->index(r, FindingsModel::Check).data().toString() == QLatin1String("ACR-102")) {
            audit->findingsView()->setCurrentIndex(view->index(r, 0));
            break;
        }
    }
    const QString detail =
        audit->findingsWidget()->findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"))->toPlainText();
    QVERIFY(detail.contains(QLatin1String("snet-removed")));
    QVERIFY(detail.contains(QLatin1String("Evidence:")));
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR")) {
        m_window->tablesPane()->findChild<QTabWidget *>(QStringLiteral("tableTabs"))->setCurrentIndex(2);
        m_window->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/findings.png"));
    }
}

void TestAuditUi::fixFromAFinding()
{
    AuditPane *audit = m_window->auditPane();
    QAbstractItemModel *view = audit->findingsView()->model();
    int row = -1;
    for (int r = 0; r < view->rowCount(); ++r) {
        if (view->index(r, FindingsModel::Check).data().toString() == QLatin1String("ACR-101") &&
            view->index(r, FindingsModel::Registry).data().toString() == QLatin1String("contosobuild"))
            row = r;
    }
    QVERIFY(row >= 0);
    audit->findingsView()->setCurrentIndex(view->index(row, 0));
    auto *fix = audit->findingsWidget()->findChild<QPushButton *>(QStringLiteral("fixFindingButton"));
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    ServiceEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ServiceEndpointDialog *>()) != nullptr);
    QVERIFY(dialog->enabling()); // pre-filled: enable the endpoint the rule needs
    QVERIFY(dialog->findChild<QTableWidget *>(QStringLiteral("endpointSubnetTable"))
                ->item(0, 0)
                ->text()
                .contains(QLatin1String("snet-build")));
    dialog->close();
}

void TestAuditUi::matrixAndReasons()
{
    AuditPane *audit = m_window->auditPane();
    AccessMatrixModel *matrix = audit->matrixModel();
    // Laid out on a worker as soon as the audit is in, hidden or not: opening its tab waits for nothing.
    QVERIFY(!audit->matrixWidget()->isVisible());
    QTRY_VERIFY(!matrix->isRebuilding());
    QCOMPARE(matrix->rowCount(), 10);
    m_window->tablesPane()->findChild<QTabWidget *>(QStringLiteral("tableTabs"))->setCurrentIndex(3);
    QVERIFY(audit->matrixWidget()->isVisible());
    QVERIFY(!matrix->isRebuilding());
    QCOMPARE(matrix->rowCount(), 10);
    QCOMPARE(matrix->columnCount(), 8);
    auto find = [&](Qt::Orientation o, const QString &name) {
        const int n = o == Qt::Vertical ? matrix->rowCount() : matrix->columnCount();
        for (int i = 0; i < n; ++i) {
            if (matrix->headerData(i, o).toString() == name)
                return i;
        }
        return -1;
    };
    const int aks = find(Qt::Vertical, QStringLiteral("vnet-hub/snet-aks"));
    const int prod = find(Qt::Horizontal, QStringLiteral("contosoprod"));
    const int basic = find(Qt::Horizontal, QStringLiteral("contosobasic"));
    const int legacy = find(Qt::Horizontal, QStringLiteral("contosolegacy"));
    QVERIFY(aks >= 0 && prod >= 0 && basic >= 0 && legacy >= 0);
    QCOMPARE(matrix->index(aks, prod).data().toString(), QStringLiteral("rule"));
    QCOMPARE(matrix->index(aks, basic).data().toString(), QStringLiteral("open"));
    QCOMPARE(matrix->index(aks, legacy).data().toString(), QStringLiteral("denied"));
    QVERIFY(!matrix->index(aks, prod).data(Qt::DecorationRole).value<QIcon>().isNull()); // not colour alone
    audit->matrixView()->setCurrentIndex(matrix->index(aks, prod));
    QVERIFY(audit->reasonText().contains(QStringLiteral("vnet-hub/snet-aks → contosoprod: allowed by a rule")));
    // Filters on both axes.
    audit->matrixWidget()
        ->findChild<QLineEdit *>(QStringLiteral("matrixRowFilter"))
        ->setText(QStringLiteral("vnet-hub"));
    audit->matrixWidget()
        ->findChild<QLineEdit *>(QStringLiteral("matrixColumnFilter"))
        ->setText(QStringLiteral("fabrikam"));
    QTRY_COMPARE(matrix->columnCount(), 2); // laid out on a worker thread
    QCOMPARE(matrix->rowCount(), 3);
    QVERIFY(!matrix->isRebuilding());
    audit->matrixWidget()->findChild<QLineEdit *>(QStringLiteral("matrixRowFilter"))->clear();
    audit->matrixWidget()->findChild<QLineEdit *>(QStringLiteral("matrixColumnFilter"))->clear();
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR")) {
        m_window->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/matrix.png"));
    }
}

void TestAuditUi::effectiveAccessAndWhatIf()
{
    m_window->treeView()->setCurrentIndex(
        m_window->treeProxy()->mapFromSource(m_window->treeModel()->indexForKey(kProdRegistry.toLower())));
    DetailsPane *details = m_window->detailsPane();
    QString who;
    for (const auto &p : details->properties()) {
        if (p.first == QLatin1String("Who can reach it"))
            who = p.second;
    }
    QVERIFY(who.contains(QLatin1String("vnet-hub/snet-aks")));
    QVERIFY(who.contains(QLatin1String("203.0.113.0/24")));
    QVERIFY2(who.contains(QLatin1String("Rules that grant nothing: vnet-spoke-ne/snet-data, vnet-spoke-ne/snet-jobs, "
                                        "vnet-spoke-ne/snet-batch, vnet-shared/snet-shared-agents")),
             qPrintable(who));
    auto *edit = details->findChild<QLineEdit *>(QStringLiteral("whatIfEdit"));
    QVERIFY(edit->isVisibleTo(details));
    edit->setText(QStringLiteral("203.0.113.77"));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("whatIfResult"))
                ->text()
                .startsWith(QLatin1String("allowed by a rule")));
    edit->setText(QStringLiteral("198.51.100.1"));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("whatIfResult"))
                ->text()
                .contains(QLatin1String("No IP rule covers")));
}

void TestAuditUi::exportReport()
{
    AuditPane *audit = m_window->auditPane();
    const QString file = QDir(m_app->dir()).filePath(QStringLiteral("audit.html"));
    audit->setChooseFile([file](std::function<void(const QString &)> chosen) { chosen(file); });
    QTest::mouseClick(audit->findingsWidget()->findChild<QPushButton *>(QStringLiteral("exportAuditButton")),
                      Qt::LeftButton);
    QFile html(file);
    QTRY_VERIFY(html.exists());
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray text = html.readAll();
    QVERIFY(text.startsWith("<!DOCTYPE html>"));
    QCOMPARE(text.count("<tr><td>ACR-"), audit->findingsModel()->rowCount());
    const QString csv = QDir(m_app->dir()).filePath(QStringLiteral("matrix.csv"));
    audit->setChooseFile([csv](std::function<void(const QString &)> chosen) { chosen(csv); });
    QTest::mouseClick(audit->matrixWidget()->findChild<QPushButton *>(QStringLiteral("exportMatrixButton")),
                      Qt::LeftButton);
    QFile matrix(csv);
    QVERIFY(matrix.open(QIODevice::ReadOnly));
    QCOMPARE(matrix.readAll().trimmed().split('\n').size(), 11); // header + 10 subnets
}

void TestAuditUi::groupByRegistryAndSubscription()
{
    AuditPane *audit = m_window->auditPane();
    QAbstractItemModelTester tester(audit->groupedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    audit->setGrouping(1);
    QStandardItemModel *grouped = audit->groupedModel();
    QCOMPARE(grouped->rowCount(), 8); // every demo registry has at least one finding
    int total = 0;
    for (int g = 0; g < grouped->rowCount(); ++g)
        total += grouped->rowCount(grouped->index(g, 0));
    QCOMPARE(total, audit->findingsModel()->rowCount());
    QVERIFY(grouped->index(0, 0).data().toString().contains(QLatin1String("finding")));
    // Selecting a grouped finding shows it, like the table.
    audit->groupedView()->setCurrentIndex(grouped->index(0, 0, grouped->index(0, 0)));
    QVERIFY(!audit->findingsWidget()
                 ->findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"))
                 ->toPlainText()
                 .isEmpty());
    audit->setGrouping(2);
    QCOMPARE(grouped->rowCount(), 2); // two subscriptions hold registries
    // The severity filter applies to groups too.
    audit->findingsWidget()->findChild<QComboBox *>(QStringLiteral("severityFilter"))->setCurrentIndex(2);
    total = 0;
    for (int g = 0; g < grouped->rowCount(); ++g)
        total += grouped->rowCount(grouped->index(g, 0));
    QCOMPARE(total, audit->findingsModel()->count(Finding::Severity::High));
    audit->findingsWidget()->findChild<QComboBox *>(QStringLiteral("severityFilter"))->setCurrentIndex(0);
    audit->setGrouping(0);
}

void TestAuditUi::incompleteAuditSaysSo()
{
    // One subscription cannot be read: the findings and the matrix say what they do not cover, and so does an export.
    AuditPane *audit = m_window->auditPane();
    auto *findingsNote = audit->findingsWidget()->findChild<QLabel *>(QStringLiteral("findingsIncomplete"));
    auto *matrixNote = audit->matrixWidget()->findChild<QLabel *>(QStringLiteral("matrixIncomplete"));
    QVERIFY(!findingsNote->isVisibleTo(audit->findingsWidget()));
    const QString network = QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7");
    m_sbx->server().store().faults.deniedSubscriptions = QStringList{network};
    QSignalSpy audited(m_window, &MainWindow::auditFinished);
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_service->isLoading() && audited.count() > 0 && findingsNote->isVisibleTo(audit->findingsWidget()), 20000);
    QVERIFY2(findingsNote->text().contains(QLatin1String("covers 2 of 3 subscriptions; 1 could not be read")),
             qPrintable(findingsNote->text()));
    QCOMPARE(matrixNote->text(), findingsNote->text());
    QVERIFY(matrixNote->isVisibleTo(audit->matrixWidget()));
    const QString file = QDir(m_app->dir()).filePath(QStringLiteral("incomplete.json"));
    audit->setChooseFile([file](std::function<void(const QString &)> chosen) { chosen(file); });
    QTest::mouseClick(audit->findingsWidget()->findChild<QPushButton *>(QStringLiteral("exportAuditButton")),
                      Qt::LeftButton);
    QFile json(file);
    QTRY_VERIFY(json.exists());
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value(QLatin1String("complete")), QJsonValue(false));
    QCOMPARE(report.value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("subscriptionId"))
                 .toString(),
             network);
    // Readable again: the notice goes.
    m_sbx->server().store().faults.deniedSubscriptions.clear();
    audited.clear();
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_service->isLoading() && audited.count() > 0 && !findingsNote->isVisibleTo(audit->findingsWidget()), 20000);
}

QTEST_MAIN(TestAuditUi)
void TestAuditUi::workDoesNotWaitForTheGlobalPool()
{
    // Qt paints with QThreadPool::globalInstance() and waits for it on the GUI thread; the app's own work runs
    // elsewhere. With every thread of the global pool held, an audit and the matrix's layout still finish.
    QThreadPool *global = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore held;
    const int threads = global->maxThreadCount();
    // Held for 4 s at most; the work must be done well before. The window is hidden meanwhile: its repaints
    // would wait for the held pool (the very stall this avoids for the app's own work).
    m_window->hide();
    for (int i = 0; i < threads; ++i) {
        global->start([&] {
            held.release();
            release.tryAcquire(1, 4000);
        });
    }
    QVERIFY(held.tryAcquire(threads, 5000));
    QElapsedTimer clock;
    clock.start();
    QSignalSpy audited(m_window, &MainWindow::auditFinished);
    m_window->runAudit();
    const bool auditDone = audited.wait(2000);
    AccessMatrixModel *matrix = m_window->auditPane()->matrixModel();
    matrix->setRowFilter(QStringLiteral("snet"));
    bool laidOut = false;
    while (!laidOut && clock.elapsed() < 3000) {
        QTest::qWait(20);
        laidOut = !matrix->isRebuilding();
    }
    release.release(threads);
    global->waitForDone();
    m_window->show();
    QVERIFY(auditDone);
    QVERIFY(laidOut);
    QVERIFY(matrix->rowCount() > 0);
    matrix->setRowFilter(QString());
    QTRY_VERIFY(!matrix->isRebuilding());
}

#include "tst_auditui.moc"
