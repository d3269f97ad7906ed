#include "mainwindow.h"
#include "accountsdialog.h"
#include "app/auth/accountmanager.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace acrnet {

MainWindow::MainWindow(const MainWindowOptions &options, AccountManager *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ACR Network Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    resize(1200, 760);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    m_accountsAction = toolbar->addAction(tr("Accounts…"), this, &MainWindow::showAccounts);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_accountsAction->setToolTip(tr("Sign in, sign out, and choose the default account"));
    m_accountsAction->setEnabled(accounts != nullptr);
    if (!options.sandboxScenario.isEmpty()) {
        m_banner = new QLabel(tr("Sandbox — simulated Azure (scenario: %1)").arg(options.sandboxScenario), this);
        m_banner->setObjectName(QStringLiteral("sandboxBanner"));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px 10px; "
                                               "border: 1px solid #e0c36c; border-radius: 3px; font-weight: bold; }"));
        m_banner->setAccessibleName(tr("Sandbox banner"));
        auto *spacer = new QWidget(this);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        toolbar->addWidget(spacer);
        toolbar->addWidget(m_banner);
    }

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_emptyState = new QLabel(emptyStateText(), central);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    layout->addWidget(m_emptyState);
    setCentralWidget(central);

    statusBar()->showMessage(options.readOnly ? tr("Read-only mode: no changes can be made.") : tr("Ready."));
}

void MainWindow::showAccounts()
{
    if (!m_accounts)
        return;
    auto *dialog = findChild<AccountsDialog *>();
    if (!dialog) {
        dialog = new AccountsDialog(m_accounts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_sandboxUrl.isEmpty())
            dialog->setSandboxEndpoint(QUrl(m_sandboxUrl));
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::sandboxStarted(const QUrl &url)
{
    m_sandboxUrl = url.toString();
    if (m_accounts)
        m_accounts->addSandbox(Cloud::sandbox(url)); // signs in with no prompt; nothing is stored
    m_emptyState->setText(emptyStateText());
    m_banner->setToolTip(
        tr("Simulated Azure at %1. Nothing you do here touches a real subscription.").arg(m_sandboxUrl));
    statusBar()->showMessage(tr("Sandbox running at %1.").arg(m_sandboxUrl));
}

void MainWindow::sandboxFailed(const QString &error)
{
    m_sandboxError = error;
    m_emptyState->setText(emptyStateText());
    statusBar()->showMessage(tr("The sandbox could not start."));
}

QString MainWindow::emptyStateText() const
{
    if (!m_sandboxError.isEmpty())
        return tr("The sandbox cloud could not start.\n\n%1").arg(m_sandboxError);
    if (!m_sandboxUrl.isEmpty())
        return tr("The sandbox cloud is running at %1 (scenario \"%2\").\n\nThe inventory browser that will list its "
                  "subscriptions, virtual networks and registries is not part of this build yet. Scripts and other "
                  "clients can use the sandbox now: sign in with client ID \"sandbox\" and secret \"sandbox\".")
            .arg(m_sandboxUrl, m_options.sandboxScenario);
    if (!m_options.sandboxScenario.isEmpty())
        return tr("Starting the sandbox cloud (scenario \"%1\")…").arg(m_options.sandboxScenario);
    return tr("Not signed in.\n\nSigning in to Azure is not part of this build yet. Start with --sandbox to try the "
              "app on simulated data.");
}

} // namespace acrnet
