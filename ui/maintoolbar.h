#pragma once

#include <QToolBar>

class QLabel;
class QLineEdit;

namespace acrnet {

class InventoryService;

// The main window's toolbar: Accounts…, Subscriptions (n/m), Refresh (F5) with the choice of loading path in its
// menu, the filter (Ctrl+F), and in the sandbox a banner that says so. It asks; the window acts.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    MainToolBar(InventoryService *inventory, bool canManageAccounts, const QString &sandboxScenario, QWidget *parent);

    void setSubscriptionCounts(int selected, int all);
    void setBrowsingAvailable(bool available); // Subscriptions and Refresh need an inventory service
    void setSandboxUrl(const QString &url);
    void focusFilter();
    // The actions the menu bar shares with the toolbar (one action each: same shortcut, same state).
    QAction *accountsAction() const { return m_accounts; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *findAction() const { return m_find; }
    // "Sandbox — simulated Azure" when running on the sandbox (else null), for the window to place.
    QLabel *banner() const { return m_banner; }

signals:
    void accountsRequested();
    void subscriptionsRequested();
    void refreshRequested();
    void filterChanged(const QString &text);

private:
    void addLoadPathMenu(QAction *refresh);

    InventoryService *m_inventory;
    QAction *m_accounts;
    QAction *m_subscriptions;
    QAction *m_refresh;
    QAction *m_find;
    QLineEdit *m_filter;
    QLabel *m_banner = nullptr;
};

} // namespace acrnet
