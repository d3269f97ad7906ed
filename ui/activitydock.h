#pragma once

#include <QDateTime>
#include <QDockWidget>
#include <QHash>
#include <functional>

class QTableView;
class QToolButton;

namespace acrnet {

class ActivityLog;
class AdminActions;

// The Activity dock: every change made through the app with its result; Restore… puts the selected one back
// through the same review and conflict check; Export… writes the log. Shown as soon as there is something in it.
class ActivityDock : public QDockWidget
{
    Q_OBJECT

public:
    ActivityDock(ActivityLog *log, AdminActions *admin, bool readOnly, QWidget *parent = nullptr);

    // Seam for tests: where Export… writes (default: a file dialog).
    void setChooseFile(std::function<void(std::function<void(const QString &)>)> choose)
    {
        m_choose = std::move(choose);
    }
    void exportLog();
    void restoreSelected();
    // For the status bar: "N changes running", shown while writes this app started are under way (also when their
    // dialog was closed); its tooltip lists them with the time they have run; a click shows this dock.
    QToolButton *runningButton() const { return m_running; }
    QStringList runningSummaries() const;

signals:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ActivityLog *m_log;
    AdminActions *m_admin;
    void updateRunning();

    QTableView *m_view;
    QToolButton *m_running = nullptr;
    QHash<QString, QPair<QString, QDateTime>> m_runningEntries; // entry ID → summary, start
    std::function<void(std::function<void(const QString &)>)> m_choose;
};

} // namespace acrnet
