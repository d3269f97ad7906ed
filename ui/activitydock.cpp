#include "activitydock.h"
#include "adminactions.h"
#include "app/services/activitylog.h"
#include "app/services/changeservice.h"
#include "app/services/privatefile.h"
#include "models/activitymodel.h"
#include "presentation.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acrnet {

ActivityDock::ActivityDock(ActivityLog *log, AdminActions *admin, bool readOnly, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_log(log)
    , m_admin(admin)
    , m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("activityDock"));
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QTableView(panel);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Activity"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    if (m_log) {
        m_view->setModel(presentedModel<ActivityModel>(m_log, this));
        // What changed is read whole; the result takes what is left (both have their full text in the tooltip).
        m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::Time, QHeaderView::ResizeToContents);
        m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::Summary, QHeaderView::Interactive);
        m_view->horizontalHeader()->resizeSection(ActivityModel::Summary, 420);
        m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::Target, QHeaderView::ResizeToContents);
    }
    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(tr("Restore…"), panel);
    m_restore->setObjectName(QStringLiteral("restoreActivityButton"));
    connect(m_restore, &QPushButton::clicked, this, &ActivityDock::restoreSelected);
    m_recheck = new QPushButton(tr("Re-check"), panel);
    m_recheck->setObjectName(QStringLiteral("recheckActivityButton"));
    connect(m_recheck, &QPushButton::clicked, this, &ActivityDock::recheckSelected);
    auto *exportButton = new QPushButton(tr("Export…"), panel);
    exportButton->setObjectName(QStringLiteral("exportActivityButton"));
    exportButton->setEnabled(m_log != nullptr);
    connect(exportButton, &QPushButton::clicked, this, &ActivityDock::exportLog);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_recheck);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(panel);
    setVisible(m_log && !m_log->entries().isEmpty());
    if (m_log) {
        connect(m_log, &ActivityLog::recorded, this, [this] {
            show();
            updateButtons();
        });
        connect(m_log, &ActivityLog::updated, this, &ActivityDock::updateButtons);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityDock::updateButtons);
        connect(m_view->model(), &QAbstractItemModel::modelReset, this, &ActivityDock::updateButtons);
    }
    updateButtons();
    m_choose = [this](std::function<void(const QString &)> chosen) {
        auto *dialog =
            new QFileDialog(this, tr("Export the activity log"), QString(), tr("JSON Lines (*.jsonl);;All files (*)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("jsonl"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, chosen);
        dialog->open();
    };
}

void ActivityDock::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const ActivityEntry e = current.isValid() && m_log
                                ? m_log->entry(current.data(ActivityModel::EntryIdRole).toString())
                                : ActivityEntry();
    const bool selected = current.isValid() && !e.id.isEmpty();
    const bool restorable = selected && e.canRestore();
    m_restore->setEnabled(!m_readOnly && restorable);
    m_restore->setToolTip(m_readOnly   ? tr("Read-only mode: no changes can be made.")
                          : !selected  ? tr("Select a change to put back")
                          : restorable ? tr("Put the selected change back as it was, through the same review and "
                                            "conflict check")
                          : e.isFinished() && e.after.isEmpty()
                              ? tr("The state after this change is unknown: re-check it first")
                              : tr("This kind of change cannot be put back from here"));
    const bool recheckable = selected && m_admin && m_admin->changes()->canRecheck(e);
    m_recheck->setEnabled(recheckable);
    m_recheck->setToolTip(recheckable ? tr("Read the resource again to settle whether this change happened")
                                      : tr("Only a change whose outcome is unknown needs a re-check (and a signed-in "
                                           "account that reaches it)"));
}

bool ActivityDock::recheckSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_log || !m_admin || !current.isValid())
        return false;
    const bool started = m_admin->changes()->recheck(current.data(ActivityModel::EntryIdRole).toString());
    if (started) {
        m_recheck->setEnabled(false);
        emit statusMessage(tr("Reading it again…"));
    }
    return started;
}

void ActivityDock::exportLog()
{
    if (!m_log)
        return;
    m_choose([this](const QString &file) {
        QString error;
        if (file.isEmpty())
            return;
        // In presentation mode the file holds what the screen shows: placeholders.
        if (PrivateFile::write(file, Presentation::instance()->shown(m_log->toJsonLines()), &error))
            emit statusMessage(tr("Activity log exported to %1.").arg(file));
        else
            emit statusMessage(tr("Could not export to %1: %2").arg(file, error));
    });
}

void ActivityDock::restoreSelected()
{
    if (!m_log || !m_view->currentIndex().isValid())
        return;
    const QString id = m_view->currentIndex().data(ActivityModel::EntryIdRole).toString();
    m_admin->restore(m_log->entry(id));
}

} // namespace acrnet
