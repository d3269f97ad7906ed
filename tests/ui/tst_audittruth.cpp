// The audit's truth on the sandbox's demo and training scenarios, through the real window: every access-matrix cell
// agrees with the what-if (one evaluator), three-valued where the egress address is unknown; an IP rule 0.0.0.0/0
// allows subnets without the endpoint; the what-if locates addresses and subnet names in the loaded estate and calls
// bad input invalid; the details pane follows changes and findings; the filter matches settings values.
#include "app/audit/accessevaluator.h"
#include "app/audit/auditreport.h"
#include "app/audit/suppression.h"
#include "app/azure/iprange.h"
#include "audittruthsupport.h"
#include "models/accessmatrixmodel.h"
#include "models/findingsmodel.h"
#include "models/machinecheckmodel.h"
#include "models/resourcefilterproxymodel.h"
#include "models/themecolors.h"
#include "tests/support/appfixture.h"
#include "ui/auditpane.h"
#include "ui/detailspane.h"
#include "ui/inventorytablespane.h"
#include "ui/ruleseditordialog.h"
#include "ui/serviceendpointdialog.h"
#include "ui/vmcheckdialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace acrnet;
using acrnet::test::AppFixture;

using namespace acrnet::audittruth;

class TestAuditTruth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrixAgreesWithWhatIf_data();
    void matrixAgreesWithWhatIf();
    void anIpRuleForEveryAddressAllowsPublicEgress();
    void findingsAreGroupedAndNameTheirRules();
    void selectingAFindingShowsItsRegistry();
    void filterMatchesSettingsValues();
    void acceptAFindingWithAReason();
    void whatIfFromInsideTheVnetAfterTheWalkthrough();
    void vmCheckAsksFirstInReadOnlyMode();

private:
    void checkCell(AccessMatrixModel *matrix, const InventorySnapshot &snap, int row, int column, bool sampled,
                   int *depends);
    void checkContrast(MainWindow *window, AccessMatrixModel *matrix);
    void checkVmAccessAfterTheWalkthrough(MainWindow *window);
};

void TestAuditTruth::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_audittruth"));
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")));
    QCoreApplication::installTranslator(english);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("audit/suppressions")); // nothing accepted from an earlier run
}

void TestAuditTruth::matrixAgreesWithWhatIf_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("subscriptions");
    QTest::newRow("demo") << "demo" << 3;
    QTest::newRow("training") << "training" << 2;
    QTest::newRow("large, sampled") << "large" << 100;
}

// One cell of the matrix against the what-if by the subnet's ID, its name and an address inside it.
void TestAuditTruth::checkCell(AccessMatrixModel *matrix, const InventorySnapshot &snap, int row, int column,
                               bool sampled, int *depends)
{
    const QString subnetName = matrix->headerData(row, Qt::Vertical).toString();
    const QString subnetId = matrix->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString();
    const Subnet subnet = snap.subnets.value(subnetId.toLower());
    const QString registryId = matrix->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    const Registry r = snap.registries.value(registryId.toLower());
    const AccessDecision cell = matrix->decision(row, column);
    const QString where = subnetName + QStringLiteral(" → ") + r.name;
    // By resource ID: always that subnet, the same answer.
    const AccessDecision byId = AccessEvaluator::whatIf(r, subnetId, snap);
    QVERIFY2(byId.result == cell.result, qPrintable(where));
    QCOMPARE(byId.locatedSubnet.toLower(), subnetId.toLower());
    // By name: the same subnet, the same answer (or, where the name is not unique, "invalid input").
    const AccessDecision byName = AccessEvaluator::whatIf(r, subnetName, snap);
    if (!(sampled && byName.result == AccessDecision::Result::InvalidInput)) {
        QVERIFY2(byName.result == cell.result, qPrintable(where));
        QCOMPARE(byName.locatedSubnet.toLower(), subnetId.toLower());
    }
    // By an address inside it (when the prefix is known): located there, the same answer.
    const QString host = hostIn(subnet);
    if (!host.isEmpty()) {
        const AccessDecision byAddress = AccessEvaluator::whatIf(r, host, snap);
        if (byAddress.result == AccessDecision::Result::InvalidInput && sampled) {
            QVERIFY2(byAddress.reasons.first().contains(QLatin1String("overlap")),
                     qPrintable(byAddress.reasons.first()));
        } else {
            QVERIFY2(byAddress.result == cell.result, qPrintable(where + QLatin1Char(' ') + host));
            QVERIFY2(byAddress.reasons.first().contains(sampled ? QStringLiteral("overlap") : subnet.name),
                     qPrintable(byAddress.reasons.first()));
        }
    }
    // Depends on the egress address: an address in an allowing range gets in, one outside none does.
    if (cell.result == AccessDecision::Result::DependsOnEgress) {
        ++*depends;
        QVERIFY(!cell.allowingRanges.isEmpty());
        QString error;
        const auto allowing = IpRange::parse(cell.allowingRanges.first(), &error);
        QVERIFY(allowing);
        QCOMPARE(AccessEvaluator::whatIf(r, IpRange::addressText(allowing->network()), snap).result,
                 AccessDecision::Result::AllowedByRule);
        const QString outside = uncoveredPublicAddress(r);
        QVERIFY(!outside.isEmpty());
        QCOMPARE(AccessEvaluator::whatIf(r, outside, snap).result, AccessDecision::Result::Denied);
        QVERIFY(matrix->data(matrix->index(row, column)).toString() == QLatin1String("depends"));
    }
}

// Every tinted cell keeps its text readable (≥ 4.5:1) in the light palette and in a dark one.
void TestAuditTruth::checkContrast(MainWindow *window, AccessMatrixModel *matrix)
{
    // Every tinted cell keeps its text readable (≥ 4.5:1) in the light palette and in a dark one.
    const QPalette light = QApplication::palette();
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    for (const bool useDark : {false, true}) {
        const QPalette &palette = useDark ? dark : light;
        QApplication::setPalette(palette);
        int tinted = 0;
        for (int row = 0; row < matrix->rowCount(); ++row) {
            for (int column = 0; column < matrix->columnCount(); ++column) {
                const QVariant background = matrix->index(row, column).data(Qt::BackgroundRole);
                if (!background.isValid())
                    continue;
                ++tinted;
                const QColor fore = matrix->index(row, column).data(Qt::ForegroundRole).value<QBrush>().color();
                const double ratio = ThemeColors::contrast(background.value<QBrush>().color(), fore);
                QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
            }
        }
        QVERIFY(tinted > 0);
        QCOMPARE(ThemeColors::isDark(palette), useDark);
    }
    screenshot(window, QStringLiteral("matrix-demo-dark"));
    QApplication::setPalette(light);
}

void TestAuditTruth::matrixAgreesWithWhatIf()
{
    QFETCH(QString, scenario);
    QFETCH(int, subscriptions);
    if (scenario == QLatin1String("large") && qEnvironmentVariableIsSet("ACRNET_SANITIZED"))
        QSKIP("large is sampled in the main pass only: loading 20,000 subnets under the sanitizers costs minutes");
    AppFixture app(scenario);
    QVERIFY(app.ok());
    QVERIFY(app.start(subscriptions,
                      scenario == QLatin1String("demo") ? demoPrincipals() : QStringList{QStringLiteral("sandbox")}));
    AccessMatrixModel *matrix = app.window()->auditPane()->matrixModel();
    // The model tester walks the whole model on a reset: 20 million cells on large (the model is the same code).
    std::unique_ptr<QAbstractItemModelTester> tester;
    if (scenario != QLatin1String("large"))
        tester =
            std::make_unique<QAbstractItemModelTester>(matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    showMatrix(app.window());
    QTRY_VERIFY(matrix->rowCount() > 0 && matrix->columnCount() > 0);
    const InventorySnapshot &snap = app.service()->snapshot();
    // Every cell of demo and training; on large (20,000 subnets × 1,000 registries) 25 rows × 10 columns,
    // spread over the whole matrix. There, names and address spaces repeat across subscriptions, so a name or an
    // address may be ambiguous: the what-if must then say so (invalid input), never answer for another subnet.
    const bool sampled = scenario == QLatin1String("large");
    const int rowStep = sampled ? qMax(1, matrix->rowCount() / 25) : 1;
    const int columnStep = sampled ? qMax(1, matrix->columnCount() / 10) : 1;
    int depends = 0, compared = 0;
    for (int row = 0; row < matrix->rowCount(); row += rowStep) {
        for (int column = row % columnStep; column < matrix->columnCount(); column += columnStep) {
            ++compared;
            checkCell(matrix, snap, row, column, sampled, &depends);
            if (QTest::currentTestFailed())
                return;
        }
    }
    QVERIFY(compared >= (sampled ? 250 : matrix->rowCount() * matrix->columnCount()));
    if (scenario == QLatin1String("demo")) {
        screenshot(app.window(), QStringLiteral("matrix-demo"));
        checkContrast(app.window(), matrix);
        QVERIFY(depends > 0); // contosoprod's 203.0.113.0/24 for subnets without the endpoint
        AuditReport report;
        report.inventory = &snap;
        QVERIFY(QString::fromUtf8(report.matrixToCsv()).contains(QLatin1String("depends-on-egress")));
    }
}

void TestAuditTruth::anIpRuleForEveryAddressAllowsPublicEgress()
{
    // fabrikamdev has the IP rule 0.0.0.0/0: a subnet without the ACR endpoint reaches it whatever its egress
    // address (the matrix said "denied"); a subnet with the endpoint but no VNet rule arrives from a private address
    // and is denied — the matrix, the what-if and the CSV export say the same.
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    QVERIFY(app.start(3, demoPrincipals()));
    AccessMatrixModel *matrix = app.window()->auditPane()->matrixModel();
    showMatrix(app.window());
    QTRY_VERIFY(matrix->rowCount() > 0);
    int column = -1, noEndpoint = -1, withEndpoint = -1;
    for (int c = 0; c < matrix->columnCount(); ++c) {
        if (matrix->headerData(c, Qt::Horizontal).toString() == QLatin1String("fabrikamdev"))
            column = c;
    }
    for (int r = 0; r < matrix->rowCount(); ++r) {
        const QString name = matrix->headerData(r, Qt::Vertical).toString();
        if (name == QLatin1String("vnet-hub/snet-build"))
            noEndpoint = r;
        if (name == QLatin1String("vnet-hub/snet-aks"))
            withEndpoint = r;
    }
    QVERIFY(column >= 0 && noEndpoint >= 0 && withEndpoint >= 0);
    const AccessDecision open = matrix->decision(noEndpoint, column);
    QCOMPARE(open.result, AccessDecision::Result::AllowedByRule);
    QVERIFY2(open.reasons.join(QLatin1Char(' ')).contains(QLatin1String("cover every public address")),
             qPrintable(open.reasons.join(QLatin1Char(' '))));
    QCOMPARE(matrix->data(matrix->index(noEndpoint, column)).toString(), QStringLiteral("rule"));
    QCOMPARE(matrix->decision(withEndpoint, column).result, AccessDecision::Result::Denied);
    const Registry fabrikam = app.service()->snapshot().registries.value(
        matrix->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().toLower());
    QCOMPARE(AccessEvaluator::whatIf(fabrikam, QStringLiteral("8.8.8.8"), app.service()->snapshot()).result,
             AccessDecision::Result::AllowedByRule);
    AuditReport report;
    report.inventory = &app.service()->snapshot();
    const QStringList lines = QString::fromUtf8(report.matrixToCsv()).split(QLatin1Char('\n'));
    const QStringList header = lines.first().split(QLatin1Char(','));
    int csvColumn = -1;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).endsWith(QLatin1String("/registries/fabrikamdev")))
            csvColumn = i;
    }
    QVERIFY(csvColumn > 0);
    bool found = false;
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("/virtualNetworks/vnet-hub/subnets/snet-build"))) {
            QCOMPARE(line.split(QLatin1Char(',')).value(csvColumn), QStringLiteral("rule"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestAuditTruth::findingsAreGroupedAndNameTheirRules()
{
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    QVERIFY(app.start(3, demoPrincipals()));
    FindingsModel *findings = app.window()->auditPane()->findingsModel();
    QTRY_VERIFY(findings->rowCount() > 0);
    QList<Finding> overlaps, closed, publicEndpoint;
    for (const Finding &f : findings->findings()) {
        if (f.checkId == QLatin1String("ACR-110") && f.registryName == QLatin1String("fabrikamdev"))
            overlaps << f;
        if (f.checkId == QLatin1String("ACR-105"))
            closed << f;
        if (f.checkId == QLatin1String("ACR-002") && f.registryName == QLatin1String("contosoprod"))
            publicEndpoint << f;
    }
    // fabrikamdev's four IP rules all overlap: one finding naming all four (it was six, one per pair).
    QCOMPARE(overlaps.size(), 1);
    QCOMPARE(overlaps.first().evidence,
             QStringList{QStringLiteral("ipRules: 0.0.0.0/0, 192.0.2.0/24, 192.0.2.16/28, 192.0.2.0/24")});
    // contosoprivate: public access off, rules kept — the evidence names the rule it is about.
    QCOMPARE(closed.size(), 1);
    QVERIFY2(closed.first().evidence.contains(QStringLiteral("ipRule: 198.51.100.0/24")),
             qPrintable(closed.first().evidence.join(QLatin1Char('|'))));
    // A Deny registry with rules needs its public endpoint: the finding says so.
    QCOMPARE(publicEndpoint.size(), 1);
    QVERIFY2(publicEndpoint.first().explanation.contains(QLatin1String("its design needs it")),
             qPrintable(publicEndpoint.first().explanation));
}

void TestAuditTruth::selectingAFindingShowsItsRegistry()
{
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    QVERIFY(app.start(3, demoPrincipals()));
    AuditPane *audit = app.window()->auditPane();
    QTRY_VERIFY(audit->findingsModel()->rowCount() > 0);
    auto *view = audit->findingsWidget()->findChild<QTableView *>(QStringLiteral("findingsView"));
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString registryId =
        audit->findingsModel()->finding(audit->findingsProxy()->mapToSource(view->currentIndex()).row()).registryId;
    QTRY_COMPARE(app.window()->detailsPane()->resourceId().toLower(), registryId.toLower());
    // A matrix cell shows its registry too.
    showMatrix(app.window());
    QTRY_VERIFY(audit->matrixModel()->columnCount() > 0);
    auto *matrixView = audit->matrixWidget()->findChild<QTableView *>();
    QVERIFY(matrixView);
    const int last = audit->matrixModel()->columnCount() - 1;
    matrixView->setCurrentIndex(matrixView->model()->index(0, last));
    QTRY_COMPARE(app.window()->detailsPane()->resourceId().toLower(),
                 audit->matrixModel()->headerData(last, Qt::Horizontal, Qt::ToolTipRole).toString().toLower());
}

void TestAuditTruth::filterMatchesSettingsValues()
{
    // "premium deny" found nothing: the filter knew names only.
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    QVERIFY(app.start(3, demoPrincipals()));
    auto *filter = app.window()->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QAbstractItemModel *tree = app.window()->treeProxy();
    auto shownRegistries = [tree] {
        QSet<QString> shown;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < tree->rowCount(parent); ++r) {
                const QModelIndex i = tree->index(r, 0, parent);
                if (InventoryNodeType(i.data(NodeTypeRole).toInt()) == InventoryNodeType::Registry)
                    shown << i.data().toString();
                walk(i);
            }
        };
        walk({});
        return shown;
    };
    filter->setText(QStringLiteral("premium deny"));
    QTRY_COMPARE(shownRegistries(), (QSet<QString>{QStringLiteral("contosoprod"), QStringLiteral("contosolegacy"),
                                                   QStringLiteral("contosoprivate"), QStringLiteral("fabrikamdev"),
                                                   QStringLiteral("fabrikamsecure")}));
    filter->setText(QStringLiteral("public access off"));
    QTRY_COMPARE(shownRegistries(), QSet<QString>{QStringLiteral("contosoprivate")});
}

void TestAuditTruth::acceptAFindingWithAReason()
{
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    QVERIFY(app.start(3, demoPrincipals()));
    AuditPane *audit = app.window()->auditPane();
    FindingsModel *findings = audit->findingsModel();
    QTRY_VERIFY(findings->rowCount() > 0);
    QAbstractItemModelTester tester(audit->findingsProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The high ACR-108 on fabrikamdev (0.0.0.0/0), selected in the table.
    QTableView *view = audit->findingsView();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const Finding &f = findings->finding(audit->findingsProxy()->mapToSource(view->model()->index(r, 0)).row());
        if (f.checkId == QLatin1String("ACR-108") && f.registryName == QLatin1String("fabrikamdev"))
            row = r;
    }
    QVERIFY(row >= 0);
    const int visible = view->model()->rowCount();
    const int high = findings->count(Finding::Severity::High);
    view->setCurrentIndex(view->model()->index(row, 0));
    auto *accept = audit->findingsWidget()->findChild<QPushButton *>(QStringLiteral("acceptFindingButton"));
    QTRY_VERIFY(accept->isEnabled());
    QCOMPARE(accept->text(), QStringLiteral("Accept…"));
    QTest::mouseClick(accept, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = audit->findingsWidget()->findChild<QDialog *>(QStringLiteral("acceptFindingDialog"))));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a reason is required
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("acceptReasonEdit")),
                     QStringLiteral("dev registry, public by design"));
    dialog->findChild<QCheckBox *>(QStringLiteral("acceptExpiresCheck"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("acceptExpiresDate"))->setDate(QDate::currentDate().addDays(30));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    // Hidden from the list and the counts, said in the counts, kept in the settings.
    QTRY_COMPARE(view->model()->rowCount(), visible - 1);
    QCOMPARE(findings->count(Finding::Severity::High), high - 1);
    QVERIFY2(audit->countsText().endsWith(QStringLiteral("· 1 accepted")), qPrintable(audit->countsText()));
    QString error;
    const auto stored =
        SuppressionList::fromJson(QSettings().value(QStringLiteral("audit/suppressions")).toByteArray(), &error);
    QVERIFY(stored && stored->items.size() == 1);
    QCOMPARE(stored->items.first().reason, QStringLiteral("dev registry, public by design"));
    QCOMPARE(stored->items.first().expires, QDate::currentDate().addDays(30));
    // Shown apart on request, greyed, with the reason in its tooltip.
    audit->findingsWidget()->findChild<QCheckBox *>(QStringLiteral("showAcceptedCheck"))->setChecked(true);
    QTRY_COMPARE(view->model()->rowCount(), visible);
    bool seen = false;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, FindingsModel::Title);
        if (i.data(FindingsModel::SuppressedRole).toBool()) {
            seen = true;
            QVERIFY(i.data().toString().endsWith(QLatin1String("(accepted)")));
            QVERIFY(i.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Accepted: dev registry")));
        }
    }
    QVERIFY(seen);
    // Exported for pipelines: the file reads back as the same list; the audit export carries the reason.
    QTemporaryDir dir;
    QVERIFY(audit->exportSuppressions(dir.filePath(QStringLiteral("accepted.json")), &error));
    QFile file(dir.filePath(QStringLiteral("accepted.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto exported = SuppressionList::fromJson(file.readAll(), &error);
    QVERIFY2(exported, qPrintable(error));
    QCOMPARE(exported->items.first().checkId, QStringLiteral("ACR-108"));
    QVERIFY(audit->exportTo(dir.filePath(QStringLiteral("audit.json")), &error));
    QFile report(dir.filePath(QStringLiteral("audit.json")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("dev registry, public by design"));
    // Reinstated: counted again, gone from the settings.
    QTRY_COMPARE(accept->text(), QStringLiteral("Reinstate"));
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE(findings->count(Finding::Severity::High), high);
    QVERIFY(SuppressionList::fromJson(QSettings().value(QStringLiteral("audit/suppressions")).toByteArray(), &error)
                ->items.isEmpty());
}

// Seed step 7 from inside the network, after steps 5–6.
void TestAuditTruth::checkVmAccessAfterTheWalkthrough(MainWindow *w)
{
    // Seed step 7 from inside the network: Check access from a VM… on the registry lists both machines through
    // their interfaces, predicts, runs curl on each with Run Command, and the registry's answers agree: 401 from
    // myDockerVM inside the subnet, 403 from myOtherHost outside (it saw 192.0.2.77).
    VmCheckDialog *check = w->adminActions()->checkFromMachines(kTrainingRegistry, {});
    QVERIFY(check);
    QAbstractItemModelTester tester(check->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    MachineCheckModel *machines = check->model();
    QTRY_COMPARE_WITH_TIMEOUT(machines->rowCount(), 2, 10000);
    QCOMPARE(check->statusText(), QStringLiteral("2 virtual machines."));
    QCOMPARE(machines->machine(0).name, QStringLiteral("myDockerVM"));
    QCOMPARE(machines->index(0, MachineCheckModel::Prediction).data().toString(), QStringLiteral("allowed by a rule"));
    QCOMPARE(machines->index(1, MachineCheckModel::Prediction).data().toString(), QStringLiteral("denied"));
    QVERIFY(
        check->findChild<QLineEdit *>(QStringLiteral("vmCheckCommand"))
            ->text()
            .startsWith(QLatin1String("az vm run-command invoke --subscription 8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d "
                                      "--resource-group myResourceGroup --name myDockerVM")));
    check->findChild<QTableView *>(QStringLiteral("vmCheckView"))->clearSelection(); // none selected: all of them
    QTest::mouseClick(check->findChild<QPushButton *>(QStringLiteral("runVmCheckButton")), Qt::LeftButton);
    QVERIFY(check->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!check->isBusy(), 20000);
    QVERIFY2(machines->result(0), qPrintable(machines->error(0)));
    QCOMPARE(machines->result(0)->outcome, ProbeResult::Outcome::Reachable);
    QCOMPARE(machines->result(0)->status, 401);
    QVERIFY2(machines->result(1), qPrintable(machines->error(1)));
    QCOMPARE(machines->result(1)->outcome, ProbeResult::Outcome::Blocked);
    QCOMPARE(machines->result(1)->seenAddress, QStringLiteral("192.0.2.77"));
    QVERIFY(!machines->disagrees(0) && !machines->disagrees(1));
    QCOMPARE(machines->index(1, MachineCheckModel::Result).data().toString(),
             QStringLiteral("Blocked (HTTP 403): the registry saw 192.0.2.77"));
    screenshot(check, QStringLiteral("vm-check"));
    // …and from this machine, outside: 403 too.
    QSignalSpy probed(w->adminActions(), &AdminActions::probeFinished);
    w->adminActions()->checkAccess({kTrainingRegistry});
    QVERIFY(probed.wait(10000));
    QCOMPARE(probed.first().at(1).value<ProbeResult>().status, 403);
    check->close();
}

void TestAuditTruth::whatIfFromInsideTheVnetAfterTheWalkthrough()
{
    // Training after seed steps 5–6 (the endpoint on myDockerVMSubnet, a VNet rule for it, default action Deny):
    // the VM's address 10.0.0.4 is inside the allowed subnet, so it is allowed; the subnet's name works too; bad
    // input is "invalid input", not "denied". The details pane shows the new state without reselecting.
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    MainWindow *w = app.window();
    w->treeView()->setCurrentIndex(
        w->treeProxy()->mapFromSource(w->treeModel()->indexForKey(kTrainingRegistry.toLower())));
    DetailsPane *details = w->detailsPane();
    QVERIFY(propertyOf(details, QStringLiteral("Who can reach it")).startsWith(QLatin1String("All networks")));

    ServiceEndpointDialog *endpoint = w->adminActions()->setEndpoints({kVmSubnet}, true);
    QVERIFY(endpoint);
    QTest::mouseClick(endpoint->findChild<QPushButton *>(QStringLiteral("endpointApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(endpoint->summaryText().startsWith(QLatin1String("1 changed")), 15000);
    endpoint->close();
    QTRY_VERIFY_WITH_TIMEOUT(AccessEvaluator::checkRule(kVmSubnet, app.service()->snapshot()).endpointReady() &&
                                 !app.service()->isLoading(),
                             15000);

    RulesEditorDialog *editor = w->adminActions()->editRules(kTrainingRegistry);
    QVERIFY(editor);
    RegistryNetworkConfig config =
        RegistryNetworkConfig::from(app.service()->snapshot().registries.value(kTrainingRegistry.toLower()));
    config.rules.defaultAction = NetworkRuleSet::DefaultAction::Deny;
    editor->setConfig(config);
    editor->addSubnets({kVmSubnet});
    QVERIFY2(editor->findChild<QLabel *>(QStringLiteral("accessSentence"))
                 ->text()
                 .startsWith(QLatin1String("Deny: only 1 subnet will be able to pull")),
             qPrintable(editor->findChild<QLabel *>(QStringLiteral("accessSentence"))->text()));
    editor->review();
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith(QLatin1String("Applied")), 15000);
    // Fresh details: the registry now reads Deny and names the subnet, with nothing else selected meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(propertyOf(details, QStringLiteral("Who can reach it"))
                                 .contains(QLatin1String("myDockerVMVNET/myDockerVMSubnet")),
                             15000);
    QCOMPARE(details->resourceId().toLower(), kTrainingRegistry.toLower());

    auto *edit = details->findChild<QLineEdit *>(QStringLiteral("whatIfEdit"));
    auto *result = details->findChild<QLabel *>(QStringLiteral("whatIfResult"));
    QVERIFY(edit && result);
    QVERIFY(edit->completer());
    QVERIFY(edit->completer()->model()->rowCount() >= 2); // the loaded subnets, by VNet/subnet
    edit->setText(QStringLiteral("10.0.0.4"));
    QVERIFY2(result->text().startsWith(QLatin1String("allowed by a rule")), qPrintable(result->text()));
    QTest::qWait(100); // let the layout settle before the picture
    screenshot(w, QStringLiteral("whatif-inside-vnet"));
    QVERIFY(result->text().contains(QLatin1String("10.0.0.4 is in subnet myDockerVMSubnet")));
    edit->setText(QStringLiteral("myDockerVMSubnet"));
    QVERIFY2(result->text().startsWith(QLatin1String("allowed by a rule")), qPrintable(result->text()));
    edit->setText(QStringLiteral("203.0.113.10")); // this machine, outside: no IP rule
    QVERIFY2(result->text().startsWith(QLatin1String("denied")), qPrintable(result->text()));
    edit->setText(QStringLiteral("10.0.0.0/33"));
    QVERIFY2(result->text().startsWith(QLatin1String("invalid input")), qPrintable(result->text()));
    edit->setText(QStringLiteral("noSuchSubnet"));
    QVERIFY2(result->text().startsWith(QLatin1String("invalid input")), qPrintable(result->text()));

    checkVmAccessAfterTheWalkthrough(w);
    if (QTest::currentTestFailed())
        return;
    // The what-if knows the machines now.
    edit->setText(QStringLiteral("myDockerVM"));
    QVERIFY2(result->text().startsWith(QLatin1String("allowed by a rule")), qPrintable(result->text()));
    edit->setText(QStringLiteral("myOtherHost"));
    QVERIFY2(result->text().startsWith(QLatin1String("denied")) && result->text().contains(QLatin1String("192.0.2.77")),
             qPrintable(result->text()));
}

void TestAuditTruth::vmCheckAsksFirstInReadOnlyMode()
{
    // Run Command executes something on the machine: in read-only mode nothing is sent until the user agrees.
    AppFixture app(QStringLiteral("training"));
    QVERIFY(app.ok());
    QVERIFY(app.start(2));
    VmCheckDialog dialog(app.service(), kTrainingRegistry, {kVmSubnet}, true, app.window());
    QStringList questions;
    bool agree = false;
    dialog.setAsk([&](const QString &question, std::function<void(bool)> answer) {
        questions << question;
        answer(agree);
    });
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, 10000); // only the subnet's machine
    QCOMPARE(dialog.model()->machine(0).name, QStringLiteral("myDockerVM"));
    dialog.runChecks({});
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QLatin1String("myDockerVM")), qPrintable(questions.first()));
    QVERIFY(!dialog.isBusy());
    QVERIFY(!dialog.model()->result(0));
    agree = true;
    dialog.runChecks({});
    QCOMPARE(questions.size(), 2);
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QVERIFY2(dialog.model()->result(0), qPrintable(dialog.model()->error(0)));
    QCOMPARE(dialog.model()->result(0)->status, 401); // the registry is still open to all networks
}

QTEST_MAIN(TestAuditTruth)
#include "tst_audittruth.moc"
