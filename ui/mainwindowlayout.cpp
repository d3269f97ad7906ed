// MainWindow's docks and its remembered layout: the Activity and Running operations docks, the status-bar indicator,
// and the geometry, state, splitter and column layouts saved on close and restored at start.
#include "activitydock.h"
#include "adminactions.h"
#include "app/services/changeservice.h"
#include "inventorytablespane.h"
#include "mainwindow.h"
#include "operationsdock.h"
#include "windowgeometry.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
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
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
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

} // namespace acrnet
