#include "operationsdock.h"
#include "models/runningoperationsmodel.h"
#include "presentation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace acrnet {

OperationsDock::OperationsDock(RunningOperations *operations, QWidget *parent)
    : QDockWidget(tr("Running operations"), parent)
    , m_operations(operations)
    , m_model(presentedModel<RunningOperationsModel>(operations, this))
{
    setObjectName(QStringLiteral("operationsDock"));
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QTableView(panel);
    m_view->setObjectName(QStringLiteral("operationsView"));
    m_view->setAccessibleName(tr("Running operations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setModel(m_model);
    // The change's name whole; where it is gets the rest of the width.
    m_view->horizontalHeader()->setSectionResizeMode(RunningOperationsModel::Title, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunningOperationsModel::Progress, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RunningOperationsModel::Elapsed, QHeaderView::ResizeToContents);
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_cancel->setObjectName(QStringLiteral("cancelRunningButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(panel);
    setVisible(false);

    m_running = new QToolButton(this);
    m_running->setObjectName(QStringLiteral("runningChangesButton"));
    m_running->setAutoRaise(true);
    m_running->setVisible(false);
    m_running->setToolTip(tr("Show the changes under way"));
    connect(m_running, &QToolButton::clicked, this, [this] {
        show();
        raise();
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_model->refreshElapsed();
        update();
    });
    connect(m_cancel, &QPushButton::clicked, this, &OperationsDock::cancelSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OperationsDock::update);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OperationsDock::update);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OperationsDock::update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperationsDock::update);
    update();
}

bool OperationsDock::cancelSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const bool done = m_operations->cancel(current.data(RunningOperationsModel::OperationIdRole).toString());
    update();
    return done;
}

void OperationsDock::update()
{
    const int n = m_model->rowCount();
    m_running->setVisible(n > 0);
    m_running->setText(tr("%n change(s) running", nullptr, n));
    m_running->setAccessibleName(m_running->text());
    if (n > 0 && !m_timer->isActive())
        m_timer->start();
    else if (n == 0)
        m_timer->stop();
    if (n > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    const QModelIndex current = m_view->currentIndex();
    const bool cancellable = current.isValid() && current.data(RunningOperationsModel::CancellableRole).toBool();
    m_cancel->setEnabled(cancellable);
    m_cancel->setToolTip(!current.isValid() ? tr("Select a change to cancel")
                         : cancellable      ? tr("Nothing of this change has been sent yet: cancelling changes nothing")
                                            : tr("This change has been sent to Azure and cannot be called back; "
                                                      "its end will be shown and recorded in the Activity log"));
}

} // namespace acrnet
