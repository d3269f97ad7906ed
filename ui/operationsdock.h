#pragma once

#include <QDockWidget>

class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace acrnet {

class RunningOperations;
class RunningOperationsModel;

// The Running operations dock: every change under way (also those whose dialog was closed), where it has got to,
// how long it has run, and Cancel while nothing has been sent. The status bar button "N changes running" shows it.
class OperationsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit OperationsDock(RunningOperations *operations, QWidget *parent = nullptr);

    QToolButton *runningButton() const { return m_running; }
    QTableView *view() const { return m_view; }
    RunningOperationsModel *model() const { return m_model; }
    // Cancels the selected operation if nothing of it has been sent yet.
    bool cancelSelected();

private:
    void update();

    RunningOperations *m_operations;
    RunningOperationsModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
    QToolButton *m_running;
    QTimer *m_timer;
};

} // namespace acrnet
