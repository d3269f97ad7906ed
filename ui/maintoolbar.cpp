#include "maintoolbar.h"
#include "app/services/inventoryservice.h"
#include "models/stateicons.h"
#include "models/themecolors.h"
#include "widgethelpers.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace acrnet {

MainToolBar::MainToolBar(InventoryService *inventory, bool canManageAccounts, const QString &sandboxScenario,
                         QWidget *parent)
    : QToolBar(tr("Main"), parent)
    , m_inventory(inventory)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *accounts = m_accounts =
        addAction(StateIcons::icon(QStringLiteral("account")), tr("Accounts…"), this, &MainToolBar::accountsRequested);
    accounts->setObjectName(QStringLiteral("accountsAction"));
    accounts->setToolTip(tr("Sign in, sign out, and choose the default account"));
    accounts->setEnabled(canManageAccounts);

    m_subscriptions = addAction(StateIcons::icon(QStringLiteral("subscription")), tr("Subscriptions"), this,
                                &MainToolBar::subscriptionsRequested);
    m_subscriptions->setObjectName(QStringLiteral("subscriptionsAction"));
    m_subscriptions->setToolTip(tr("Choose which subscriptions to browse"));

    m_refresh =
        addAction(StateIcons::icon(QStringLiteral("refresh")), tr("Refresh"), this, &MainToolBar::refreshRequested);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load everything again (F5)"));
    addLoadPathMenu(m_refresh);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, prefix or region (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter"));
    enableNamedClearButton(m_filter);
    // The leading icon is a button as far as a screen reader is concerned: it gets a name, and focuses the field.
    QAction *filterIcon = m_filter->addAction(StateIcons::icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    filterIcon->setText(tr("Filter"));
    connect(filterIcon, &QAction::triggered, this, &MainToolBar::focusFilter);
    m_filter->setMinimumWidth(280);
    m_filter->setMaximumWidth(420);
    connect(m_filter, &QLineEdit::textChanged, this, &MainToolBar::filterChanged);
    addWidget(m_filter);
    auto *find = m_find = new QAction(tr("Find…"), this);
    find->setObjectName(QStringLiteral("filterAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &MainToolBar::focusFilter);
    // Not a toolbar button: the Edit menu shows it.

    if (!sandboxScenario.isEmpty()) {
        m_banner = new QLabel(tr("Sandbox — simulated Azure (scenario: %1)").arg(sandboxScenario), this);
        m_banner->setObjectName(QStringLiteral("sandboxBanner"));
        const ThemeColors::Pair colours = ThemeColors::tint(ThemeColors::Tint::Sandbox, palette());
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 2px 10px; "
                                               "border: 1px solid %2; border-radius: 3px; font-weight: bold; }")
                                    .arg(colours.background.name(), colours.foreground.name()));
        m_banner->setAccessibleName(tr("Sandbox banner"));
        // Placed by the window where it is never squeezed out (the menu bar's corner), not among the buttons.
    }
}

void MainToolBar::addLoadPathMenu(QAction *refresh)
{
    // How to load: a choice that matters for large estates, kept with the refresh it affects.
    auto *button = qobject_cast<QToolButton *>(widgetForAction(refresh));
    if (!button)
        return;
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("loadPathMenu"));
    auto *group = new QActionGroup(menu);
    const QList<QPair<InventoryPath, QString>> paths{
        {InventoryPath::Automatic,
         m_inventory ? tr("Automatic (Resource Graph above %n subscription(s))", nullptr, m_inventory->graphThreshold())
                     : tr("Automatic")},
        {InventoryPath::ResourceManager, tr("Always per subscription (Resource Manager)")},
        {InventoryPath::ResourceGraph, tr("Always through Resource Graph")}};
    for (const auto &[path, text] : paths) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QStringLiteral("loadPath%1").arg(int(path)));
        a->setCheckable(true);
        a->setChecked(m_inventory && m_inventory->pathSetting() == path);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, path = path] {
            if (m_inventory)
                m_inventory->setPathSetting(path);
        });
    }
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
}

void MainToolBar::setSubscriptionCounts(int selected, int all)
{
    m_subscriptions->setText(tr("Subscriptions (%1/%2)").arg(selected).arg(all));
}

void MainToolBar::setBrowsingAvailable(bool available)
{
    m_subscriptions->setEnabled(available);
    m_refresh->setEnabled(available);
}

void MainToolBar::setSandboxUrl(const QString &url)
{
    if (m_banner)
        m_banner->setToolTip(tr("Simulated Azure at %1. Nothing you do here touches a real subscription.").arg(url));
}

void MainToolBar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace acrnet
