#pragma once

#include <QDialog>
#include <QUrl>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace acrnet {

class AccountListModel;
class TenantAccessModel;
class AccountManager;

// Accounts: the list with each account's state; add (cloud -> method -> tenant), sign out, set default.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    // Seam for tests: asks a yes/no question and answers later (default: a window-modal QMessageBox).
    using Ask = std::function<void(const QString &question, std::function<void(bool)> answer)>;

    AccountsDialog(AccountManager *manager, QWidget *parent = nullptr);
    void setSandboxEndpoint(const QUrl &url) { m_sandbox = url; }
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    QString message() const;

public slots:
    void addAccount();

private:
    void buildViews();
    void connectManager();
    void updateButtons();
    void signInToTenant();
    QString selectedId() const;

    AccountManager *m_manager;
    AccountListModel *m_model;
    QTableView *m_view;
    TenantAccessModel *m_tenants;
    QTableView *m_tenantView;
    QPushButton *m_tenantSignIn;
    QLabel *m_message;
    QPushButton *m_signOut;
    QPushButton *m_default;
    QUrl m_sandbox;
    QString m_tenantAccount;
    Ask m_ask;
};

} // namespace acrnet
