// The main window browsing the sandbox's demo scenario over real HTTP: tree, tables, details, filter, refresh,
// failures, cancel, subscription picker and remembered layout.
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/secretstore.h"
#include "app/services/inventoryservice.h"
#include "models/inventorytreemodel.h"
#include "models/registrytablemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subnettablemodel.h"
#include "models/subscriptionlistmodel.h"
#include "tests/support/appfixture.h"
#include "ui/auditpane.h"
#include "ui/detailspane.h"
#include "ui/inventorytablespane.h"
#include "ui/mainwindow.h"
#include "ui/subscriptionpicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace acrnet;
using acrnet::test::AppFixture;
using acrnet::test::SandboxFixture;

namespace {
const QString kProduction = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
const QString kFabrikamDev = QStringLiteral("3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9");
const QString kProdRegistry =
    QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform/providers/"
                   "Microsoft.ContainerRegistry/registries/contosoprod");
const QString kBuildSubnet = QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/"
                                            "rg-platform/providers/Microsoft.Network/virtualNetworks/vnet-hub/"
                                            "subnets/snet-build");
} // namespace

class TestInventoryBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void browsesTheDemoScenarioCompletely();
    void detailsAndCopyResourceId();
    void detailsShowAzureValuesInWords();
    void filterNarrowsTreeAndTables();
    void clearingTheFilterRestoresTheTree();
    void selectionAndExpansionSurviveRefresh();
    void failingSubscriptionShownWhileOthersLoad();
    void cancelStopsTheLoad();
    void subscriptionPickerSelectionIsSaved();
    void layoutIsRemembered();
    void columnsFitWhenFirstShown();
    void resourceGraphAboveTheThreshold();
    void supersededLoadIsCancelled();
    void unreadableRegistryShownAsSuch();

private:
    void start();
    void waitLoaded();
    QModelIndex treeIndex(const QString &resourceId) const;

    std::unique_ptr<AppFixture> m_app; // the sandbox and the app stack, built and torn down in one place
    SandboxFixture *m_sbx = nullptr;
    AccountManager *m_accounts = nullptr;
    InventoryService *m_service = nullptr;
    ActivityLog *m_activity = nullptr;
    MainWindow *m_window = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestInventoryBrowser::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_inventorybrowser"));
    // English plurals ("3 subscriptions") come from the English translation, as in the app.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")));
    QCoreApplication::installTranslator(english);
}

void TestInventoryBrowser::init()
{
    QSettings().clear();
    m_app = std::make_unique<AppFixture>(QStringLiteral("demo"), false);
    QVERIFY(m_app->ok());
    m_sbx = &m_app->sandbox();
    m_accounts = m_app->accounts();
    m_service = m_app->service();
    m_activity = m_app->activity();
}

void TestInventoryBrowser::cleanup()
{
    m_testers.clear();
    m_window = nullptr;
    m_app.reset();
}

void TestInventoryBrowser::start()
{
    m_window = m_app->openWindow();
    // Shortcuts (F5, Ctrl+F, Ctrl+C) reach only the active window: offscreen every window is, under X it is asked.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_window->treeModel()),
                                      static_cast<QAbstractItemModel *>(m_window->treeProxy()),
                                      static_cast<QAbstractItemModel *>(m_window->registryModel()),
                                      static_cast<QAbstractItemModel *>(m_window->subnetModel()),
                                      static_cast<QAbstractItemModel *>(m_window->tablesPane()->registryProxy()),
                                      static_cast<QAbstractItemModel *>(m_window->tablesPane()->subnetProxy())})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Mode::QtTest));
    m_window->sandboxStarted(QUrl(m_sbx->base()), {QStringLiteral("sandbox"), QStringLiteral("sandbox-fabrikam")});
    waitLoaded();
}

void TestInventoryBrowser::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->count(InventoryNodeType::Subscription) == 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isLoading(), 20000);
}

QModelIndex TestInventoryBrowser::treeIndex(const QString &resourceId) const
{
    return m_window->treeProxy()->mapFromSource(m_window->treeModel()->indexForKey(resourceId.toLower()));
}

void TestInventoryBrowser::browsesTheDemoScenarioCompletely()
{
    start();
    InventoryTreeModel *tree = m_window->treeModel();
    QCOMPARE(tree->count(InventoryNodeType::Account), 2);
    QCOMPARE(tree->count(InventoryNodeType::Tenant), 2);
    QCOMPARE(tree->count(InventoryNodeType::ResourceGroup), 3);
    QCOMPARE(tree->count(InventoryNodeType::VirtualNetwork), 4);
    QCOMPARE(tree->count(InventoryNodeType::Subnet), 10);
    QCOMPARE(tree->count(InventoryNodeType::Registry), 8);
    QCOMPARE(m_window->registryModel()->rowCount(), 8);
    QCOMPARE(m_window->subnetModel()->rowCount(), 10);
    QCOMPARE(m_window->countsText(), QStringLiteral("3 subscriptions · 4 VNets · 10 subnets · 8 registries"));
    QVERIFY(m_window->errorText().isEmpty());

    // account → tenant → subscription → resource group → VNet → subnet, registries beside the VNets.
    const QModelIndex subnet = tree->indexForKey(kBuildSubnet.toLower());
    QVERIFY(subnet.isValid());
    QStringList path;
    for (QModelIndex i = subnet; i.isValid(); i = i.parent())
        path.prepend(i.data().toString());
    QCOMPARE(path,
             QStringList({QStringLiteral("sandbox"), QStringLiteral("Contoso"), QStringLiteral("Contoso Production"),
                          QStringLiteral("rg-platform"), QStringLiteral("vnet-hub"), QStringLiteral("snet-build")}));
    const QModelIndex registry = tree->indexForKey(kProdRegistry.toLower());
    QCOMPARE(registry.parent(), tree->indexForKey(subnet.parent().parent().data(KeyRole).toString()));
    QCOMPARE(registry.siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(),
             QStringLiteral("Premium · Deny"));
    QVERIFY(!registry.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(registry.data(Qt::ToolTipRole).toString().contains(QLatin1String("6 VNet rules")));

    // The Networking subscription has the provider unregistered: its badge says so.
    const QModelIndex networking =
        tree->indexForKey(QStringLiteral("/subscriptions/2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7"));
    QCOMPARE(networking.siblingAtColumn(1).data().toString(), QStringLiteral("provider not registered"));
    // Endpoint badges come from the subnets' serviceEndpoints.
    int withEndpoint = 0;
    for (int r = 0; r < m_window->subnetModel()->rowCount(); ++r) {
        const QString state = m_window->subnetModel()->index(r, SubnetTableModel::AcrEndpoint).data().toString();
        withEndpoint += state == QLatin1String("enabled") ? 1 : 0;
    }
    QVERIFY(withEndpoint > 0 && withEndpoint < 8);

    // The registry table's raw-value sort: VNet-rule count as a number.
    QTableView *registries = m_window->tablesPane()->registryView();
    registries->sortByColumn(RegistryTableModel::VirtualNetworkRules, Qt::DescendingOrder);
    QCOMPARE(registries->model()->index(0, RegistryTableModel::Name).data().toString(),
             QStringLiteral("fabrikamdev")); // 90
    QCOMPARE(registries->model()->index(1, RegistryTableModel::Name).data().toString(),
             QStringLiteral("contosoprod")); // 3
    // Expanded down to the subscriptions in a small estate.
    QVERIFY(m_window->treeView()->isExpanded(treeIndex(QStringLiteral("/subscriptions/") + kProduction)));
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR")) {
        m_window->treeView()->setCurrentIndex(treeIndex(kProdRegistry));
        m_window->treeView()->setCurrentIndex(treeIndex(QStringLiteral("/subscriptions/") + kProduction));
        m_window->tablesPane()->registryView()->setCurrentIndex(
            m_window->tablesPane()->registryView()->model()->index(0, 0));
        m_window->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/main-window.png"));
    }
}

void TestInventoryBrowser::detailsAndCopyResourceId()
{
    start();
    QTreeView *view = m_window->treeView();
    view->setFocus();
    view->setCurrentIndex(treeIndex(kProdRegistry));
    DetailsPane *details = m_window->detailsPane();
    QCOMPARE(details->resourceId(), kProdRegistry);
    const auto props = details->properties();
    auto value = [&](const QString &label) {
        for (const auto &p : props) {
            if (p.first == label)
                return p.second;
        }
        return QString();
    };
    QCOMPARE(value(QStringLiteral("Default action")), QStringLiteral("Deny"));
    QCOMPARE(value(QStringLiteral("SKU")), QStringLiteral("Premium"));
    QVERIFY(value(QStringLiteral("VNet rules")).contains(QLatin1String("vnet-hub/snet-aks")));
    auto *json = details->findChild<QPlainTextEdit *>(QStringLiteral("detailsJson"));
    QVERIFY(json->toPlainText().contains(QLatin1String("\"networkRuleSet\"")));
    // The table follows the tree: only that registry, on the Registries tab.
    QCOMPARE(m_window->tablesPane()->currentTab(), InventoryTablesPane::RegistriesTab);
    QCOMPARE(m_window->tablesPane()->registryProxy()->rowCount(), 1);

    // Ctrl+C in the tree copies the resource ID (seed step 4).
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), kProdRegistry);
    // The Copy button beside the ID does the same for a subnet.
    view->setCurrentIndex(treeIndex(kBuildSubnet));
    QCOMPARE(m_window->tablesPane()->currentTab(), InventoryTablesPane::SubnetsTab);
    QTest::mouseClick(details->findChild<QToolButton *>(QStringLiteral("copyResourceIdButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), kBuildSubnet);
    // A subscription scopes the tables to what it holds.
    view->setCurrentIndex(treeIndex(QStringLiteral("/subscriptions/") + kFabrikamDev));
    QCOMPARE(m_window->tablesPane()->registryProxy()->rowCount(), 2);
    QCOMPARE(m_window->tablesPane()->subnetProxy()->rowCount(), 1);
    // Selecting a row of a table shows that row's details.
    QTableView *table = m_window->tablesPane()->registryView();
    m_window->tablesPane()->setCurrentTab(InventoryTablesPane::RegistriesTab);
    table->setCurrentIndex(table->model()->index(1, 0));
    QCOMPARE(details->resourceId(), table->model()->index(1, 0).data(ResourceIdRole).toString());
    QVERIFY(details->resourceId().contains(QLatin1String("/registries/fabrikam")));
}

void TestInventoryBrowser::detailsShowAzureValuesInWords()
{
    // In Spanish the details say "Denegar", "Habilitado", "Correcto" — Azure's value stays in the tooltip and JSON.
    start();
    QTranslator spanish;
    QVERIFY(spanish.load(QStringLiteral(":/i18n/acrnetadmin_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    QTreeView *view = m_window->treeView();
    view->setCurrentIndex(treeIndex(kBuildSubnet));
    view->setCurrentIndex(treeIndex(kProdRegistry));
    QStringList values;
    for (const auto &p : m_window->detailsPane()->properties())
        values << p.second;
    QCoreApplication::removeTranslator(&spanish);
    QVERIFY2(values.contains(QStringLiteral("Denegar")), qPrintable(values.join(QLatin1Char('|'))));
    QVERIFY(values.contains(QStringLiteral("Habilitado")));
    QVERIFY(values.contains(QStringLiteral("Correcto")));
    QVERIFY(!values.contains(QStringLiteral("Deny")) && !values.contains(QStringLiteral("Succeeded")));
    QVERIFY(m_window->detailsPane()
                ->findChild<QPlainTextEdit *>(QStringLiteral("detailsJson"))
                ->toPlainText()
                .contains(QLatin1String("\"defaultAction\": \"Deny\"")));
}

void TestInventoryBrowser::filterNarrowsTreeAndTables()
{
    start();
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    // Ctrl+F is a shortcut, not a "Filter" button next to the field.
    auto *find = m_window->findChild<QAction *>(QStringLiteral("filterAction"));
    QVERIFY(find);
    QVERIFY(!m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(find));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("contosoprod"));
    QCOMPARE(m_window->tablesPane()->registryProxy()->rowCount(), 1);
    QCOMPARE(m_window->tablesPane()->subnetProxy()->rowCount(), 0);
    QCOMPARE(m_window->tablesPane()->emptyText(InventoryTablesPane::SubnetsTab),
             QStringLiteral("No subnets match \u201ccontosoprod\u201d."));
    // The tree keeps the match and its ancestors only.
    QVERIFY(treeIndex(kProdRegistry).isValid());
    QVERIFY(!treeIndex(kBuildSubnet).isValid());
    QCOMPARE(m_window->treeProxy()->rowCount(), 1); // only the account that holds it

    // By prefix: every word must match.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("10.10. snet"));
    const int subnets = m_window->tablesPane()->subnetProxy()->rowCount();
    QVERIFY(subnets > 0);
    for (int r = 0; r < subnets; ++r)
        QVERIFY(m_window->tablesPane()
                    ->subnetProxy()
                    ->index(r, SubnetTableModel::AddressPrefixes)
                    .data()
                    .toString()
                    .contains(QLatin1String("10.10.")));
    // By region.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("eastus"));
    QCOMPARE(m_window->tablesPane()->registryProxy()->rowCount(), 2);
    filter->clear();
    QCOMPARE(m_window->tablesPane()->registryProxy()->rowCount(), 8);
}

void TestInventoryBrowser::clearingTheFilterRestoresTheTree()
{
    start();
    QTreeView *view = m_window->treeView();
    const QString hub = QString(kBuildSubnet).section(QLatin1Char('/'), 0, -3),
                  fabrikam = u"/subscriptions/" + kFabrikamDev;
    const QString group = QString(kBuildSubnet).section(QLatin1Char('/'), 0, 4);
    view->expand(treeIndex(hub)); // open under a closed resource group
    view->collapse(treeIndex(fabrikam));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("snet"));
    // The filter opens what holds its matches (a small estate: at once, down to the groups); clearing closes them.
    QVERIFY(view->isExpanded(treeIndex(group)) && view->isExpanded(treeIndex(fabrikam)));
    filter->clear();
    QTRY_VERIFY(m_window->treeProxy()->rowCount(treeIndex(group)) > 0);
    QVERIFY(!view->isExpanded(treeIndex(group)) && !view->isExpanded(treeIndex(fabrikam)));
    QVERIFY(view->isExpanded(treeIndex(hub)) && view->isExpanded(treeIndex(u"/subscriptions/" + kProduction)));
}

void TestInventoryBrowser::selectionAndExpansionSurviveRefresh()
{
    start();
    QTreeView *view = m_window->treeView();
    const QModelIndex hub = treeIndex(QString(kBuildSubnet).section(QLatin1Char('/'), 0, -3));
    QVERIFY(hub.isValid());
    view->expand(hub);
    view->collapse(treeIndex(QStringLiteral("/subscriptions/") + kFabrikamDev));
    view->setCurrentIndex(treeIndex(QStringLiteral("/subscriptions/") + kProduction));
    QTableView *table = m_window->tablesPane()->registryView();
    table->setCurrentIndex(table->model()->index(2, 0));
    const QPersistentModelIndex registryRow = table->currentIndex();
    const QString selectedRegistry = registryRow.data(ResourceIdRole).toString();
    QVERIFY(!selectedRegistry.isEmpty());

    // Someone adds an IP rule to contosoprod meanwhile; F5 shows it without losing the place.
    const QString token = m_sbx->servicePrincipalToken();
    const auto current = m_sbx->get(kProdRegistry + QStringLiteral("?api-version=2021-08-01-preview"), token);
    QJsonObject rules =
        current.json().value(QLatin1String("properties")).toObject().value(QLatin1String("networkRuleSet")).toObject();
    QJsonArray ips = rules[QStringLiteral("ipRules")].toArray();
    ips.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("192.0.2.0/24")},
                           {QStringLiteral("action"), QStringLiteral("Allow")}});
    rules[QStringLiteral("ipRules")] = ips;
    const QJsonObject patch{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("networkRuleSet"), rules}}}};
    QCOMPARE(m_sbx
                 ->send("PATCH", kProdRegistry + QStringLiteral("?api-version=2021-08-01-preview"),
                        QJsonDocument(patch).toJson(), {{"Content-Type", "application/json"}}, token)
                 .status,
             200);

    QSignalSpy removed(m_window->treeModel(), &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy reset(m_window->treeModel(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy finished(m_service, &InventoryService::finished);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(view->currentIndex().data(KeyRole).toString(), QString(QStringLiteral("/subscriptions/") + kProduction));
    QCOMPARE(table->currentIndex(), QModelIndex(registryRow));
    QVERIFY(view->isExpanded(treeIndex(QString(kBuildSubnet).section(QLatin1Char('/'), 0, -3))));
    QVERIFY(!view->isExpanded(treeIndex(QStringLiteral("/subscriptions/") + kFabrikamDev)));
    QVERIFY(registryRow.isValid());
    QCOMPARE(registryRow.data(ResourceIdRole).toString(), selectedRegistry);
    const int row = m_window->registryModel()->rowForKey(kProdRegistry.toLower());
    QCOMPARE(m_window->registryModel()->index(row, RegistryTableModel::IpRules).data().toInt(), int(ips.size()));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("refreshedLabel"))->text().isEmpty());
}

void TestInventoryBrowser::failingSubscriptionShownWhileOthersLoad()
{
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("deniedSubscriptions"), QJsonArray{kFabrikamDev}}});
    m_window = m_app->openWindow();
    QSignalSpy finished(m_service, &InventoryService::finished);
    m_window->sandboxStarted(QUrl(m_sbx->base()), {QStringLiteral("sandbox"), QStringLiteral("sandbox-fabrikam")});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->errorText().contains(QLatin1String("Fabrikam Development")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->count(InventoryNodeType::Registry) == 6 && !m_service->isLoading(),
                             20000);
    QVERIFY(m_window->errorText().contains(QLatin1String("AuthorizationFailed")));
    const QModelIndex fabrikam = m_window->treeModel()->indexForKey(QStringLiteral("/subscriptions/") + kFabrikamDev);
    QVERIFY(fabrikam.isValid());
    QCOMPARE(fabrikam.siblingAtColumn(1).data().toString(), QStringLiteral("could not be loaded"));
    QVERIFY(!fabrikam.data(ErrorRole).toString().isEmpty());
    auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        m_window->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/main-window-error.png"));

    // Access comes back; Retry loads only what failed.
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("deniedSubscriptions"), QJsonArray()}});
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->count(InventoryNodeType::Registry) == 8, 20000);
    QTRY_VERIFY(m_window->errorText().isEmpty());
    QVERIFY(m_window->treeModel()
                ->indexForKey(QStringLiteral("/subscriptions/") + kFabrikamDev)
                .data(ErrorRole)
                .toString()
                .isEmpty());
}

void TestInventoryBrowser::cancelStopsTheLoad()
{
    start();
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 1500}});
    QSignalSpy finished(m_service, &InventoryService::finished);
    m_window->refresh();
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("cancelLoadButton"));
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!m_service->isLoading());
    QVERIFY(!cancel->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("cancelled")));
    // What was shown stays.
    QCOMPARE(m_window->treeModel()->count(InventoryNodeType::Registry), 8);
    // Late answers of the cancelled load change nothing.
    QTest::qWait(1800);
    QCOMPARE(finished.count(), 1);
}

void TestInventoryBrowser::subscriptionPickerSelectionIsSaved()
{
    start();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("subscriptionsAction"));
    QCOMPARE(action->text(), QStringLiteral("Subscriptions (3/3)"));
    action->trigger();
    SubscriptionPicker *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<SubscriptionPicker *>()) != nullptr);
    QAbstractItemModelTester tester(picker->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("subscriptionSearch")), QStringLiteral("fabrikam"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("selectNoneButton")), Qt::LeftButton);
    QCOMPARE(picker->model()->checkedCount(), 2);
    QCOMPARE(picker->findChild<QLabel *>(QStringLiteral("subscriptionCount"))->text(),
             QStringLiteral("2 of 3 selected"));
    picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_window->treeModel()->count(InventoryNodeType::Subscription), 2);
    QCOMPARE(m_window->treeModel()->count(InventoryNodeType::Account), 1); // the Fabrikam account holds nothing now
    QCOMPARE(m_window->registryModel()->rowCount(), 6);
    QCOMPARE(action->text(), QStringLiteral("Subscriptions (2/3)"));
    QCOMPARE(m_app->settings()->value(QStringLiteral("inventory/excludedSubscriptions")).toStringList(),
             QStringList{kFabrikamDev});

    // A new service over the same settings remembers it.
    InventoryService again(m_accounts, m_app->network(), m_app->settings());
    QCOMPARE(again.excludedSubscriptions(), QSet<QString>{kFabrikamDev});
    QSignalSpy done(&again, &InventoryService::finished);
    QSignalSpy loaded(&again, &InventoryService::subscriptionLoaded);
    again.refresh();
    QVERIFY(done.wait(20000));
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(again.subscriptions().size(), 3);
}

void TestInventoryBrowser::layoutIsRemembered()
{
    start();
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({200, 700, 380});
    const QList<int> sizes = splitter->sizes();
    m_window->tablesPane()->subnetView()->setColumnWidth(SubnetTableModel::VirtualNetwork, 211);
    m_window->close();
    m_testers.clear();
    m_app->closeWindow();
    m_window = nullptr;
    MainWindowOptions options;
    options.sandboxScenario = QStringLiteral("demo");
    MainWindow again(options, m_accounts, m_service);
    again.show();
    again.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(again.treeModel()->count(InventoryNodeType::Subscription) == 3, 20000);
    QTRY_COMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(again.tablesPane()->subnetView()->columnWidth(SubnetTableModel::VirtualNetwork), 211);
}

void TestInventoryBrowser::columnsFitWhenFirstShown()
{
    // After the first load, the table on screen is fitted to its contents; the hidden one when first shown.
    start();
    QTableView *registries = m_window->tablesPane()->registryView();
    QTableView *subnets = m_window->tablesPane()->subnetView();
    QCOMPARE(m_window->tablesPane()->currentTab(), InventoryTablesPane::RegistriesTab);
    // Fitted to "westeurope"-like regions and the header, the column is no longer the default 120 px.
    const int unfitted = subnets->horizontalHeader()->defaultSectionSize();
    QTRY_VERIFY(registries->columnWidth(RegistryTableModel::Region) != unfitted);
    QCOMPARE(subnets->columnWidth(SubnetTableModel::Region), unfitted);
    m_window->tablesPane()->setCurrentTab(InventoryTablesPane::SubnetsTab);
    QVERIFY(subnets->columnWidth(SubnetTableModel::Region) != unfitted);
}

void TestInventoryBrowser::resourceGraphAboveTheThreshold()
{
    m_service->setGraphThreshold(2); // the demo's 2 + 1 subscriptions per account: Contoso's two stay on ARM
    QCOMPARE(m_service->effectivePath(3), InventoryPath::ResourceGraph);
    QCOMPARE(m_service->effectivePath(2), InventoryPath::ResourceManager);
    m_service->setGraphThreshold(1);
    start();
    QCOMPARE(m_service->lastPath(), InventoryPath::ResourceGraph);
    QCOMPARE(m_window->countsText(), QStringLiteral("3 subscriptions · 4 VNets · 10 subnets · 8 registries"));
    // VNet rules of Premium registries are read from ARM on this path too.
    const int row = m_window->registryModel()->rowForKey(kProdRegistry.toLower());
    QCOMPARE(m_window->registryModel()->index(row, RegistryTableModel::VirtualNetworkRules).data().toInt(), 6);
    // The user's choice overrides the threshold.
    m_service->setPathSetting(InventoryPath::ResourceManager);
    QSignalSpy finished(m_service, &InventoryService::finished);
    m_window->refresh();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_service->lastPath(), InventoryPath::ResourceManager);
}

void TestInventoryBrowser::supersededLoadIsCancelled()
{
    start();
    m_sbx->admin(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 200}});
    QSignalSpy finished(m_service, &InventoryService::finished);
    QSignalSpy loaded(m_service, &InventoryService::subscriptionLoaded);
    m_window->refresh();
    QTRY_VERIFY(m_service->requestsInFlight() > 0);
    m_window->refresh(); // the first load is superseded: its answers are dropped
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(loaded.count(), 3); // once per subscription, from the second load only
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
}

void TestInventoryBrowser::unreadableRegistryShownAsSuch()
{
    // contosobasic's ipRules arrive as an object: the registry cannot be read. It must not vanish (nor show as a
    // registry without IP rules): the tree draws it as unreadable, the details say why, the subscription is "read in
    // part", the error bar and the audit say the result is incomplete.
    const QString basic = QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/"
                                         "rg-platform/providers/Microsoft.ContainerRegistry/registries/contosobasic");
    QJsonObject &stored = m_sbx->server().store().registries[basic.toLower()];
    QVERIFY(!stored.isEmpty());
    QJsonObject props = stored.value(QLatin1String("properties")).toObject();
    QJsonObject rules = props.value(QLatin1String("networkRuleSet")).toObject();
    rules.insert(QStringLiteral("defaultAction"), QStringLiteral("Allow"));
    rules.insert(QStringLiteral("ipRules"), QJsonObject{{QStringLiteral("value"), QStringLiteral("0.0.0.0/0")}});
    props.insert(QStringLiteral("networkRuleSet"), rules);
    stored.insert(QStringLiteral("properties"), props);

    start();
    const QModelIndex node = m_window->treeModel()->indexForKey(basic.toLower());
    QVERIFY(node.isValid());
    QCOMPARE(node.siblingAtColumn(1).data().toString(), QStringLiteral("unreadable"));
    QVERIFY2(node.data(ErrorRole).toString().contains(QLatin1String("ipRules")),
             qPrintable(node.data(ErrorRole).toString()));
    QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QLatin1String("could not be read")));
    const QModelIndex sub = m_window->treeModel()->indexForKey(QStringLiteral("/subscriptions/") + kProduction);
    QCOMPARE(sub.siblingAtColumn(1).data().toString(), QStringLiteral("read in part"));
    QVERIFY(sub.data(Qt::ToolTipRole).toString().contains(QLatin1String("contosobasic")));
    QVERIFY2(m_window->errorText().contains(QLatin1String("read only in part")), qPrintable(m_window->errorText()));
    // The registries table lists only what could be read: 7 of the 8.
    QCOMPARE(m_window->registryModel()->rowCount(), 7);

    m_window->treeView()->setCurrentIndex(treeIndex(basic));
    const auto props2 = m_window->detailsPane()->properties();
    QString reason;
    for (const auto &p : props2) {
        if (p.first == QLatin1String("Could not be read"))
            reason = p.second;
        QVERIFY2(p.first != QLatin1String("SKU"), "an unreadable registry shows no made-up values");
    }
    QVERIFY2(reason.contains(QLatin1String("ipRules")), qPrintable(reason));
    QVERIFY2(m_window->tablesPane()
                 ->emptyText(InventoryTablesPane::RegistriesTab)
                 .startsWith(QLatin1String("contosobasic could not be read")),
             qPrintable(m_window->tablesPane()->emptyText(InventoryTablesPane::RegistriesTab)));
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        m_window->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") +
                              QStringLiteral("/main-window-unreadable.png"));

    QTRY_VERIFY(m_window->auditPane()->incompleteText().contains(QLatin1String("read only in part")));
}

QTEST_MAIN(TestInventoryBrowser)
#include "tst_inventorybrowser.moc"
