// The capture of the user's own estate (`capture --cloud/--endpoint`): read-only from the first step to the last.
// The window was built read-only, so nothing that writes is on offer; the rules editor is opened as a preview, whose
// Apply is disabled, and taken only as far as its review page.
#include "walkthroughcapture.h"
#include "walkthroughsupport.h"

#include "adminactions.h"
#include "app/azure/azcommands.h"
#include "app/services/inventoryservice.h"
#include "auditpane.h"
#include "inventorytablespane.h"
#include "mainwindow.h"
#include "presentation.h"
#include "ruleseditordialog.h"

#include <QComboBox>
#include <QSet>
#include <QTabWidget>
#include <QTableView>

namespace acrnet {

namespace {

using walkthrough::child;
using walkthrough::commandLines;

constexpr int kOwnEstateTimeoutMs = 10 * 60 * 1000; // a real estate can take minutes to list

} // namespace

void WalkthroughCapture::startOwnEstate()
{
    m_ownEstate = true;
    m_timeoutMs = kOwnEstateTimeoutMs;
    waitUntil(tr("the inventory"), [this] { return !m_inventory->isLoading() && !firstSubscription().isEmpty(); });
    settle();
    queueOwnEstate();
    queueDone();
    runNext();
}

// The subscription the tour starts in: the one of the registry the editor steps show, else the first (by name) that
// holds a registry, else the first.
QString WalkthroughCapture::firstSubscription() const
{
    const InventorySnapshot &snapshot = m_inventory->snapshot();
    if (const QString premium = firstPremiumRegistry(); !premium.isEmpty())
        return snapshot.registries.value(premium.toLower()).id.subscriptionId();
    QSet<QString> withRegistries;
    for (const Registry &r : snapshot.registries)
        withRegistries.insert(r.id.subscriptionId().toLower());
    QString id;
    QString name;
    bool holds = false;
    for (const Subscription &s : snapshot.subscriptions) {
        const bool h = withRegistries.contains(s.subscriptionId.toLower());
        if (id.isEmpty() || (h && !holds) || (h == holds && s.displayName.compare(name, Qt::CaseInsensitive) < 0)) {
            id = s.subscriptionId;
            name = s.displayName;
            holds = h;
        }
    }
    return id;
}

QString WalkthroughCapture::firstPremiumRegistry() const
{
    const Registry *first = nullptr;
    for (const Registry &r : m_inventory->snapshot().registries) {
        if (r.isPremium() && (!first || r.name.compare(first->name, Qt::CaseInsensitive) < 0))
            first = &r;
    }
    return first ? first->id.toString() : QString();
}

void WalkthroughCapture::queueOwnEstate()
{
    const auto key = [this]() -> QString {
        return QStringLiteral("/subscriptions/") + firstSubscription();
    };
    then([this, key] {
        selectInTree(key());
        m_window->tablesPane()->setCurrentTab(InventoryTablesPane::RegistriesTab);
    });
    settle();
    then([this, key] { shoot(QStringLiteral("e1-estate"), m_window, {treeRowOf(key())}); });
    then([this] { m_window->tablesPane()->setCurrentTab(InventoryTablesPane::SubnetsTab); });
    settle();
    then([this] {
        shoot(QStringLiteral("e2-subnets"), m_window, {rectOf(m_window, m_window->tablesPane()->subnetView())},
              AzCommands::listVirtualNetworks(firstSubscription()));
        if (auto *tabs = m_window->tablesPane()->findChild<QTabWidget *>())
            tabs->setCurrentWidget(m_window->auditPane()->findingsWidget());
    });
    settle();
    then([this] {
        shoot(QStringLiteral("e3-findings"), m_window, {rectOf(m_window, m_window->auditPane()->findingsWidget())});
        const QString id = firstPremiumRegistry();
        if (id.isEmpty()) {
            m_notes << tr("No Premium registry in the estate: the rules editor (steps 4 and 5) was not captured.");
            return;
        }
        selectInTree(id);
        m_editor = m_window->adminActions()->previewRules(id);
        if (!m_editor)
            fail(tr("The network rules editor did not open."));
    });
    settle();
    then([this] {
        if (!m_editor)
            return;
        const Registry r = m_inventory->snapshot().registries.value(firstPremiumRegistry().toLower());
        shoot(QStringLiteral("e4-rules-editor"), m_editor,
              {rectOf(m_editor, child<QWidget>(m_editor, "defaultActionCombo"))}, AzCommands::listNetworkRules(r));
        // A change to review: the other default action (sent nowhere; Apply is disabled).
        if (auto *combo = child<QComboBox>(m_editor, "defaultActionCombo"))
            combo->setCurrentIndex(combo->currentIndex() == 0 ? 1 : 0);
        m_editor->review();
    });
    settle();
    then([this] {
        if (!m_editor)
            return;
        shoot(QStringLiteral("e5-review"), m_editor, {rectOf(m_editor, child<QWidget>(m_editor, "azCommandsView"))},
              commandLines(m_editor, QStringLiteral("az acr")));
        closeEditor();
    });
    settle();
}

} // namespace acrnet
