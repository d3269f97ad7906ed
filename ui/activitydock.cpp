#include "activitydock.h"
#include "adminactions.h"
#include "app/services/activitylog.h"
#include "models/activitymodel.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace acrnet {

ActivityDock::ActivityDock(ActivityLog *log, AdminActions *admin, bool readOnly, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_log(log)
    , m_admin(admin)
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
    if (m_log)
        m_view->setModel(new ActivityModel(m_log, this));
    auto *buttons = new QHBoxLayout;
    auto *restore = new QPushButton(tr("Restore…"), panel);
    restore->setObjectName(QStringLiteral("restoreActivityButton"));
    restore->setToolTip(tr("Put the selected change back as it was, through the same review and conflict check"));
    restore->setEnabled(m_log && !readOnly);
    connect(restore, &QPushButton::clicked, this, &ActivityDock::restoreSelected);
    auto *exportButton = new QPushButton(tr("Export…"), panel);
    exportButton->setObjectName(QStringLiteral("exportActivityButton"));
    exportButton->setEnabled(m_log != nullptr);
    connect(exportButton, &QPushButton::clicked, this, &ActivityDock::exportLog);
    buttons->addWidget(restore);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(panel);
    setVisible(m_log && !m_log->entries().isEmpty());
    m_running = new QToolButton(this);
    m_running->setObjectName(QStringLiteral("runningChangesButton"));
    m_running->setAutoRaise(true);
    m_running->setVisible(false);
    m_running->installEventFilter(this); // the tooltip says how long each has run at the moment it is shown
    connect(m_running, &QToolButton::clicked, this, [this] {
        show();
        raise();
    });
    if (m_log) {
        connect(m_log, &ActivityLog::recorded, this, [this](const ActivityEntry &e) {
            show();
            if (!e.isFinished()) {
                m_runningEntries.insert(e.id, {e.summary, e.time});
                updateRunning();
            }
        });
        connect(m_log, &ActivityLog::updated, this, [this](const ActivityEntry &e) {
            if (e.isFinished() && m_runningEntries.remove(e.id) > 0)
                updateRunning();
        });
    }
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

QStringList ActivityDock::runningSummaries() const
{
    QStringList lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_runningEntries.cbegin(); it != m_runningEntries.cend(); ++it)
        lines << tr("%1 — running for %n s", nullptr, int(it->second.secsTo(now))).arg(it->first);
    lines.sort();
    return lines;
}

bool ActivityDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_running && event->type() == QEvent::ToolTip)
        m_running->setToolTip(runningSummaries().join(QLatin1Char('\n')));
    return QDockWidget::eventFilter(watched, event);
}

void ActivityDock::updateRunning()
{
    const int n = int(m_runningEntries.size());
    m_running->setVisible(n > 0);
    m_running->setText(tr("%n change(s) running", nullptr, n));
    m_running->setAccessibleName(m_running->text());
    m_running->setToolTip(runningSummaries().join(QLatin1Char('\n')));
}

void ActivityDock::exportLog()
{
    if (!m_log)
        return;
    m_choose([this](const QString &file) {
        QString error;
        if (file.isEmpty())
            return;
        if (m_log->exportTo(file, &error))
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
