// MainWindow's menu bar and what only it offers: File, Edit, View, Tools and Help share their actions with the
// toolbar and the context menus (one action each, so shortcut and state agree); Open in Azure portal; About.
#include "activitydock.h"
#include "adminactions.h"
#include "app/auth/accountmanager.h"
#include "app/services/inventoryservice.h"
#include "auditpane.h"
#include "detailspane.h"
#include "helpdialog.h"
#include "inventorytablespane.h"
#include "maintoolbar.h"
#include "mainwindow.h"
#include "models/inventoryroles.h"
#include "networksettingsdialog.h"
#include "operationsdock.h"
#include "presentation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <tuple>

namespace acrnet {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportReport = file->addAction(tr("Export &report…"), this, [this] {
        m_tables->findChild<QTabWidget *>(QStringLiteral("tableTabs"))->setCurrentIndex(m_findingsTab);
        if (auto *button =
                m_auditPane->findingsWidget()->findChild<QAbstractButton *>(QStringLiteral("exportAuditButton")))
            button->click();
    });
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportLog = file->addAction(tr("Export &activity…"), this, &MainWindow::exportActivity);
    exportLog->setObjectName(QStringLiteral("exportActivityAction"));
    exportLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyIdAction);
    edit->addAction(m_toolBar->findAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_toolBar->refreshAction());
    view->addSeparator();
    // The panes beside the tables can be hidden for room (and brought back here).
    for (const auto &[pane, text, name] :
         {std::tuple<QWidget *, QString, QString>{m_treeView, tr("&Tree"), QStringLiteral("showTreeAction")},
          std::tuple<QWidget *, QString, QString>{m_details, tr("&Details"), QStringLiteral("showDetailsAction")}}) {
        QAction *toggle = view->addAction(text);
        toggle->setObjectName(name);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::toggled, pane, &QWidget::setVisible);
    }
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_activityDock), static_cast<QDockWidget *>(m_operationsDock)})
        view->addAction(dock->toggleViewAction());
    view->addAction(m_toolBar->toggleViewAction());
    view->addSeparator();
    view->addAction(m_showJsonAction);
    view->addSeparator();
    buildPresentation(view);

    buildToolsMenu();
    buildHelpMenu();

    // The sandbox says so where nothing can push it out of sight: the menu bar's free corner.
    if (QLabel *banner = m_toolBar->banner())
        menuBar()->setCornerWidget(banner, Qt::TopRightCorner);

    // Read-only is said where it is always visible: the title and the status bar.
    if (m_options.readOnly) {
        setWindowTitle(tr("ACR Network Admin — read-only"));
        // Short: with the presentation badge beside it, the status bar's messages must still fit at 1280 px.
        auto *badge = new QLabel(tr("Read-only"), this);
        badge->setObjectName(QStringLiteral("readOnlyBadge"));
        badge->setToolTip(tr("Read-only: no changes can be made"));
        statusBar()->addPermanentWidget(badge);
        m_auditPane->setReadOnly(true);
    }
}

void MainWindow::buildPresentation(QMenu *view)
{
    Presentation *presentation = Presentation::instance();
    // On the sandbox every machine shows the same placeholders (screenshots for a course); elsewhere the key is this
    // installation's, so a placeholder cannot be matched against the real value by anyone without this machine.
    presentation->setKey(m_options.sandboxScenario.isEmpty() ? Presentation::installationKey()
                                                             : QByteArrayLiteral("acr-netadmin sandbox"));
    QAction *toggle = view->addAction(tr("&Presentation mode"));
    toggle->setObjectName(QStringLiteral("presentationAction"));
    toggle->setCheckable(true);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    toggle->setStatusTip(tr("Hide tenant and subscription IDs, public IP addresses, user names and tenant domains in "
                            "everything shown, copied and exported"));
    auto *badge = new QLabel(tr("Presentation mode"), this);
    badge->setObjectName(QStringLiteral("presentationBadge"));
    badge->setToolTip(tr("Presentation mode: identifiers hidden"));
    statusBar()->addPermanentWidget(badge);
    const auto apply = [this, toggle, badge](bool on) {
        toggle->setChecked(on);
        badge->setVisible(on);
        if (m_details->resourceId().isEmpty())
            return;
        showDetailsOf(m_details->resourceId()); // the pane's texts are written once per selection
    };
    connect(presentation, &Presentation::enabledChanged, this, apply);
    connect(toggle, &QAction::toggled, presentation, &Presentation::setEnabled);
    // The tenants' and accounts' domains are redacted wherever they appear, even without an e-mail address.
    if (m_accounts) {
        const auto learnDomains = [this, presentation] {
            QStringList domains;
            for (const Account &a : m_accounts->accounts()) {
                if (a.username.contains(QLatin1Char('@')))
                    domains << a.username.section(QLatin1Char('@'), 1);
                for (const auto &t : m_accounts->tenants(a.id))
                    domains << t.tenant.defaultDomain << t.tenant.domains;
            }
            presentation->addDomains(domains);
        };
        connect(m_accounts, &AccountManager::accountsChanged, this, learnDomains);
        connect(m_accounts, &AccountManager::tenantsChanged, this, learnDomains);
        learnDomains();
    }
    presentation->setEnabled(m_options.presentation);
    apply(m_options.presentation);
}

void MainWindow::buildToolsMenu()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_toolBar->accountsAction());
    QAction *network = tools->addAction(tr("&Network settings…"), this, [this] {
        auto *dialog = new NetworkSettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    network->setObjectName(QStringLiteral("networkSettingsAction"));
    tools->addSeparator();
    tools->addActions(m_admin->actions());
    tools->addSeparator();
    m_portalAction = tools->addAction(tr("Open in Azure &portal"), this, &MainWindow::openInPortal);
    m_portalAction->setObjectName(QStringLiteral("openInPortalAction"));
    m_portalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_portalAction->setToolTip(tr("Opens the selected resource's page in the Azure portal of its cloud"));
    // The sandbox has no portal: the action is not offered there.
    m_portalAction->setVisible(m_options.sandboxScenario.isEmpty());
    m_details->setPortalAvailable(m_options.sandboxScenario.isEmpty());
    connect(m_details, &DetailsPane::portalRequested, this, &MainWindow::openInPortal);
    for (QAbstractItemView *v :
         {static_cast<QAbstractItemView *>(m_treeView), static_cast<QAbstractItemView *>(m_tables->registryView()),
          static_cast<QAbstractItemView *>(m_tables->subnetView())}) {
        const QList<QAction *> existing = v->actions();
        const qsizetype json = existing.indexOf(m_showJsonAction);
        v->insertAction(existing.value(json + 1), m_portalAction);
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] {
        auto *dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ACR Network Admin"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openInPortal()
{
    const QString id = currentResourceId();
    if (!m_inventory || id.isEmpty())
        return;
    const QString sub = ResourceId::parse(id).subscriptionId().toLower();
    const QString tenant = m_inventory->snapshot().subscriptions.value(sub).tenantId;
    const QUrl url = m_inventory->loadedCloud().portalUrl(id, tenant);
    if (!url.isValid() || url.isEmpty()) {
        statusBar()->showMessage(tr("This cloud has no Azure portal to open."), 8000);
        return;
    }
    QDesktopServices::openUrl(url);
    statusBar()->showMessage(tr("Opened %1").arg(url.toString()), 8000);
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>ACR Network Admin %1</h3>"
           "<p>See and change who can reach your Azure Container Registries over the network.</p>"
           "<p>Built with Qt %2 (running on %3) and QtKeychain %4.</p>"
           "<p>Qt is available under the GNU LGPL version 3; QtKeychain under the modified BSD licence.</p>")
            .arg(QStringLiteral(ACRNET_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QStringLiteral(ACRNET_QTKEYCHAIN_VERSION));
    QMessageBox::about(this, tr("About ACR Network Admin"), text);
}

} // namespace acrnet
