#pragma once

#include <QDockWidget>
#include <functional>

class QPushButton;
class QTableView;

namespace acrnet {

class ActivityLog;
class AdminActions;

// The Activity dock: every change made through the app with its result; Restore… puts the selected one back
// through the same review and conflict check (when the state after it is known); Re-check reads the resource of an
// entry whose outcome is unknown; Export… writes the log. Shown as soon as there is something in it.
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
    // Reads the selected entry's resource again to settle an outcome that is unknown.
    bool recheckSelected();
    QTableView *view() const { return m_view; }

signals:
    void statusMessage(const QString &text);

private:
    void updateButtons();

    ActivityLog *m_log;
    AdminActions *m_admin;
    bool m_readOnly;
    QTableView *m_view;
    QPushButton *m_restore;
    QPushButton *m_recheck;
    std::function<void(std::function<void(const QString &)>)> m_choose;
};

} // namespace acrnet
