#pragma once

#include <QMainWindow>

class QLabel;

namespace acrnet {

// How the window was started (command-line flags).
struct MainWindowOptions
{
    QString sandboxScenario; // empty: not on the sandbox
    bool readOnly = false;
    bool presentation = false;
};

// The main window. Panes are classes of their own; this class only arranges them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions &options, QWidget *parent = nullptr);

    // The message shown while there is nothing to browse.
    QString emptyStateText() const;

private:
    MainWindowOptions m_options;
    QLabel *m_emptyState = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace acrnet
