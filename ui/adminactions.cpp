#include "adminactions.h"
#include "app/audit/accessevaluator.h"
#include "app/services/changeservice.h"
#include "app/services/inventoryservice.h"
#include "app/services/registryruleswriter.h"
#include "app/services/resourceoperations.h"
#include "app/services/subnetendpointwriter.h"
#include "deletegroupdialog.h"
#include "legacycleanupdialog.h"
#include "models/inventoryroles.h"
#include "operationdialog.h"
#include "ruleseditordialog.h"
#include "serviceendpointdialog.h"
#include "vmcheckdialog.h"

#include <QAction>
#include <QJsonArray>
#include <QLocale>
#include <QMessageBox>
#include <QTime>
#include <QUuid>
#include <QWidget>

namespace acrnet {

AdminActions::AdminActions(InventoryService *inventory, ActivityLog *activity, QWidget *window, bool readOnly)
    : QObject(window)
    , m_inventory(inventory)
    , m_activity(activity)
    , m_window(window)
    , m_readOnly(readOnly)
    , m_changes(new ChangeService(inventory, activity, this))
{
    connect(m_changes, &ChangeService::statusMessage, this, &AdminActions::statusMessage);
    connect(m_changes, &ChangeService::subscriptionChanged, this, &AdminActions::subscriptionChanged);
    connect(m_changes, &ChangeService::registryApplied, this, &AdminActions::registryApplied);
    connect(m_changes, &ChangeService::operationFailed, this, &AdminActions::showFailure);
    m_ask = [this](const QString &question, std::function<void(bool)> answer) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("ACR Network Admin"), question,
                                    QMessageBox::Yes | QMessageBox::No, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [answer](int r) { answer(r == QMessageBox::Yes); });
        box->open();
    };
    m_editRules = new QAction(tr("Edit network rules…"), this);
    m_editRules->setObjectName(QStringLiteral("editRulesAction"));
    m_enableEndpoint = new QAction(tr("Enable ACR service endpoint…"), this);
    m_enableEndpoint->setObjectName(QStringLiteral("enableEndpointAction"));
    m_disableEndpoint = new QAction(tr("Disable ACR service endpoint…"), this);
    m_disableEndpoint->setObjectName(QStringLiteral("disableEndpointAction"));
    m_register = new QAction(tr("Register Microsoft.ContainerRegistry"), this);
    m_register->setObjectName(QStringLiteral("registerProviderAction"));
    m_deleteGroup = new QAction(tr("Delete resource group…"), this);
    m_deleteGroup->setObjectName(QStringLiteral("deleteGroupAction"));
    m_removeLegacy = new QAction(tr("Remove service-endpoint rules…"), this);
    m_removeLegacy->setObjectName(QStringLiteral("removeLegacyRulesAction"));
    m_removeLegacy->setToolTip(tr("Reviews, then removes, the VNet rules of the selected registries (or of every "
                                  "registry under the selected node): the legacy clean-up before private endpoints."));
    connect(m_removeLegacy, &QAction::triggered, this, [this] { removeLegacyRules(registryScope()); });
    m_checkAccess = new QAction(tr("Check access from this machine"), this);
    m_checkAccess->setObjectName(QStringLiteral("checkAccessAction"));
    connect(m_checkAccess, &QAction::triggered, this, [this] { checkAccess(registriesUnderCurrent()); });
    m_checkFromVm = new QAction(tr("Check access from a VM…"), this);
    m_checkFromVm->setObjectName(QStringLiteral("checkFromVmAction"));
    m_checkFromVm->setToolTip(tr("Runs the registry check on virtual machines inside the network (Run Command) and "
                                 "compares the answers with the prediction."));
    connect(m_checkFromVm, &QAction::triggered, this, [this] {
        const bool registry = InventoryNodeType(m_current.data(NodeTypeRole).toInt()) == InventoryNodeType::Registry;
        checkFromMachines(registry ? m_current.data(ResourceIdRole).toString() : QString(),
                          registry ? QStringList() : m_selectedSubnets);
    });
    connect(m_editRules, &QAction::triggered, this, [this] { editRules(m_current.data(ResourceIdRole).toString()); });
    connect(m_enableEndpoint, &QAction::triggered, this, [this] { setEndpoints(m_selectedSubnets, true); });
    connect(m_disableEndpoint, &QAction::triggered, this, [this] { setEndpoints(m_selectedSubnets, false); });
    connect(m_register, &QAction::triggered, this, [this] {
        registerProvider(ResourceId::parse(m_current.data(ResourceIdRole).toString()).subscriptionId());
    });
    connect(m_deleteGroup, &QAction::triggered, this, [this] {
        const ResourceId id = ResourceId::parse(m_current.data(ResourceIdRole).toString());
        deleteGroup(id.subscriptionId(), id.resourceGroup());
    });
    setContext({}, {});
}

void AdminActions::setVerifyDelayMs(int ms)
{
    m_verifyDelayMs = ms;
    m_changes->setVerifyDelayMs(ms);
}

void AdminActions::setRegistrationPollMs(int ms)
{
    m_changes->setRegistrationPollMs(ms);
}

void AdminActions::watch(const QString &operationId, WriteDialog *dialog)
{
    m_dialogs.insert(operationId, dialog);
    dialog->setOperation(m_changes->operations(), operationId);
}

void AdminActions::showFailure(const QString &operationId, const QString &title, const QString &text)
{
    const QPointer<WriteDialog> dialog = m_dialogs.take(operationId);
    if (dialog && dialog->isVisible())
        return; // the dialog that started it says so, and stays until closed
    // Its dialog was closed while it ran: a failure must not vanish with a status-bar message.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("A change failed"), title, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("operationFailedBox"));
    box->setInformativeText(text);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

QList<QAction *> AdminActions::actions() const
{
    return {m_editRules,       m_checkAccess,  m_checkFromVm, m_enableEndpoint,
            m_disableEndpoint, m_removeLegacy, m_register,    m_deleteGroup};
}

QStringList AdminActions::registryScope() const
{
    const QStringList inView = m_registriesInView ? m_registriesInView() : QStringList();
    return inView.isEmpty() ? registriesUnderCurrent() : inView;
}

QStringList AdminActions::registriesUnderCurrent() const
{
    QStringList ids;
    if (InventoryNodeType(m_current.data(NodeTypeRole).toInt()) == InventoryNodeType::Registry)
        ids << m_current.data(ResourceIdRole).toString();
    else if (m_inventory && m_current.isValid()) {
        // Every registry under the selected node.
        const QString prefix = m_current.data(ResourceIdRole).toString().toLower() + QLatin1Char('/');
        for (auto it = m_inventory->snapshot().registries.cbegin(); it != m_inventory->snapshot().registries.cend();
             ++it) {
            if (it.key().startsWith(prefix))
                ids << it->id.toString();
        }
    }
    return ids;
}

LegacyCleanupDialog *AdminActions::removeLegacyRules(const QStringList &registryIds)
{
    if (m_readOnly || !m_inventory)
        return nullptr;
    QStringList others;
    const InventorySnapshot &inventory = m_inventory->snapshot();
    const QList<LegacyCleanupItem> plan = LegacyRuleCleanup::plan(
        registryIds, inventory,
        [&inventory](const QString &subnetId) { return AccessEvaluator::whyRuleGrantsNothing(subnetId, inventory); },
        &others);
    if (plan.isEmpty()) {
        emit statusMessage(tr("None of the %n selected registries has a VNet rule: nothing to remove.", nullptr,
                              int(registryIds.size())));
        return nullptr;
    }
    auto *cleanup = new LegacyRuleCleanup(m_inventory, m_changes, this); // outlives its dialog, like every write
    cleanup->setVerifyDelayMs(m_verifyDelayMs);
    auto *dialog = new LegacyCleanupDialog(cleanup, plan, others, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LegacyCleanupDialog::started, this,
            [this, dialog](const QString &operationId) { watch(operationId, dialog); });
    // Each registry's failure is shown in the dialog while it is open, in a message box once it is closed.
    connect(cleanup, &LegacyRuleCleanup::writeStarted, this, [this, dialog](const QString &operationId) {
        m_dialogs.insert(operationId, QPointer<WriteDialog>(dialog));
    });
    // It lives while its dialog shows it or while it runs, whichever is longer.
    const QPointer<LegacyCleanupDialog> shown(dialog);
    connect(cleanup, &LegacyRuleCleanup::finished, cleanup, [cleanup, shown] {
        if (!shown)
            cleanup->deleteLater();
    });
    connect(dialog, &QObject::destroyed, cleanup, [cleanup] {
        if (!cleanup->isRunning())
            cleanup->deleteLater();
    });
    dialog->show();
    return dialog;
}

void AdminActions::setContext(const QModelIndex &current, const QStringList &selectedSubnets)
{
    m_current = current;
    const auto type = InventoryNodeType(current.data(NodeTypeRole).toInt());
    m_selectedSubnets = selectedSubnets;
    if (m_selectedSubnets.isEmpty() && current.isValid() && type == InventoryNodeType::Subnet)
        m_selectedSubnets = {current.data(ResourceIdRole).toString()};
    const bool writable = !m_readOnly && m_inventory && current.isValid();
    m_editRules->setEnabled(writable && type == InventoryNodeType::Registry);
    m_enableEndpoint->setEnabled(!m_readOnly && m_inventory && !m_selectedSubnets.isEmpty());
    m_disableEndpoint->setEnabled(!m_readOnly && m_inventory && !m_selectedSubnets.isEmpty());
    const QString sub = ResourceId::parse(current.data(ResourceIdRole).toString()).subscriptionId().toLower();
    m_register->setEnabled(writable && type == InventoryNodeType::Subscription &&
                           !m_inventory->snapshot().providers.value(sub).isRegistered());
    m_deleteGroup->setEnabled(writable && type == InventoryNodeType::ResourceGroup);
    m_removeLegacy->setEnabled(!m_readOnly && m_inventory); // the scope is taken when it is triggered
    m_checkAccess->setEnabled(m_inventory && current.isValid() &&
                              (type == InventoryNodeType::Registry || type == InventoryNodeType::ResourceGroup ||
                               type == InventoryNodeType::Subscription));
    m_checkFromVm->setEnabled(m_inventory && current.isValid() &&
                              (type == InventoryNodeType::Registry || !m_selectedSubnets.isEmpty()));
    for (QAction *a : {m_editRules, m_enableEndpoint, m_disableEndpoint, m_removeLegacy, m_register, m_deleteGroup}) {
        if (m_readOnly)
            a->setToolTip(tr("Read-only mode: no changes can be made."));
    }
}

RulesEditorDialog *AdminActions::editRules(const QString &registryId)
{
    return m_readOnly ? nullptr : openEditor(registryId, false);
}

RulesEditorDialog *AdminActions::previewRules(const QString &registryId)
{
    return openEditor(registryId, true);
}

RulesEditorDialog *AdminActions::openEditor(const QString &registryId, bool preview)
{
    if (!m_inventory)
        return nullptr;
    const Registry registry = m_inventory->snapshot().registries.value(registryId.toLower());
    const SubscriptionAccess access = m_inventory->access(registry.id.subscriptionId());
    if (!access.isValid() || !registry.id.isValid())
        return nullptr;
    auto *editor = new RulesEditorDialog(registry, access, &m_inventory->snapshot(), m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setPreviewOnly(preview);
    editor->setVerifyDelayMs(m_verifyDelayMs);
    editor->setKnownPublicAddress(m_publicAddress);
    connect(this, &AdminActions::probeFinished, editor,
            [this, editor] { editor->setKnownPublicAddress(m_publicAddress); });
    if (m_pick)
        editor->setPickSubnets(
            [this, editor](std::function<void(const QStringList &)> picked) { m_pick(editor, picked); });
    connect(editor, &RulesEditorDialog::fixRequested, this, &AdminActions::fix);
    connect(m_inventory, &InventoryService::subscriptionLoaded, editor, &RulesEditorDialog::inventoryChanged);
    connect(editor, &RulesEditorDialog::registryChanged, this,
            [this](const Registry &r) { emit subscriptionChanged(r.id.subscriptionId()); });
    connect(editor, &RulesEditorDialog::writeStarted, this,
            [this, editor](RegistryRulesWriter *writer, const Registry &registry, const RegistryNetworkConfig &before,
                           const RegistryNetworkConfig &desired) {
                watch(m_changes->adoptRulesWrite(writer, registry, before, desired), editor);
            });
    editor->show();
    return editor;
}

ServiceEndpointDialog *AdminActions::setEndpoints(const QStringList &subnetIds, bool enable)
{
    if (m_readOnly || !m_inventory || subnetIds.isEmpty())
        return nullptr;
    auto *dialog = new ServiceEndpointDialog(
        subnetIds, enable, [this](const QString &sub) { return m_inventory->access(sub); }, &m_inventory->snapshot(),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServiceEndpointDialog::writerStarted, this,
            [this, dialog, subnetIds](SubnetEndpointWriter *writer, bool enabling) {
                watch(m_changes->adoptEndpointWrite(writer, subnetIds, enabling), dialog);
            });
    dialog->show();
    return dialog;
}

void AdminActions::fixFinding(const Finding &finding)
{
    switch (finding.fix) {
    case Finding::Fix::EditRules:
        editRules(finding.registryId);
        break;
    case Finding::Fix::EnableEndpoint:
        setEndpoints({finding.fixTarget}, true);
        break;
    case Finding::Fix::RegisterProvider:
        registerProvider(finding.fixTarget);
        break;
    case Finding::Fix::None:
        break;
    }
}

void AdminActions::registerProvider(const QString &subscriptionId)
{
    if (m_readOnly || !m_inventory || !m_inventory->access(subscriptionId).isValid())
        return;
    const QString name = m_inventory->snapshot().subscriptions.value(subscriptionId.toLower()).displayName;
    m_ask(tr("Register the Microsoft.ContainerRegistry resource provider in %1?\n\nThis is what lets registry rules "
             "point at this subscription's subnets. It is the same as:\naz provider register --namespace "
             "Microsoft.ContainerRegistry --subscription %2")
              .arg(name, subscriptionId),
          [this, subscriptionId](bool yes) {
              if (yes)
                  startRegistration(subscriptionId);
          });
}

OperationDialog *AdminActions::startRegistration(const QString &subscriptionId)
{
    if (m_readOnly || !m_inventory)
        return nullptr;
    const QString name = m_inventory->snapshot().subscriptions.value(subscriptionId.toLower()).displayName;
    auto *dialog = new OperationDialog(
        tr("Register Microsoft.ContainerRegistry"),
        tr("Registering the Microsoft.ContainerRegistry resource provider in %1 (%2). It usually takes a minute or "
           "two; it goes on in Azure whether or not this dialog stays open.")
            .arg(name, subscriptionId),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto run = [this, dialog, subscriptionId, name] {
        QString operation;
        ProviderRegistrar *registrar = m_changes->registerProvider(subscriptionId, &operation);
        if (!registrar) { // signed out since the question was asked
            dialog->setFailed(tr("Not registered: no signed-in account reaches this subscription any more."));
            return;
        }
        dialog->start(m_changes->operations(), operation);
        watch(operation, dialog);
        connect(registrar, &ProviderRegistrar::progress, dialog,
                [dialog](const QString &state) { dialog->setProgress(tr("The provider is %1.").arg(state)); });
        connect(registrar, &ProviderRegistrar::failed, dialog, [dialog](const ArmError &e) {
            dialog->setFailed(e.kind() == ArmError::Kind::Cancelled
                                  ? tr("Cancelled: nothing was sent.")
                                  : tr("Registration failed: %1").arg(e.userText()) +
                                        (e.requestId().isEmpty()
                                             ? QString()
                                             : QLatin1Char(' ') + tr("(request ID %1)").arg(e.requestId())));
        });
        connect(registrar, &ProviderRegistrar::finished, dialog, [dialog, name](const ProviderRegistration &) {
            dialog->setSucceeded(tr("Microsoft.ContainerRegistry is registered in %1.").arg(name));
        });
    };
    connect(dialog, &OperationDialog::retryRequested, this, run);
    dialog->show();
    run();
    return dialog;
}

DeleteGroupDialog *AdminActions::deleteGroup(const QString &subscriptionId, const QString &group)
{
    if (m_readOnly || !m_inventory)
        return nullptr;
    const SubscriptionAccess access = m_inventory->access(subscriptionId);
    if (!access.isValid())
        return nullptr;
    const InventorySnapshot &snap = m_inventory->snapshot();
    const QString prefix = QStringLiteral("/subscriptions/%1/resourcegroups/%2/").arg(subscriptionId, group).toLower();
    int subnets = 0, registries = 0;
    for (auto it = snap.subnets.cbegin(); it != snap.subnets.cend(); ++it)
        subnets += it.key().startsWith(prefix) ? 1 : 0;
    for (auto it = snap.registries.cbegin(); it != snap.registries.cend(); ++it)
        registries += it.key().startsWith(prefix) ? 1 : 0;
    auto *dialog = new DeleteGroupDialog(
        access, group,
        tr("%1 and %2 among what this app shows")
            .arg(tr("%n subnet(s)", nullptr, subnets), tr("%n registry(-ies)", nullptr, registries)),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteGroupDialog::deleteStarted, this,
            [this, dialog, subscriptionId, group](ResourceGroupDeleter *deleter) {
                watch(m_changes->adoptGroupDelete(deleter, subscriptionId, group), dialog);
            });
    dialog->show();
    return dialog;
}

QObject *AdminActions::restore(const ActivityEntry &entry)
{
    if (entry.kind == ActivityEntry::Kind::RegistryRules) {
        RulesEditorDialog *editor = editRules(entry.target);
        if (editor)
            editor->setConfig(RegistryNetworkConfig::fromProperties(entry.before));
        return editor;
    }
    if (entry.kind == ActivityEntry::Kind::SubnetEndpoint) {
        bool had = false;
        for (const QJsonValue &v : entry.before.value(QLatin1String("serviceEndpoints")).toArray())
            had = had || v.toObject().value(QLatin1String("service")).toString() == Subnet::acrService();
        return setEndpoints({entry.target}, had);
    }
    emit statusMessage(tr("This kind of change cannot be put back from here."));
    return nullptr;
}

void AdminActions::checkAccess(const QStringList &registryIds)
{
    if (!m_inventory)
        return;
    for (const QString &id : registryIds) {
        const Registry r = m_inventory->snapshot().registries.value(id.toLower());
        const SubscriptionAccess access = m_inventory->access(r.id.subscriptionId());
        if (!access.isValid() || r.loginServer.isEmpty())
            continue;
        AccessProbe *&probe = m_probes[access.cloud().name()];
        if (!probe) {
            probe = access.accessProbe(this);
            connect(probe, &AccessProbe::finished, this, [this, probe](const QString &rid, const ProbeResult &result) {
                if (!probe->lastSeenAddress().isEmpty())
                    m_publicAddress = probe->lastSeenAddress();
                emit probeFinished(rid, result);
                emit statusMessage(tr("%1: %2").arg(ResourceId::parse(rid).name(), result.text()));
            });
        }
        probe->probe(r);
    }
    if (!registryIds.isEmpty())
        emit statusMessage(
            tr("Checking access to %n registry(-ies) from this machine…", nullptr, int(registryIds.size())));
}

VmCheckDialog *AdminActions::checkFromMachines(const QString &registryId, const QStringList &subnetIds)
{
    if (!m_inventory || (registryId.isEmpty() && subnetIds.isEmpty()))
        return nullptr;
    auto *dialog = new VmCheckDialog(m_inventory, registryId, subnetIds, m_readOnly, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void AdminActions::fix(const PreflightIssue &issue)
{
    if (issue.fix == PreflightIssue::Fix::RegisterProvider)
        registerProvider(issue.target);
    else if (issue.fix == PreflightIssue::Fix::EnableEndpoint)
        setEndpoints({issue.target}, true);
}

} // namespace acrnet
