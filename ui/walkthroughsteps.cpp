// The steps of WalkthroughCapture: seed steps 1–11 on the training scenario, then the refusals (A–C). Each step
// brings the window or dialog to the state the walkthrough's reader sees, waits until the app is idle, shoots it
// with the control to click outlined, then does what the step says through the same actions a user triggers.
#include "walkthroughcapture.h"
#include "walkthroughsupport.h"

#include "adminactions.h"
#include "app/azure/azcommands.h"
#include "app/services/inventoryservice.h"
#include "deletegroupdialog.h"
#include "detailspane.h"
#include "inventorytablespane.h"
#include "mainwindow.h"
#include "models/machinecheckmodel.h"
#include "operationdialog.h"
#include "presentation.h"
#include "ruleseditordialog.h"
#include "serviceendpointdialog.h"
#include "vmcheckdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTreeView>

namespace acrnet {

namespace {

using walkthrough::child;
using walkthrough::commandLines;

const QString kRegistry = QStringLiteral("mycontainerregistry");
const QString kSubnet = QStringLiteral("myDockerVMSubnet");
const QString kGroup = QStringLiteral("myResourceGroup");
const QString kTraining = QStringLiteral("Training");
const QString kNetworking = QStringLiteral("Training networking");

QString subscriptionKey(const QString &id)
{
    return QStringLiteral("/subscriptions/") + id;
}

void closeOperationDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<OperationDialog *>(w) && w->isVisible())
            w->close();
    }
}

} // namespace

void WalkthroughCapture::queueSeedSteps1To4()
{
    // 1. The provider, registered in the VNet's subscription.
    then([this] {
        const QString sub = subscriptionId(kNetworking);
        selectInTree(subscriptionKey(sub));
    });
    settle();
    then([this] {
        const QString sub = subscriptionId(kNetworking);
        shoot(QStringLiteral("01-register-provider"), m_window, {treeRowOf(subscriptionKey(sub))},
              AzCommands::registerProvider(sub));
        m_window->adminActions()->registerProvider(sub);
    });
    waitUntil(tr("the provider registration"), [this] {
        const auto p = m_inventory->snapshot().providers.value(subscriptionId(kNetworking).toLower());
        return p.state == ProviderRegistration::State::Registered;
    });
    settle();
    then([] { closeOperationDialogs(); });

    // 2. The VNets and subnets of the registry's subscription.
    then([this] {
        selectInTree(subscriptionKey(subscriptionId(kTraining)));
        m_window->tablesPane()->setCurrentTab(InventoryTablesPane::SubnetsTab);
    });
    settle();
    then([this] {
        shoot(QStringLiteral("02-vnets-and-subnets"), m_window,
              {rectOf(m_window, m_window->tablesPane()->subnetView())},
              AzCommands::listVirtualNetworks(subscriptionId(kTraining)));
    });

    // 3. The service endpoint on the VM's subnet.
    then([this] {
        selectInTree(subnetId(kSubnet));
        m_dialog = m_window->adminActions()->setEndpoints({subnetId(kSubnet)}, true);
    });
    settle();
    then([this] {
        auto *commands = child<QPlainTextEdit>(m_dialog, "endpointCommands");
        shoot(QStringLiteral("03-service-endpoint"), m_dialog,
              {rectOf(m_dialog, child<QWidget>(m_dialog, "endpointApplyButton"))},
              commands ? commands->toPlainText() : QString());
        if (auto *apply = child<QAbstractButton>(m_dialog, "endpointApplyButton"))
            apply->click();
    });
    waitUntil(tr("the service endpoint"), [this] {
        const auto e = m_inventory->snapshot()
                           .subnets.value(subnetId(kSubnet).toLower())
                           .endpoint(QStringLiteral("Microsoft.ContainerRegistry"));
        return e && e->isSucceeded();
    });
    settle();
    then([this] {
        if (m_dialog)
            m_dialog->close();
    });

    // 4. The subnet's resource ID in the details pane.
    then([this] {
        selectInTree(subnetId(kSubnet));
        m_window->treeView()->setFocus();
    });
    settle();
    then([this] {
        shoot(QStringLiteral("04-subnet-id"), m_window,
              {rectOf(m_window, child<QWidget>(m_window->detailsPane(), "copyResourceIdButton"))},
              AzCommands::showSubnetId(subnetId(kSubnet)));
    });
}

void WalkthroughCapture::queueSeedSteps5To7()
{
    // 5 and 6. Deny by default, and a rule for the subnet: one change, reviewed, then applied.
    then([this] {
        selectInTree(registryId(kRegistry));
        openEditor(kRegistry);
    });
    settle();
    then([this] {
        auto *combo = child<QComboBox>(m_editor, "defaultActionCombo");
        if (combo)
            combo->setCurrentIndex(combo->findData(int(NetworkRuleSet::DefaultAction::Deny)));
    });
    settle();
    then([this] {
        shoot(QStringLiteral("05-default-action-deny"), m_editor,
              {rectOf(m_editor, child<QWidget>(m_editor, "defaultActionCombo"))});
        m_editor->addSubnets({subnetId(kSubnet)});
        m_editor->review();
    });
    settle();
    then([this] {
        const QString deny = commandLines(m_editor, QStringLiteral("--default-action"));
        const QString add = commandLines(m_editor, QStringLiteral("network-rule add"));
        for (GuideStep &s : m_steps) {
            if (s.id == QLatin1String("05-default-action-deny"))
                s.az = Presentation::instance()->shown(deny);
        }
        shoot(QStringLiteral("06-add-network-rule"), m_editor,
              {rectOf(m_editor, child<QWidget>(m_editor, "applyButton"))}, add);
    });
    applyEditor(tr("the network rule"), [this] {
        const auto set = m_inventory->snapshot().registries.value(registryId(kRegistry).toLower()).networkRuleSet;
        return set && set->defaultAction == NetworkRuleSet::DefaultAction::Deny && set->virtualNetworkRules.size() == 1;
    });

    // 7. The pull from each VM: 401 inside the subnet, 403 from the other network.
    then([this] {
        auto *dialog = m_window->adminActions()->checkFromMachines(registryId(kRegistry), {});
        m_dialog = dialog;
        if (dialog)
            dialog->setAsk([](const QString &, std::function<void(bool)> answer) { answer(true); });
    });
    waitUntil(tr("the virtual machines"), [this] {
        auto *dialog = qobject_cast<VmCheckDialog *>(m_dialog);
        return dialog && !dialog->isBusy() && dialog->model()->rowCount() >= 2;
    });
    then([this] {
        if (auto *view = child<QAbstractItemView>(m_dialog, "vmCheckView"))
            view->clearSelection(); // none selected: every machine
        if (auto *run = child<QAbstractButton>(m_dialog, "runVmCheckButton"))
            run->click();
    });
    waitUntil(tr("the check from the virtual machines"), [this] {
        auto *dialog = qobject_cast<VmCheckDialog *>(m_dialog);
        if (!dialog || dialog->isBusy())
            return false;
        for (int r = 0; r < dialog->model()->rowCount(); ++r) {
            if (!dialog->model()->result(r) && dialog->model()->error(r).isEmpty())
                return false;
        }
        return true;
    });
    settle();
    then([this] {
        const Registry r = m_inventory->snapshot().registries.value(registryId(kRegistry).toLower());
        shoot(QStringLiteral("07-check-from-vms"), m_dialog,
              {rectOf(m_dialog, child<QWidget>(m_dialog, "runVmCheckButton")),
               rectOf(m_dialog, child<QWidget>(m_dialog, "vmCheckView"))},
              AzCommands::loginAndPull(r));
        m_dialog->close();
    });
}

void WalkthroughCapture::queueSeedSteps8To11()
{
    // C (shot now, while the registry denies): the what-if for an address outside the network.
    then([this] {
        selectInTree(registryId(kRegistry));
        m_window->tablesPane()->setCurrentTab(InventoryTablesPane::RegistriesTab);
        if (auto *whatIf = child<QLineEdit>(m_window->detailsPane(), "whatIfEdit"))
            whatIf->setText(QStringLiteral("192.0.2.77"));
    });
    settle();
    then([this] {
        shoot(QStringLiteral("c-403-from-outside"), m_window,
              {rectOf(m_window, child<QWidget>(m_window->detailsPane(), "whatIfResult"))});
        // 8. The rules, listed.
        if (auto *whatIf = child<QLineEdit>(m_window->detailsPane(), "whatIfEdit"))
            whatIf->clear();
    });
    settle();
    then([this] {
        const Registry r = m_inventory->snapshot().registries.value(registryId(kRegistry).toLower());
        shoot(QStringLiteral("08-list-rules"), m_window,
              {tableRowOf(m_window->tablesPane()->registryView(), registryId(kRegistry))},
              AzCommands::listNetworkRules(r));
    });

    // 9. The rule removed.
    then([this] {
        openEditor(kRegistry);
        if (auto *table = child<QTableWidget>(m_editor, "vnetRuleTable"))
            table->selectRow(0);
    });
    settle();
    then([this] {
        shoot(QStringLiteral("09-remove-rule"), m_editor,
              {rectOf(m_editor, child<QWidget>(m_editor, "removeSubnetsButton"))});
        if (auto *remove = child<QAbstractButton>(m_editor, "removeSubnetsButton"))
            remove->click();
        m_editor->review();
        for (GuideStep &s : m_steps) {
            if (s.id == QLatin1String("09-remove-rule"))
                s.az = Presentation::instance()->shown(commandLines(m_editor, QStringLiteral("network-rule remove")));
        }
    });
    applyEditor(tr("the rule's removal"), [this] {
        const auto set = m_inventory->snapshot().registries.value(registryId(kRegistry).toLower()).networkRuleSet;
        return set && set->virtualNetworkRules.isEmpty();
    });

    // 10. Open access again, as one guided change.
    then([this] { openEditor(kRegistry); });
    settle();
    then([this] {
        shoot(QStringLiteral("10-restore-open-access"), m_editor,
              {rectOf(m_editor, child<QWidget>(m_editor, "restoreOpenAccessButton"))});
        if (auto *open = child<QAbstractButton>(m_editor, "restoreOpenAccessButton"))
            open->click();
        m_editor->review();
        for (GuideStep &s : m_steps) {
            if (s.id == QLatin1String("10-restore-open-access"))
                s.az = Presentation::instance()->shown(commandLines(m_editor, QStringLiteral("az acr")));
        }
    });
    applyEditor(tr("open access"), [this] {
        const auto set = m_inventory->snapshot().registries.value(registryId(kRegistry).toLower()).networkRuleSet;
        return set && set->defaultAction == NetworkRuleSet::DefaultAction::Allow;
    });

    // 11. The group's deletion, confirmed by its name (shot, not sent: the capture ends with the scenario whole).
    then([this] {
        auto *dialog = m_window->adminActions()->deleteGroup(subscriptionId(kTraining), kGroup);
        m_dialog = dialog;
        if (auto *confirm = child<QLineEdit>(dialog, "confirmNameEdit"))
            confirm->setText(kGroup);
    });
    settle();
    then([this] {
        shoot(QStringLiteral("11-delete-group"), m_dialog, {rectOf(m_dialog, child<QWidget>(m_dialog, "deleteButton"))},
              AzCommands::deleteGroup(subscriptionId(kTraining), kGroup));
        m_dialog->close();
    });
}

void WalkthroughCapture::queueRefusals()
{
    // A. A Basic registry: the editor refuses network rules.
    then([this] { openEditor(QStringLiteral("mybasicregistry")); });
    settle();
    then([this] {
        shoot(QStringLiteral("a-basic-refused"), m_editor,
              {rectOf(m_editor, child<QWidget>(m_editor, "editorStatus"))});
        closeEditor();
    });
    // B. An address range that does not exist.
    then([this] {
        openEditor(kRegistry);
        if (auto *edit = child<QLineEdit>(m_editor, "ipRuleEdit"))
            edit->setText(QStringLiteral("10.0.0.0/33"));
        if (auto *add = child<QAbstractButton>(m_editor, "addIpButton"))
            add->click();
    });
    settle();
    then([this] {
        shoot(QStringLiteral("b-invalid-range"), m_editor,
              {rectOf(m_editor, child<QWidget>(m_editor, "ipRuleEdit")),
               rectOf(m_editor, child<QWidget>(m_editor, "ipRuleError"))});
        closeEditor();
    });
    settle();
}

} // namespace acrnet
