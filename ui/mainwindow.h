#pragma once

#include <QMainWindow>

class QLabel;
class QUrl;

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

public slots:
    // The in-process sandbox is serving at url (or could not start).
    void sandboxStarted(const QUrl &url);
    void sandboxFailed(const QString &error);

private:
    MainWindowOptions m_options;
    QLabel *m_emptyState = nullptr;
    QLabel *m_banner = nullptr;
    QString m_sandboxUrl;
    QString m_sandboxError;
};

} // namespace acrnet
