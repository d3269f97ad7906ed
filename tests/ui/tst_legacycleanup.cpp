// The walkthrough's limits in the GUI, on the demo estate: a subnet delegated to Azure Container Instances is flagged
// before a rule to it is added (subnet table, picker, editor) and its rule grants nothing in the access matrix; the
// legacy clean-up removes service-endpoint rules across registries — review, one change per registry, a conflict
// during the run, Stop, and Restore from the activity log.
#include "app/sandbox/store.h"
#include "app/services/inventoryservice.h"
#include "app/services/legacycleanup.h"
#include "models/accessmatrixmodel.h"
#include "models/inventoryroles.h"
#include "models/subnettablemodel.h"
#include "tests/support/appfixture.h"
#include "ui/adminactions.h"
#include "ui/auditpane.h"
#include "ui/inventorytablespane.h"
#include "ui/legacycleanupdialog.h"
#include "ui/mainwindow.h"
#include "ui/ruleseditordialog.h"
#include "ui/subnetpicker.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace acrnet;
using namespace acrnet::test;

namespace {

const QString kPlatform =
    QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform");
QString registryId(const QString &name)
{
    return kPlatform + QStringLiteral("/providers/Microsoft.ContainerRegistry/registries/") + name;
}
QString subnetOf(const QString &vnet, const QString &subnet)
{
    return kPlatform + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/%1/subnets/%2").arg(vnet, subnet);
}

} // namespace

class TestLegacyCleanup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void delegatedSubnetWarnsBeforeTheRule();
    void cleanUpAcrossRegistries();
    void stopLeavesTheRestAsTheyWere();

private:
    QJsonObject registryJson(const QString &name);
    int vnetRules(const QString &name);
    LegacyCleanupDialog *openCleanup(const QStringList &names);
    void checkReview(LegacyCleanupDialog *dialog);

    std::unique_ptr<AppFixture> m_app;
    MainWindow *m_window = nullptr;
};

void TestLegacyCleanup::initTestCase()
{
    auto *english = new QTranslator(this); // English plurals, as in the app
    QVERIFY(english->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")));
    QCoreApplication::installTranslator(english);
}

void TestLegacyCleanup::init()
{
    m_app = std::make_unique<AppFixture>(QStringLiteral("demo"));
    QVERIFY(m_app->ok());
    QVERIFY(m_app->start(3, {QStringLiteral("sandbox"), QStringLiteral("sandbox-fabrikam")}));
    m_window = m_app->window();
}

void TestLegacyCleanup::cleanup()
{
    m_window = nullptr;
    m_app.reset();
}

QJsonObject TestLegacyCleanup::registryJson(const QString &name)
{
    auto &sbx = m_app->sandbox();
    return sbx.get(registryId(name) + QStringLiteral("?api-version=2021-08-01-preview"), sbx.servicePrincipalToken())
        .json()
        .value(QLatin1String("properties"))
        .toObject();
}

int TestLegacyCleanup::vnetRules(const QString &name)
{
    return int(registryJson(name)
                   .value(QLatin1String("networkRuleSet"))
                   .toObject()
                   .value(QLatin1String("virtualNetworkRules"))
                   .toArray()
                   .size());
}

LegacyCleanupDialog *TestLegacyCleanup::openCleanup(const QStringList &names)
{
    // Through the registries table, as a user does: pick the rows, then Tools → Remove service-endpoint rules….
    m_window->tablesPane()->setCurrentTab(InventoryTablesPane::RegistriesTab);
    QTableView *view = m_window->tablesPane()->registryView();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex i = view->model()->index(row, 0);
        if (names.contains(i.data(Qt::DisplayRole).toString()))
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    view->setFocus();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("removeLegacyRulesAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return m_window->findChild<LegacyCleanupDialog *>();
}

void TestLegacyCleanup::delegatedSubnetWarnsBeforeTheRule()
{
    const QString data = subnetOf(QStringLiteral("vnet-spoke-ne"), QStringLiteral("snet-data"));
    // The subnets table says what runs where.
    SubnetTableModel *subnets = m_window->findChild<SubnetTableModel *>();
    QVERIFY(subnets);
    QString hosts, aks, tip;
    for (int row = 0; row < subnets->rowCount(); ++row) {
        const QModelIndex name = subnets->index(row, SubnetTableModel::Name);
        const QModelIndex h = subnets->index(row, SubnetTableModel::Hosts);
        if (name.data().toString() == QLatin1String("snet-data")) {
            hosts = h.data().toString();
            tip = h.data(Qt::ToolTipRole).toString();
        } else if (name.data().toString() == QLatin1String("snet-aks")) {
            aks = h.data().toString();
        }
    }
    QCOMPARE(hosts, QStringLiteral("delegated to Azure Container Instances"));
    QVERIFY2(tip.contains(QLatin1String("only virtual machines and AKS nodes")), qPrintable(tip));
    QCOMPARE(aks,
             QStringLiteral("AKS node pool aks-nodepool1-31415926-vmss, 3 scale set instances, 1 network interface"));
    // The access matrix: contosoprod's rule to snet-data grants nothing, with the reason.
    AccessMatrixModel *matrix = m_window->auditPane()->matrixModel();
    m_window->tablesPane()
        ->findChild<QTabWidget *>(QStringLiteral("tableTabs"))
        ->setCurrentIndex(3); // built when shown
    QTRY_VERIFY(!matrix->isRebuilding() && matrix->rowCount() > 0);
    int row = -1, column = -1;
    for (int r = 0; r < matrix->rowCount(); ++r)
        row = matrix->subnetId(r).compare(data, Qt::CaseInsensitive) == 0 ? r : row;
    for (int c = 0; c < matrix->columnCount(); ++c)
        column = matrix->registryId(c).compare(registryId(QStringLiteral("contosoprod")), Qt::CaseInsensitive) == 0
                     ? c
                     : column;
    QVERIFY(row >= 0 && column >= 0);
    const AccessDecision d = matrix->decision(row, column);
    // Not "allowed by a rule": its traffic leaves through a public address, which contosoprod's IP rule may match.
    QCOMPARE(int(d.result), int(AccessDecision::Result::DependsOnEgress));
    QVERIFY(d.reasons.join(QLatin1Char(' ')).contains(QLatin1String("grants Azure Container Instances nothing")));

    // Adding a rule to it from contosobuild's editor, through the real picker: warned in the picker, then in the
    // editor.
    RulesEditorDialog *editor = m_window->adminActions()->editRules(registryId(QStringLiteral("contosobuild")));
    QVERIFY(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addSubnetsButton")), Qt::LeftButton);
    SubnetPicker *picker = nullptr;
    QTRY_VERIFY((picker = editor->findChild<SubnetPicker *>()) != nullptr);
    QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("subnetSearch")), QStringLiteral("snet-data"));
    QTRY_COMPARE(picker->view()->model()->rowCount(), 1);
    QVERIFY(picker->warning()->isHidden());
    picker->view()->selectRow(0);
    QVERIFY(picker->warning()->isVisible());
    QVERIFY2(picker->warning()->text().contains(QLatin1String("snet-data is delegated to Azure Container Instances")),
             qPrintable(picker->warning()->text()));
    picker->accept();
    QTRY_COMPARE(editor->config().rules.virtualNetworkRules.size(), 2);
    QStringList codes;
    for (const PreflightIssue &i : editor->issues())
        codes << i.code;
    QVERIFY2(codes.contains(QStringLiteral("SubnetUsedByService")), qPrintable(codes.join(QLatin1Char(','))));
    editor->close();
}

void TestLegacyCleanup::checkReview(LegacyCleanupDialog *dialog)
{
    // The review: one entry per registry with rules, what goes, who loses access, the private endpoint instead.
    QTreeWidget *view = dialog->view();
    QCOMPARE(view->topLevelItemCount(), 2);
    QCOMPARE(view->topLevelItem(0)->text(0), QStringLiteral("contosobuild"));
    QCOMPARE(view->topLevelItem(1)->text(0), QStringLiteral("contosoprod"));
    QCOMPARE(view->topLevelItem(1)->text(1), QStringLiteral("6"));
    QStringList prod;
    for (int i = 0; i < view->topLevelItem(1)->childCount(); ++i)
        prod << view->topLevelItem(1)->child(i)->text(0);
    const QString review = prod.join(QLatin1Char('\n'));
    QVERIFY2(review.contains(QLatin1String("Removes the rule for vnet-hub/snet-aks")), qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("Loses access: ")), qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("Instead, a private endpoint: az network private-endpoint create --name "
                                           "pe-contosoprod-vnet-hub")),
             qPrintable(review));
    // Only rules that grant something today take access away: snet-data's (Container Instances) does not.
    QVERIFY2(
        review.contains(QLatin1String("Grants nothing today, so nothing changes: vnet-spoke-ne/snet-data: its hosts "
                                      "belong to Azure Container Instances")),
        qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("Loses access: Hosts in subnet vnet-hub/snet-aks")), qPrintable(review));
    QVERIFY2(!review.contains(QLatin1String("Loses access: Hosts in subnet vnet-spoke-ne/snet-data")),
             qPrintable(review));
    // contosobuild's default action is Allow: its rule did nothing, nobody loses access.
    QStringList build;
    for (int i = 0; i < view->topLevelItem(0)->childCount(); ++i)
        build << view->topLevelItem(0)->child(i)->text(0);
    QVERIFY2(
        build.contains(QStringLiteral("Nobody loses access: the default action is Allow, so the rules had no effect.")),
        qPrintable(build.join(QLatin1Char('\n'))));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("cleanupOthers"))
                ->text()
                .contains(QLatin1String("contosostandard")));
    const QString commands = dialog->findChild<QPlainTextEdit *>(QStringLiteral("cleanupCommands"))->toPlainText();
    QCOMPARE(commands.count(QLatin1String("az acr network-rule remove --name contosoprod")), 6);
    QCOMPARE(commands.count(QLatin1String("az acr network-rule remove --name contosobuild")), 1);
}

void TestLegacyCleanup::cleanUpAcrossRegistries()
{
    LegacyCleanupDialog *dialog =
        openCleanup({QStringLiteral("contosoprod"), QStringLiteral("contosobuild"), QStringLiteral("contosostandard")});
    QVERIFY(dialog);
    checkReview(dialog);
    QTreeWidget *view = dialog->view();

    // During the run, after contosobuild, someone adds an IP rule to contosoprod: its change sends nothing.
    auto *cleanup = m_window->findChild<LegacyRuleCleanup *>(); // lives while the dialog is open
    QVERIFY(cleanup);
    sandbox::Store &store = m_app->sandbox().server().store();
    connect(cleanup, &LegacyRuleCleanup::itemChanged, this, [&](int index) {
        if (index != 0 || cleanup->items().at(0).state != LegacyCleanupItem::State::Removed)
            return;
        QJsonObject doc = store.registries.value(registryId(QStringLiteral("contosoprod")).toLower());
        QJsonObject props = doc.value(QLatin1String("properties")).toObject();
        QJsonObject set = props.value(QLatin1String("networkRuleSet")).toObject();
        QJsonArray ips = set.value(QLatin1String("ipRules")).toArray();
        ips.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("Allow")},
                               {QStringLiteral("value"), QStringLiteral("198.51.100.99")}});
        set.insert(QStringLiteral("ipRules"), ips);
        props.insert(QStringLiteral("networkRuleSet"), set);
        doc.insert(QStringLiteral("properties"), props);
        store.registries.insert(registryId(QStringLiteral("contosoprod")).toLower(), doc);
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cleanupRunButton")), Qt::LeftButton);
    const auto states = [cleanup] { // where each registry got to, should the run not end
        QStringList out;
        for (const LegacyCleanupItem &i : cleanup->items())
            out << QStringLiteral("%1: %2 %3").arg(i.registry.name).arg(int(i.state)).arg(i.result);
        return out.join(QStringLiteral("; "));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(!cleanup->isRunning(), qPrintable(states()), 15000);
    QCOMPARE(dialog->summaryText(), QStringLiteral("1 removed, 1 not changed, 0 with an unknown outcome. Each registry "
                                                   "changed is in the activity log, where it can be restored."));
    QVERIFY(view->topLevelItem(0)->text(2).startsWith(QLatin1String("Removed 1 rule; read back")));
    QVERIFY(view->topLevelItem(1)->text(2).startsWith(QLatin1String("Changed by someone else since the review")));
    QCOMPARE(vnetRules(QStringLiteral("contosobuild")), 0);
    QCOMPARE(vnetRules(QStringLiteral("contosoprod")), 6);
    const QPointer<LegacyRuleCleanup> ended(cleanup);
    dialog->close();
    QTRY_VERIFY(ended.isNull()); // the run over and its dialog closed: gone

    // Restore contosobuild from the activity log: its rule comes back.
    auto *activity = m_window->findChild<QTableView *>(QStringLiteral("activityView"));
    QTRY_COMPARE(activity->model()->rowCount(), 2);
    int applied = -1;
    for (int row = 0; row < activity->model()->rowCount(); ++row) {
        const QString text =
            activity->model()->index(row, 1).data().toString() + activity->model()->index(row, 2).data().toString();
        if (text.contains(QLatin1String("contosobuild")))
            applied = row;
    }
    QVERIFY(applied >= 0);
    activity->setCurrentIndex(activity->model()->index(applied, 0));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("restoreActivityButton")), Qt::LeftButton);
    RulesEditorDialog *restore = nullptr;
    QTRY_VERIFY((restore = m_window->findChild<RulesEditorDialog *>()) != nullptr);
    QCOMPARE(restore->config().rules.virtualNetworkRules.size(), 1);
    restore->review();
    restore->apply();
    QTRY_VERIFY_WITH_TIMEOUT(restore->statusText().startsWith(QLatin1String("Applied at")), 10000);
    QCOMPARE(vnetRules(QStringLiteral("contosobuild")), 1);
}

void TestLegacyCleanup::stopLeavesTheRestAsTheyWere()
{
    LegacyCleanupDialog *dialog =
        openCleanup({QStringLiteral("contosoprod"), QStringLiteral("contosobuild"), QStringLiteral("contosolegacy")});
    QVERIFY(dialog);
    QCOMPARE(dialog->view()->topLevelItemCount(), 3);
    // Leave contosolegacy out; run; stop at once (the first registry is still being re-read: nothing was sent).
    dialog->view()->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog->included(), (QStringList{QStringLiteral("contosobuild"), QStringLiteral("contosoprod")}));
    auto *cleanup = m_window->findChild<LegacyRuleCleanup *>();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cleanupRunButton")), Qt::LeftButton);
    QVERIFY(cleanup->isRunning());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cleanupStopButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!cleanup->isRunning(), 10000);
    QCOMPARE(cleanup->items().size(), 2);
    for (const LegacyCleanupItem &i : cleanup->items())
        QCOMPARE(int(i.state), int(LegacyCleanupItem::State::Cancelled));
    QVERIFY(dialog->summaryText().startsWith(
        QLatin1String("0 removed, 2 not changed, 0 with an unknown outcome. Stopped.")));
    QCOMPARE(dialog->view()->topLevelItem(1)->text(2), QStringLiteral("Left out"));
    QCOMPARE(vnetRules(QStringLiteral("contosobuild")), 1);
    QCOMPARE(vnetRules(QStringLiteral("contosoprod")), 6);
    QCOMPARE(vnetRules(QStringLiteral("contosolegacy")), 1);
}

QTEST_MAIN(TestLegacyCleanup)
#include "tst_legacycleanup.moc"
