#pragma once

#include "app/azure/armerror.h"

#include <QHash>
#include <QMainWindow>
#include <QModelIndex>
#include <QSet>
#include <functional>

class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTableView;
class QTreeView;
class QUrl;

namespace acrnet {

class AccountManager;
class ActivityDock;
class OperationsDock;
class ActivityLog;
class AdminActions;
class AuditPane;
class DetailsPane;
class InventoryService;
class InventoryTablesPane;
class InventoryTreeModel;
class RegistryTableModel;
class ResourceFilterProxyModel;
class SubnetTableModel;
struct ListedSubscription;
struct SubscriptionInventory;

// How the window was started (command-line flags).
struct MainWindowOptions
{
    QString sandboxScenario; // empty: not on the sandbox
    bool readOnly = false;
    bool presentation = false;
};

// The main window: resource tree on the left, the scope's registries and subnets in the centre, details on the
// right, load progress and counts in the status bar. Panes are classes of their own; this class arranges them and
// routes the inventory service's results into the models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions &options, AccountManager *accounts = nullptr,
                        InventoryService *inventory = nullptr, ActivityLog *activity = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the Accounts dialog (modeless).
    void showAccounts();
    // Opens the subscription picker (window-modal, not blocking).
    void showSubscriptionPicker();

    // The message shown while there is nothing to browse.
    QString emptyStateText() const;
    QString countsText() const;
    QString errorText() const;

    InventoryTreeModel *treeModel() const { return m_tree; }
    RegistryTableModel *registryModel() const { return m_registries; }
    SubnetTableModel *subnetModel() const { return m_subnets; }
    ResourceFilterProxyModel *treeProxy() const { return m_treeProxy; }
    InventoryTablesPane *tablesPane() const { return m_tables; }
    DetailsPane *detailsPane() const { return m_details; }
    QTreeView *treeView() const { return m_treeView; }
    AdminActions *adminActions() const { return m_admin; }
    ActivityDock *activityDock() const { return m_activityDock; }
    OperationsDock *operationsDock() const { return m_operationsDock; }
    AuditPane *auditPane() const { return m_auditPane; }
    // Runs the checks over what is loaded (after every load).
    void runAudit();
    // Seam for tests: where "Export…" of the activity log writes (default: a file dialog).
    void setChooseExportFile(std::function<void(std::function<void(const QString &)>)> choose);
    void exportActivity();
    void restoreSelectedActivity();

signals:
    void auditFinished();

public slots:
    // The in-process sandbox is serving at url (or could not start); clients are its automation accounts.
    void sandboxStarted(const QUrl &url, const QStringList &clients = {QStringLiteral("sandbox")});
    void sandboxFailed(const QString &error);
    void refresh();
    void retryFailed();
    void copyResourceId();
    void focusFilter();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar();
    void buildBrowser();
    void buildActions();
    void buildStatusBar();
    void connectInventory();
    void restoreLayout();
    void saveLayout() const;
    void onLoaded(const ListedSubscription &scope, const SubscriptionInventory &inventory);
    void onFailed(const ListedSubscription &scope, const ArmError &error);
    void onTreeCurrentChanged(const QModelIndex &proxyIndex);
    void onTreeRowsInserted(const QModelIndex &parent, int first, int last);
    void onSubscriptionsPlaced(const QModelIndexList &subscriptions);
    void applyFilter(const QString &text);
    void updateStatus();
    void updateErrorBanner();
    void updatePage();
    void updateSubscriptionsAction();
    void updateAdminContext();
    void buildActivityDock();
    void buildMenus();
    void buildToolsMenu();
    void buildPresentation(QMenu *view);   // mainmenus.cpp
    void fitTreeNameColumn();              // mainwindowlayout.cpp
    void fitSplitter();                    // mainwindowlayout.cpp
    static constexpr int kSmallEstate = 5; // up to this many subscriptions, new ones open down to their groups
    void buildHelpMenu();                  // mainmenus.cpp
    QString currentResourceId() const;     // the focused view's current row, else the details pane's resource
    void openInPortal();
    void showAbout();
    void updatePortalAction();
    // Shows a resource in the details pane (as the tree has it now); nothing when it is not in the tree.
    void showDetailsOf(const QString &resourceId);

    MainWindowOptions m_options;
    AccountManager *m_accounts = nullptr;
    InventoryService *m_inventory = nullptr;
    InventoryTreeModel *m_tree;
    RegistryTableModel *m_registries;
    SubnetTableModel *m_subnets;
    ResourceFilterProxyModel *m_treeProxy;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_treeView = nullptr;
    QMetaObject::Connection m_focusConnection;
    InventoryTablesPane *m_tables = nullptr;
    DetailsPane *m_details = nullptr;
    class ErrorBanner *m_errorBanner = nullptr;
    class MainToolBar *m_toolBar = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_showJsonAction = nullptr;
    QAction *m_portalAction = nullptr;
    class LoadStatus *m_loadStatus = nullptr;
    QTimer *m_refreshDebounce = nullptr;
    QTimer *m_expandDebounce = nullptr;
    QSet<QString> m_openTreeKeys;         // the tree's open nodes, by key
    QSet<QString> m_expandedBeforeFilter; // … when typing began
    QHash<QString, QString> m_failures;   // subscription ID (or "account/tenant" for a listing) -> message
    QString m_sandboxUrl;
    QString m_sandboxError;
    bool m_columnsFitted = false;
    bool m_splitterFitted = false;
    ActivityLog *m_activity = nullptr;
    AdminActions *m_admin = nullptr;
    AuditPane *m_auditPane = nullptr;
    int m_findingsTab = -1;
    quint64 m_auditGeneration = 0;
    ActivityDock *m_activityDock = nullptr;
    OperationsDock *m_operationsDock = nullptr;
};

} // namespace acrnet
