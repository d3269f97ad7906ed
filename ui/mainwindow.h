#pragma once

#include <QMainWindow>

class QLabel;
class QAction;
class QUrl;

namespace acrnet {

class AccountManager;

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
    explicit MainWindow(const MainWindowOptions &options, AccountManager *accounts = nullptr,
                        QWidget *parent = nullptr);

    // Opens the Accounts dialog (modeless).
    void showAccounts();

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
    AccountManager *m_accounts = nullptr;
    QAction *m_accountsAction = nullptr;
    QString m_sandboxUrl;
    QString m_sandboxError;
};

} // namespace acrnet
