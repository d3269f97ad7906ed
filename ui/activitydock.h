#pragma once

#include <QDockWidget>
#include <functional>

class QTableView;

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

signals:
    void statusMessage(const QString &text);

private:
    ActivityLog *m_log;
    AdminActions *m_admin;
    QTableView *m_view;
    std::function<void(std::function<void(const QString &)>)> m_choose;
};

} // namespace acrnet
