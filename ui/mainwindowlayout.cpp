// MainWindow's docks and its remembered layout: the Activity and Running operations docks, the status-bar indicator,
// the geometry, state, splitter and column layouts saved on close and restored at start, and how the tree opens as
// subscriptions arrive.
#include "activitydock.h"
#include "adminactions.h"
#include "app/services/changeservice.h"
#include "detailspane.h"
#include "inventorytablespane.h"
#include "mainwindow.h"
#include "models/inventoryroles.h"
#include "models/inventorytreemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "operationsdock.h"
#include "presentation.h"
#include "windowgeometry.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>

namespace acrnet {

void MainWindow::buildActivityDock()
{
    m_activityDock = new ActivityDock(m_activity, m_admin, m_options.readOnly, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_operationsDock = new OperationsDock(m_admin->changes()->operations(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_operationsDock);
    tabifyDockWidget(m_activityDock, m_operationsDock);
    statusBar()->addPermanentWidget(m_operationsDock->runningButton());
    connect(m_activityDock, &ActivityDock::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t, 10000); });
}

void MainWindow::setChooseExportFile(std::function<void(std::function<void(const QString &)>)> choose)
{
    m_activityDock->setChooseFile(std::move(choose));
}

void MainWindow::exportActivity()
{
    m_activityDock->exportLog();
}

void MainWindow::restoreSelectedActivity()
{
    m_activityDock->restoreSelected();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    WindowGeometry::restoreClamped(this, settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitterFitted = m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_treeView->header()->restoreState(settings.value(QStringLiteral("window/treeHeader")).toByteArray());
    const QByteArray tables = settings.value(QStringLiteral("window/tables")).toByteArray();
    m_tables->restoreState(tables);
    m_columnsFitted = !tables.isEmpty();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/treeHeader"), m_treeView->header()->saveState());
    settings.setValue(QStringLiteral("window/tables"), m_tables->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

QString MainWindow::currentResourceId() const
{
    QAbstractItemView *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    QString id;
    if (view && view->currentIndex().isValid())
        id = view->currentIndex().data(ResourceIdRole).toString();
    return id.isEmpty() ? m_details->resourceId() : id;
}

void MainWindow::copyResourceId()
{
    const QString id = currentResourceId();
    if (id.isEmpty())
        return;
    Presentation::instance()->copyToClipboard(id);
    statusBar()->showMessage(tr("Copied %1").arg(id), 5000);
}

void MainWindow::fitSplitter()
{
    // The first time the panes show (and no saved layout): 28 % for the tree, 42 % for the tables, 30 % for the
    // details — at 1280 px the training scenario's names and the details' values fit (screenshots at that size).
    const int width = m_pages->width();
    if (m_splitterFitted || m_pages->currentWidget() != m_splitter || width < 600)
        return;
    m_splitterFitted = true;
    m_splitter->setSizes({width * 28 / 100, width * 42 / 100, width * 30 / 100});
}

void MainWindow::fitTreeNameColumn()
{
    // In a small estate every shown name fits: the column grows to the widest (never past 90 % of the tree; the state
    // column elides, its tooltip holds it whole, never shrinking what the user widened). A large estate keeps its
    // width: measuring would walk every expanded row.
    if (m_tree->count(InventoryNodeType::Subscription) > kSmallEstate)
        return;
    const int column = InventoryTreeModel::NameColumn;
    const int before = m_treeView->columnWidth(column);
    m_treeView->resizeColumnToContents(column);
    const int wanted = qMin(m_treeView->columnWidth(column), m_treeView->viewport()->width() * 9 / 10);
    m_treeView->setColumnWidth(column, qMax(before, wanted));
}

void MainWindow::onTreeRowsInserted(const QModelIndex &parent, int first, int last)
{
    // Accounts and tenants open when their first child arrives; in a small estate, subscriptions open too. Only
    // new nodes are touched, so what the user collapsed stays collapsed across refreshes.
    const auto parentType = InventoryNodeType(parent.data(NodeTypeRole).toInt());
    if (parent.isValid() && (parentType == InventoryNodeType::Account || parentType == InventoryNodeType::Tenant))
        m_treeView->expand(parent);
    if (m_tree->count(InventoryNodeType::Subscription) > kSmallEstate)
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_treeProxy->index(row, 0, parent);
        if (InventoryNodeType(index.data(NodeTypeRole).toInt()) == InventoryNodeType::Subscription)
            m_treeView->expand(index);
    }
    fitTreeNameColumn();
}

void MainWindow::onSubscriptionsPlaced(const QModelIndexList &subscriptions)
{
    // A load's batch of new subscriptions (one layout change): opened as onTreeRowsInserted opens single ones.
    const bool small = m_tree->count(InventoryNodeType::Subscription) <= kSmallEstate;
    QSet<QPersistentModelIndex> opened;
    for (const QModelIndex &s : subscriptions) {
        const QModelIndex shown = m_treeProxy->mapFromSource(s);
        if (!shown.isValid())
            continue; // filtered out
        for (QModelIndex above = shown.parent(); above.isValid(); above = above.parent()) {
            if (opened.contains(above))
                break;
            opened.insert(above);
            m_treeView->expand(above);
        }
        if (small)
            m_treeView->expand(shown);
    }
    fitTreeNameColumn();
}

} // namespace acrnet
