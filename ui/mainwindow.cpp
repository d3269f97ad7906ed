#include "mainwindow.h"
#include "accountsdialog.h"
#include "activitydock.h"
#include "adminactions.h"
#include "app/audit/auditengine.h"
#include "app/auth/accountmanager.h"
#include "app/azure/workerpool.h"
#include "app/services/activitylog.h"
#include "app/services/inventoryservice.h"
#include "auditpane.h"
#include "cachedtextdelegate.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "inventorytablespane.h"
#include "loadstatus.h"
#include "maintoolbar.h"
#include "models/activitymodel.h"
#include "models/inventorytreemodel.h"
#include "models/registrytablemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "models/stateicons.h"
#include "models/subnettablemodel.h"
#include "presentation.h"
#include "subnetpicker.h"
#include "subscriptionpicker.h"
#include "windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace acrnet {

namespace {}

MainWindow::MainWindow(const MainWindowOptions &options, AccountManager *accounts, InventoryService *inventory,
                       ActivityLog *activity, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_accounts(accounts)
    , m_inventory(inventory)
    , m_tree(new InventoryTreeModel(this))
    , m_registries(new RegistryTableModel(this))
    , m_subnets(new SubnetTableModel(this))
    , m_treeProxy(presentedModel<ResourceFilterProxyModel>(this))
    , m_activity(activity)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ACR Network Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // A first start opens at a size that fits the screen (a share of it on small or scaled screens).
    WindowGeometry::fitToScreen(this, QSize(1280, 800), 0.85);
    m_treeProxy->setObjectName(QStringLiteral("treeProxy"));
    m_treeProxy->setSourceModel(m_tree);
    m_treeProxy->setKeepChildrenOfMatches(true); // a matching VNet or subscription shows what it holds

    buildToolBar();
    buildBrowser();
    buildStatusBar();
    connectInventory();
    buildActivityDock();
    buildMenus();
    restoreLayout();
    updatePage();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Children lose the focus while they are destroyed: stop listening first (the sanitizer build caught the call
    // into a half-destroyed window).
    disconnect(m_focusConnection);
    // Dialogs still reading (a VM check, an editor) cancel their requests as they are destroyed with the window; the
    // services report that activity, which must not reach this half-destroyed window.
    if (m_inventory)
        m_inventory->disconnect(this);
    if (m_accounts)
        m_accounts->disconnect(this);
}

void MainWindow::buildToolBar()
{
    m_toolBar = new MainToolBar(m_inventory, m_accounts != nullptr, m_options.sandboxScenario, this);
    addToolBar(m_toolBar);
    connect(m_toolBar, &MainToolBar::accountsRequested, this, &MainWindow::showAccounts);
    connect(m_toolBar, &MainToolBar::subscriptionsRequested, this, &MainWindow::showSubscriptionPicker);
    connect(m_toolBar, &MainToolBar::refreshRequested, this, &MainWindow::refresh);
    connect(m_toolBar, &MainToolBar::filterChanged, this, &MainWindow::applyFilter);
    // Matches come into view down to their resource groups once typing pauses (see applyFilter).
    m_expandDebounce = new QTimer(this);
    m_expandDebounce->setSingleShot(true);
    m_expandDebounce->setInterval(250);
    connect(m_expandDebounce, &QTimer::timeout, this, [this] {
        if (!m_treeProxy->filterText().isEmpty())
            m_treeView->expandToDepth(3);
    });
}

void MainWindow::buildBrowser()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_emptyState = new QLabel(emptyStateText(), m_pages);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setMargin(40);
    m_pages->addWidget(m_emptyState);

    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_treeView = new QTreeView(m_splitter);
    m_treeView->setObjectName(QStringLiteral("resourceTree"));
    m_treeView->setAccessibleName(tr("Resources"));
    m_treeView->setModel(m_treeProxy);
    m_treeView->setItemDelegate(new CachedTextDelegate(m_treeView));
    m_treeView->setUniformRowHeights(true);
    m_treeView->setIndentation(16); // six levels deep (account to subnet) without pushing names out
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->header()->resizeSection(InventoryTreeModel::NameColumn, 230);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
    connect(m_treeProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::onTreeRowsInserted);
    connect(m_tree, &InventoryTreeModel::subscriptionsPlaced, this, &MainWindow::onSubscriptionsPlaced);
    connect(m_treeView, &QTreeView::expanded, this, &MainWindow::fitTreeNameColumn);
    // Which nodes are open, by key: the view forgets the ones a filter hides (their indexes go), this does not.
    connect(m_treeView, &QTreeView::expanded, this,
            [this](const QModelIndex &i) { m_openTreeKeys.insert(i.data(KeyRole).toString()); });
    connect(m_treeView, &QTreeView::collapsed, this,
            [this](const QModelIndex &i) { m_openTreeKeys.remove(i.data(KeyRole).toString()); });

    auto *centre = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_errorBanner = new ErrorBanner(centre);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::retryFailed);
    centreLayout->addWidget(m_errorBanner);
    m_tables = new InventoryTablesPane(m_registries, m_subnets, centre);
    centreLayout->addWidget(m_tables, 1);
    connect(m_tables, &InventoryTablesPane::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            m_details->showIndex(index);
    });

    m_details = new DetailsPane(m_splitter);
    m_auditPane = new AuditPane(this);
    m_findingsTab = m_tables->addExtraTab(m_auditPane->findingsWidget(), tr("Findings"));
    m_tables->addExtraTab(m_auditPane->matrixWidget(), tr("Access matrix"));
    m_splitter->addWidget(m_treeView);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_details);
    // The side panes keep their width (fitSplitter() sets it once); the tables take what the window gains or loses.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);
    buildActions();
}

// The actions on resources (copy, JSON, administration) in every view's context menu, and what they report.
void MainWindow::buildActions()
{
    // Ctrl+C copies the resource ID when a tree or table has focus; elsewhere (the JSON view) it copies text.
    m_copyIdAction = new QAction(StateIcons::icon(QStringLiteral("copy")), tr("Copy resource ID"), this);
    m_copyIdAction->setObjectName(QStringLiteral("copyIdAction"));
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copyResourceId);
    m_showJsonAction = new QAction(tr("Show JSON"), this);
    m_showJsonAction->setObjectName(QStringLiteral("showJsonAction"));
    connect(m_showJsonAction, &QAction::triggered, this, [this] { m_details->showTab(DetailsPane::JsonTab); });
    m_admin = new AdminActions(m_inventory, m_activity, this, m_options.readOnly);
    m_admin->setPickSubnets([this](QWidget *parent, std::function<void(const QStringList &)> picked) {
        SubnetPicker::pick(m_subnets, parent, std::move(picked));
    });
    m_admin->setRegistriesInView([this] { return m_tables->registriesInView(); });
    connect(m_admin, &AdminActions::probeFinished, this, [this](const QString &id, const ProbeResult &result) {
        m_details->setNote(id, tr("Access from this machine"),
                           result.text() + QLatin1Char(' ') +
                               tr("(checked %1)").arg(QLocale().toString(result.when.time(), QLocale::ShortFormat)));
    });
    connect(m_admin, &AdminActions::registryApplied, this,
            [this](const QString &id, const QString &note) { m_details->setNote(id, tr("Last change"), note); });
    connect(m_auditPane, &AuditPane::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t, 10000); });
    connect(m_auditPane, &AuditPane::fixRequested, m_admin, &AdminActions::fixFinding);
    connect(m_auditPane, &AuditPane::registrySelected, this, [this](const QString &id) { showDetailsOf(id); });
    // After any reload (a change this app made, a refresh), the details show the selected resource as it is now.
    if (m_inventory)
        connect(m_inventory, &InventoryService::subscriptionLoaded, this, [this] {
            QMetaObject::invokeMethod(
                this, [this] { showDetailsOf(m_details->resourceId()); }, Qt::QueuedConnection);
        });
    connect(m_admin, &AdminActions::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t, 15000); });
    connect(m_admin, &AdminActions::subscriptionChanged, this, [this](const QString &sub) {
        if (m_inventory)
            m_inventory->retry({sub}); // re-read what the change touched
    });
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_treeView), static_cast<QAbstractItemView *>(m_tables->registryView()),
          static_cast<QAbstractItemView *>(m_tables->subnetView())}) {
        view->addAction(m_copyIdAction);
        view->addAction(m_showJsonAction);
        auto *separator = new QAction(view);
        separator->setSeparator(true);
        view->addAction(separator);
        view->addActions(m_admin->actions());
    }
    connect(m_tables, &InventoryTablesPane::currentChanged, this, [this] { updateAdminContext(); });
    connect(m_tables->subnetView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateAdminContext(); });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateAdminContext(); });
    // The actions (and the context menu) follow the view that has the focus: right-clicking the tree after a table
    // row was selected offers the tree node's actions, not the row's.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this] { updateAdminContext(); });
}

void MainWindow::buildStatusBar()
{
    m_loadStatus = new LoadStatus(statusBar());
    connect(m_loadStatus, &LoadStatus::cancelRequested, this, [this] {
        if (m_inventory)
            m_inventory->cancel();
    });
}

void MainWindow::connectInventory()
{
    if (!m_inventory) {
        m_toolBar->setBrowsingAvailable(false);
        return;
    }
    m_refreshDebounce = new QTimer(this);
    m_refreshDebounce->setSingleShot(true);
    m_refreshDebounce->setInterval(300);
    connect(m_refreshDebounce, &QTimer::timeout, this, &MainWindow::refresh);
    if (m_accounts) {
        // Signing in, out, or into another tenant changes what can be browsed: load again, once.
        auto later = [this] {
            m_refreshDebounce->start();
        };
        connect(m_accounts, &AccountManager::accountsChanged, this, later);
        connect(m_accounts, &AccountManager::tenantsChanged, this, later);
        connect(m_accounts, &AccountManager::statusChanged, this, later);
    }
    connect(m_inventory, &InventoryService::started, this, [this] {
        m_loadStatus->loadStarted();
        m_tables->setLoading(true);
        m_tree->setGathering(true); // new subscriptions placed in batches while the load runs
        m_registries->setGathering(true);
        m_subnets->setGathering(true);
        updatePage();
        updateStatus();
    });
    connect(m_inventory, &InventoryService::progressChanged, m_loadStatus, &LoadStatus::setProgress);
    connect(m_inventory, &InventoryService::subscriptionsListed, this, &MainWindow::updateSubscriptionsAction);
    connect(m_inventory, &InventoryService::subscriptionLoaded, this, &MainWindow::onLoaded);
    connect(m_inventory, &InventoryService::subscriptionFailed, this, &MainWindow::onFailed);
    connect(
        m_inventory, &InventoryService::listingFailed, this,
        [this](const QString &account, const QString &tenant, const ArmError &e) {
            m_failures.insert(
                QStringLiteral("list:") + account + QLatin1Char('/') + tenant,
                tr("The subscriptions of %1 in tenant %2 could not be listed: %3").arg(account, tenant, e.userText()));
            updateErrorBanner();
        });
    connect(m_inventory, &InventoryService::subscriptionRemoved, this, [this](const QString &id) {
        m_tree->removeSubscription(id);
        m_registries->removeSubscription(id);
        m_subnets->removeSubscription(id);
        m_failures.remove(id.toLower());
        m_failures.remove(QStringLiteral("partial:") + id.toLower());
        updateErrorBanner();
        updateStatus();
    });
    connect(m_inventory, &InventoryService::activityChanged, this, &MainWindow::updateStatus);
    connect(m_inventory, &InventoryService::finished, this, [this](bool cancelled) {
        m_tree->setGathering(false);
        m_registries->setGathering(false);
        m_subnets->setGathering(false);
        m_loadStatus->loadFinished(cancelled);
        m_tables->setLoading(false);
        m_tree->pruneEmpty();
        runAudit();
        if (!m_columnsFitted && m_registries->rowCount() > 0) {
            m_columnsFitted = true; // once, unless the user's widths came back from the settings
            m_tables->fitColumns();
        }
        statusBar()->showMessage(
            cancelled ? tr("Loading cancelled: what was loaded so far is shown.") : tr("Inventory loaded."), 8000);
        updatePage();
        updateStatus();
    });
}

void MainWindow::onLoaded(const ListedSubscription &scope, const SubscriptionInventory &inventory)
{
    const int loaded = int(m_inventory->snapshot().subscriptions.size()) - 1; // merged in the models so far
    m_tree->reserveFor(loaded, m_inventory->total());
    m_registries->reserveFor(loaded, m_inventory->total());
    m_subnets->reserveFor(loaded, m_inventory->total());
    m_tree->mergeSubscription(scope, inventory);
    m_registries->mergeSubscription(scope, inventory);
    m_subnets->mergeSubscription(scope, inventory);
    const QString sub = scope.subscription.subscriptionId.toLower();
    bool changed = m_failures.remove(sub) > 0;
    changed = m_failures.remove(QStringLiteral("partial:") + sub) > 0 || changed;
    if (!inventory.warnings.isEmpty()) {
        // Read in part (an entry that did not parse, a part that failed): said as plainly as a failure.
        m_failures.insert(QStringLiteral("partial:") + sub,
                          tr("%1 was read only in part: %2")
                              .arg(scope.subscription.displayName, inventory.warnings.join(QStringLiteral("; "))));
        changed = true;
    }
    if (changed)
        updateErrorBanner();
    updatePage();
    updateStatus();
}

void MainWindow::onFailed(const ListedSubscription &scope, const ArmError &error)
{
    QString text = error.userText();
    if (!error.code().isEmpty())
        text += QStringLiteral(" (") + error.code() + QLatin1Char(')');
    m_tree->setSubscriptionFailed(scope, text);
    m_failures.insert(scope.subscription.subscriptionId.toLower(),
                      tr("%1 could not be loaded: %2").arg(scope.subscription.displayName, text));
    updateErrorBanner();
    updatePage();
    updateStatus();
}

void MainWindow::updateErrorBanner()
{
    m_errorBanner->setProblems(m_failures.values());
}

QString MainWindow::errorText() const
{
    return m_errorBanner->text();
}

void MainWindow::refresh()
{
    if (!m_inventory)
        return;
    if (m_refreshDebounce)
        m_refreshDebounce->stop();
    m_failures.clear();
    updateErrorBanner();
    m_inventory->refresh();
}

void MainWindow::retryFailed()
{
    bool listing = false;
    QStringList ids;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("list:")))
            listing = true;
        else if (it.key().startsWith(QLatin1String("partial:")))
            ids << it.key().mid(8);
        else
            ids << it.key();
    }
    if (listing) {
        refresh();
        return;
    }
    m_inventory->retry(ids);
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_treeProxy->mapToSource(proxyIndex);
    if (!index.isValid()) {
        m_tables->setScope(QString(), QString());
        m_details->clear();
        return;
    }
    const auto type = InventoryNodeType(index.data(NodeTypeRole).toInt());
    m_tables->setScope(index.data(KeyRole).toString(), index.siblingAtColumn(0).data().toString(),
                       type != InventoryNodeType::Subscription && !index.data(ErrorRole).toString().isEmpty());
    if (type == InventoryNodeType::Registry)
        m_tables->setCurrentTab(InventoryTablesPane::RegistriesTab);
    else if (type == InventoryNodeType::Subnet || type == InventoryNodeType::VirtualNetwork)
        m_tables->setCurrentTab(InventoryTablesPane::SubnetsTab);
    m_details->showIndex(index);
}

void MainWindow::showDetailsOf(const QString &resourceId)
{
    if (resourceId.isEmpty())
        return;
    const QModelIndex index = m_tree->indexForKey(resourceId.toLower());
    if (index.isValid())
        m_details->showIndex(index);
}

void MainWindow::applyFilter(const QString &text)
{
    // The tree as it was before typing comes back when the filter is cleared: what the filter opened to show its
    // matches closes again (at 100,000 subnets, laying all of it out again took most of clearing's time).
    const bool wasFiltered = !m_treeProxy->filterText().isEmpty();
    const bool filtered = !text.trimmed().isEmpty();
    if (!wasFiltered && filtered)
        m_expandedBeforeFilter = m_openTreeKeys;
    if (wasFiltered && !filtered) {
        m_expandDebounce->stop();
        m_treeView->collapseAll();
    }
    m_treeProxy->setFilterText(text);
    m_tables->setFilterText(text);
    if (wasFiltered && !filtered) {
        for (const QString &key : std::as_const(m_expandedBeforeFilter))
            m_treeView->expand(m_treeProxy->mapFromSource(m_tree->indexForKey(key)));
        m_openTreeKeys = std::exchange(m_expandedBeforeFilter, {});
    }
    // Matches come into view down to their resource groups: at once in a small estate, in a large one when the
    // typing pauses, so each keystroke only filters.
    if (!filtered)
        return;
    if (m_tree->count(InventoryNodeType::Subscription) <= kSmallEstate)
        m_treeView->expandToDepth(3);
    else
        m_expandDebounce->start();
}

void MainWindow::focusFilter()
{
    m_toolBar->focusFilter();
}

void MainWindow::runAudit()
{
    if (!m_inventory)
        return;
    const InventorySnapshot &snap = m_inventory->snapshot();
    m_details->setInventory(&snap);
    const Cloud cloud = m_inventory->loadedCloud();
    // The checks run on a worker thread over a copy of the inventory (implicitly shared, so the copy is cheap);
    // a newer run supersedes an older one.
    const quint64 generation = ++m_auditGeneration;
    const QString scope =
        tr("%1 · %n subscription(s)", nullptr, int(snap.subscriptions.size())).arg(cloud.displayName());
    auto *watcher = new QFutureWatcher<QList<Finding>>(this);
    connect(watcher, &QFutureWatcher<QList<Finding>>::finished, this, [this, watcher, generation, scope] {
        watcher->deleteLater();
        if (generation != m_auditGeneration)
            return;
        const QList<Finding> findings = watcher->result();
        m_auditPane->setResults(findings, &m_inventory->snapshot(), scope, m_failures);
        m_tables->setExtraTabLabel(m_findingsTab, tr("Findings (%1)").arg(findings.size()));
        emit auditFinished();
    });
    const InventorySnapshot copy = snap;
    watcher->setFuture(QtConcurrent::run(workerPool(), [copy, cloud] { return AuditEngine::run(copy, cloud); }));
}

void MainWindow::updateAdminContext()
{
    QWidget *focus = QApplication::focusWidget();
    QModelIndex current = m_treeView->currentIndex();
    QStringList subnets;
    if (focus == m_tables->registryView() && m_tables->registryView()->currentIndex().isValid())
        current = m_tables->registryView()->currentIndex();
    const QStringList registries =
        m_tables->currentTab() == InventoryTablesPane::RegistriesTab ? m_tables->registriesInView() : QStringList();
    if (focus == m_tables->subnetView() || m_tables->currentTab() == InventoryTablesPane::SubnetsTab) {
        for (const QModelIndex &i : m_tables->subnetView()->selectionModel()->selectedRows())
            subnets << i.data(ResourceIdRole).toString();
        if (focus == m_tables->subnetView() && m_tables->subnetView()->currentIndex().isValid())
            current = m_tables->subnetView()->currentIndex();
    }
    m_admin->setContext(current, subnets);
}

void MainWindow::updateStatus()
{
    m_loadStatus->setCounts(*m_tree);
    m_loadStatus->setActivity(m_inventory ? m_inventory->requestsInFlight() : 0,
                              m_inventory ? m_inventory->remainingReads() : -1);
}

QString MainWindow::countsText() const
{
    return LoadStatus::countsText(*m_tree);
}

void MainWindow::updatePage()
{
    const bool browsing = m_tree->rowCount() > 0 || (m_inventory && m_inventory->isLoading()) || !m_failures.isEmpty();
    m_pages->setCurrentIndex(browsing ? 1 : 0);
    m_emptyState->setText(emptyStateText());
    fitSplitter();
}

void MainWindow::updateSubscriptionsAction()
{
    if (!m_inventory)
        return;
    const QList<ListedSubscription> all = m_inventory->subscriptions();
    const int selected = int(std::count_if(all.cbegin(), all.cend(), [](const auto &l) { return l.selected; }));
    m_toolBar->setSubscriptionCounts(selected, int(all.size()));
}

void MainWindow::showSubscriptionPicker()
{
    if (!m_inventory)
        return;
    auto *picker = new SubscriptionPicker(m_inventory->subscriptions(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_inventory->setExcludedSubscriptions(picker->excluded());
        m_tree->pruneEmpty();
        updateStatus();
        updatePage();
    });
    picker->open();
}

void MainWindow::showAccounts()
{
    if (!m_accounts)
        return;
    auto *dialog = findChild<AccountsDialog *>();
    if (!dialog) {
        dialog = new AccountsDialog(m_accounts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_sandboxUrl.isEmpty())
            dialog->setSandboxEndpoint(QUrl(m_sandboxUrl));
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::sandboxStarted(const QUrl &url, const QStringList &clients)
{
    m_sandboxUrl = url.toString();
    if (m_accounts) {
        for (const QString &client : clients)
            m_accounts->addSandbox(Cloud::sandbox(url), QStringLiteral("organizations"), client);
    }
    m_emptyState->setText(emptyStateText());
    m_toolBar->setSandboxUrl(m_sandboxUrl);
    statusBar()->showMessage(tr("Sandbox running at %1.").arg(m_sandboxUrl));
}

void MainWindow::sandboxFailed(const QString &error)
{
    m_sandboxError = error;
    m_emptyState->setText(emptyStateText());
    statusBar()->showMessage(tr("The sandbox could not start."));
}

QString MainWindow::emptyStateText() const
{
    if (!m_sandboxError.isEmpty())
        return tr("The sandbox cloud could not start.\n\n%1").arg(m_sandboxError);
    if (!m_sandboxUrl.isEmpty())
        return tr("The sandbox cloud is running at %1 (scenario \"%2\").\n\nSigning in to it and listing its "
                  "subscriptions… Scripts and other clients can use it too: client ID \"sandbox\", secret "
                  "\"sandbox\".")
            .arg(m_sandboxUrl, m_options.sandboxScenario);
    if (!m_options.sandboxScenario.isEmpty())
        return tr("Starting the sandbox cloud (scenario \"%1\")…").arg(m_options.sandboxScenario);
    if (m_accounts && !m_accounts->accounts().isEmpty())
        return tr("No subscriptions to show.\n\nThe signed-in accounts see no subscriptions, or none is selected. "
                  "Use Subscriptions to choose, or Accounts… to sign in with another account.");
    return tr("Not signed in.\n\nUse Accounts… to sign in to Azure, or start with --sandbox to try the app on "
              "simulated data.");
}

} // namespace acrnet
