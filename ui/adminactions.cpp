#include "adminactions.h"
#include "app/arm/armclient.h"
#include "app/services/inventoryservice.h"
#include "app/services/registryruleswriter.h"
#include "app/services/resourceoperations.h"
#include "app/services/subnetendpointwriter.h"
#include "deletegroupdialog.h"
#include "models/inventoryroles.h"
#include "ruleseditordialog.h"
#include "serviceendpointdialog.h"

#include <QAction>
#include <QJsonArray>
#include <QLocale>
#include <QMessageBox>
#include <QTime>
#include <QUuid>
#include <QWidget>

namespace acrnet {

namespace {

QJsonObject endpointsOf(const QJsonObject &subnet)
{
    return {{QStringLiteral("serviceEndpoints"),
             subnet.value(QLatin1String("properties")).toObject().value(QLatin1String("serviceEndpoints"))}};
}

} // namespace

AdminActions::AdminActions(InventoryService *inventory, ActivityLog *activity, QWidget *window, bool readOnly)
    : QObject(window)
    , m_inventory(inventory)
    , m_activity(activity)
    , m_window(window)
    , m_readOnly(readOnly)
{
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
    m_checkAccess = new QAction(tr("Check access from this machine"), this);
    m_checkAccess->setObjectName(QStringLiteral("checkAccessAction"));
    connect(m_checkAccess, &QAction::triggered, this, [this] {
        QStringList ids;
        if (InventoryNodeType(m_current.data(NodeTypeRole).toInt()) == InventoryNodeType::Registry)
            ids << m_current.data(ResourceIdRole).toString();
        else if (m_inventory) {
            // Every registry under the selected node.
            const QString prefix = m_current.data(ResourceIdRole).toString().toLower() + QLatin1Char('/');
            for (auto it = m_inventory->snapshot().registries.cbegin(); it != m_inventory->snapshot().registries.cend();
                 ++it) {
                if (it.key().startsWith(prefix))
                    ids << it->id.toString();
            }
        }
        checkAccess(ids);
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

QList<QAction *> AdminActions::actions() const
{
    return {m_editRules, m_checkAccess, m_enableEndpoint, m_disableEndpoint, m_register, m_deleteGroup};
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
    m_checkAccess->setEnabled(m_inventory && current.isValid() &&
                              (type == InventoryNodeType::Registry || type == InventoryNodeType::ResourceGroup ||
                               type == InventoryNodeType::Subscription));
    for (QAction *a : {m_editRules, m_enableEndpoint, m_disableEndpoint, m_register, m_deleteGroup}) {
        if (m_readOnly)
            a->setToolTip(tr("Read-only mode: no changes can be made."));
    }
}

QString AdminActions::beginEntry(ActivityEntry::Kind kind, const QString &target, const QString &summary,
                                 const QJsonObject &before, const QJsonObject &desired)
{
    ActivityEntry e;
    e.kind = kind;
    e.target = target;
    e.summary = summary;
    e.before = before;
    e.desired = desired;
    e.id = m_activity ? m_activity->begin(e) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_activity)
        e = m_activity->entry(e.id);
    m_open.insert(e.id, e);
    return e.id;
}

void AdminActions::addExchange(const QString &entryId, const ArmExchange &exchange)
{
    auto it = m_open.find(entryId);
    if (it == m_open.end())
        return;
    it->requests.append(exchange.toJson());
    if (!exchange.requestId.isEmpty())
        it->requestId = exchange.requestId;
}

namespace {
bool anyWrite(const QJsonArray &requests)
{
    for (const QJsonValue &r : requests) {
        if (r.toObject().value(QLatin1String("method")).toString() != QLatin1String("GET"))
            return true;
    }
    return false;
}
} // namespace

bool AdminActions::sentWrite(const QString &entryId) const
{
    return anyWrite(m_open.value(entryId).requests);
}

void AdminActions::completeEntry(const QString &entryId, ActivityEntry::Outcome outcome, const QJsonObject &after,
                                 const QString &message, const ArmError &error, const QJsonObject &before)
{
    auto it = m_open.find(entryId);
    if (it == m_open.end())
        return;
    ActivityEntry e = *it;
    m_open.erase(it);
    e.outcome = outcome;
    e.after = after;
    if (!before.isEmpty())
        e.before = before;
    if (outcome == ActivityEntry::Outcome::FailedUnchanged && anyWrite(e.requests))
        e.verifiedAt = QDateTime::currentDateTimeUtc(); // only a re-read after the write lets it say "unchanged"
    e.message = message;
    e.errorCode = error.code();
    if (!error.requestId().isEmpty())
        e.requestId = error.requestId();
    if (m_activity)
        m_activity->complete(e);
}

RulesEditorDialog *AdminActions::editRules(const QString &registryId)
{
    if (m_readOnly || !m_inventory)
        return nullptr;
    const Registry registry = m_inventory->snapshot().registries.value(registryId.toLower());
    ArmClient *client = m_inventory->clientForSubscription(registry.id.subscriptionId());
    if (!client || !registry.id.isValid())
        return nullptr;
    auto *editor = new RulesEditorDialog(registry, client, &m_inventory->snapshot(), m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
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
    connect(editor, &RulesEditorDialog::writeStarted, this, &AdminActions::adoptRulesWrite);
    editor->show();
    return editor;
}

namespace {
QJsonObject propertiesOf(const RegistryNetworkConfig &config)
{
    return config.patchBody().value(QLatin1String("properties")).toObject();
}
} // namespace

void AdminActions::adoptRulesWrite(RegistryRulesWriter *writer, const Registry &registry,
                                   const RegistryNetworkConfig &before, const RegistryNetworkConfig &desired)
{
    // The write belongs to the app, not to the editor: closing the editor neither stops it nor hides its end.
    writer->setParent(this);
    const QString sub = registry.id.subscriptionId();
    const QString id = beginEntry(
        ActivityEntry::Kind::RegistryRules, registry.id.toString(),
        tr("Network rules of %1: %2")
            .arg(registry.name, RegistryChangeDiff::between(before, desired).lines().join(QStringLiteral("; "))),
        propertiesOf(before), propertiesOf(desired));
    connect(writer, &RegistryRulesWriter::exchanged, this, [this, id](const ArmExchange &x) { addExchange(id, x); });
    connect(writer, &RegistryRulesWriter::succeeded, this,
            [this, id, sub, writer](const Registry &final, const QStringList &missing) {
                QString note = tr("Applied — it may take a few minutes to take effect.");
                if (!missing.isEmpty())
                    note += QLatin1Char(' ') +
                            tr("The service did not keep these rules: %1.").arg(missing.join(QStringLiteral(", ")));
                completeEntry(id, ActivityEntry::Outcome::Applied, propertiesOf(RegistryNetworkConfig::from(final)),
                              note);
                emit statusMessage(tr("%1: %2").arg(final.name, note));
                emit registryApplied(final.id.toString(),
                                     tr("applied at %1 — may take a few minutes to take effect")
                                         .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                emit subscriptionChanged(sub);
                if (m_verifyDelayMs <= 0)
                    writer->deleteLater();
            });
    connect(writer, &RegistryRulesWriter::failed, this,
            [this, id, sub, writer, before, registry](const ArmError &e, bool unchanged) {
                // "Unchanged" is claimed only when nothing was sent or a read after the PATCH showed it so.
                completeEntry(
                    id, unchanged ? ActivityEntry::Outcome::FailedUnchanged : ActivityEntry::Outcome::FailedUnknown,
                    unchanged ? propertiesOf(before) : QJsonObject(), e.userText(), e);
                emit statusMessage(tr("%1: not applied: %2").arg(registry.name, e.userText()));
                emit subscriptionChanged(sub);
                writer->deleteLater();
            });
    connect(writer, &RegistryRulesWriter::conflict, this, [this, id, writer](const Registry &fresh) {
        completeEntry(id, ActivityEntry::Outcome::FailedUnchanged, propertiesOf(RegistryNetworkConfig::from(fresh)),
                      tr("Nothing was sent: someone changed the registry after the editor opened."));
        writer->deleteLater();
    });
    connect(writer, &RegistryRulesWriter::verified, writer, &QObject::deleteLater);
    connect(writer, &RegistryRulesWriter::rulesVanished, writer, &QObject::deleteLater);
}

ServiceEndpointDialog *AdminActions::setEndpoints(const QStringList &subnetIds, bool enable)
{
    if (m_readOnly || !m_inventory || subnetIds.isEmpty())
        return nullptr;
    auto *dialog = new ServiceEndpointDialog(
        subnetIds, enable, [this](const QString &sub) { return m_inventory->clientForSubscription(sub); },
        &m_inventory->snapshot(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServiceEndpointDialog::writerStarted, this, &AdminActions::adoptEndpointWrite);
    dialog->show();
    return dialog;
}

void AdminActions::adoptEndpointWrite(SubnetEndpointWriter *writer, bool enabling)
{
    writer->setParent(this);                                    // outlives its dialog, like every write
    auto entries = std::make_shared<QHash<QString, QString>>(); // subnet ID → entry ID
    connect(writer, &SubnetEndpointWriter::subnetStarted, this, [this, entries, enabling](const QString &subnetId) {
        const QString name = ResourceId::parse(subnetId).name();
        entries->insert(
            subnetId,
            beginEntry(
                ActivityEntry::Kind::SubnetEndpoint, subnetId,
                (enabling ? tr("Enable the ACR endpoint on %1") : tr("Disable the ACR endpoint on %1")).arg(name), {},
                {}));
    });
    connect(
        writer, &SubnetEndpointWriter::exchanged, this,
        [this, entries](const QString &subnetId, const ArmExchange &x) { addExchange(entries->value(subnetId), x); });
    connect(writer, &SubnetEndpointWriter::subnetFinished, this,
            [this, entries, enabling](const SubnetEndpointWriter::Result &r) {
                using O = ActivityEntry::Outcome;
                const O outcome = r.outcome == SubnetEndpointWriter::Outcome::Changed          ? O::Applied
                                  : r.outcome == SubnetEndpointWriter::Outcome::AlreadyThatWay ? O::Unneeded
                                  : !r.sent                                                    ? O::FailedUnchanged
                                  : r.verifiedAt.isValid()                                     ? O::FailedUnchanged
                                                                                               : O::FailedUnknown;
                const QString entry = entries->take(r.subnetId);
                auto it = m_open.find(entry);
                if (it != m_open.end()) {
                    QJsonObject desired = endpointsOf(r.before);
                    desired.insert(QStringLiteral("acrEndpoint"), enabling);
                    it->desired = desired;
                }
                completeEntry(entry, outcome, r.after.isEmpty() ? QJsonObject() : endpointsOf(r.after),
                              r.error.isError() ? r.error.userText() : QString(), r.error, endpointsOf(r.before));
                if (r.outcome != SubnetEndpointWriter::Outcome::AlreadyThatWay)
                    emit subscriptionChanged(ResourceId::parse(r.subnetId).subscriptionId());
            });
    connect(writer, &SubnetEndpointWriter::finished, this, [this, writer](int changed, int unchanged, int failed) {
        emit statusMessage(
            tr("ACR endpoint: %1 changed, %2 already so, %3 failed.").arg(changed).arg(unchanged).arg(failed));
        writer->deleteLater();
    });
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
    if (m_readOnly || !m_inventory)
        return;
    ArmClient *client = m_inventory->clientForSubscription(subscriptionId);
    if (!client)
        return;
    const QString name = m_inventory->snapshot().subscriptions.value(subscriptionId.toLower()).displayName;
    m_ask(tr("Register the Microsoft.ContainerRegistry resource provider in %1?\n\nThis is what lets registry rules "
             "point at this subscription's subnets. It is the same as:\naz provider register --namespace "
             "Microsoft.ContainerRegistry --subscription %2")
              .arg(name, subscriptionId),
          [this, client = QPointer<ArmClient>(client), subscriptionId, name](bool yes) {
              if (!yes)
                  return;
              if (!client) { // signed out while the question was open
                  emit statusMessage(tr("Not registered: the account was signed out."));
                  return;
              }
              auto *registrar = new ProviderRegistrar(client, this);
              registrar->setPollIntervalMs(m_registrationPollMs);
              const QString provider =
                  m_inventory->snapshot().providers.value(subscriptionId.toLower()).registrationState;
              const QString entry = beginEntry(ActivityEntry::Kind::ProviderRegistration,
                                               QStringLiteral("/subscriptions/") + subscriptionId,
                                               tr("Register Microsoft.ContainerRegistry in %1").arg(name),
                                               {{QStringLiteral("registrationState"),
                                                 provider.isEmpty() ? QStringLiteral("NotRegistered") : provider}},
                                               {{QStringLiteral("registrationState"), QStringLiteral("Registered")}});
              emit statusMessage(tr("Registering Microsoft.ContainerRegistry in %1…").arg(name));
              connect(registrar, &ProviderRegistrar::exchanged, this,
                      [this, entry](const ArmExchange &x) { addExchange(entry, x); });
              connect(registrar, &ProviderRegistrar::progress, this, [this, name](const QString &state) {
                  emit statusMessage(tr("Microsoft.ContainerRegistry in %1: %2").arg(name, state));
              });
              connect(registrar, &ProviderRegistrar::failed, this,
                      [this, registrar, subscriptionId, name, entry](const ArmError &e) {
                          registrar->deleteLater();
                          // Registration is idempotent and its state is read by the next load; what it reached is
                          // unknown here unless nothing was sent.
                          completeEntry(entry,
                                        sentWrite(entry) ? ActivityEntry::Outcome::FailedUnknown
                                                         : ActivityEntry::Outcome::FailedUnchanged,
                                        {}, e.userText(), e);
                          emit statusMessage(tr("Registration failed: %1").arg(e.userText()));
                          emit subscriptionChanged(subscriptionId);
                      });
              connect(registrar, &ProviderRegistrar::finished, this,
                      [this, registrar, subscriptionId, name, entry](const ProviderRegistration &state) {
                          registrar->deleteLater();
                          completeEntry(entry, ActivityEntry::Outcome::Applied,
                                        {{QStringLiteral("registrationState"), state.registrationState}}, QString());
                          emit statusMessage(tr("Microsoft.ContainerRegistry is registered in %1.").arg(name));
                          emit subscriptionChanged(subscriptionId);
                      });
              registrar->start(subscriptionId);
          });
}

DeleteGroupDialog *AdminActions::deleteGroup(const QString &subscriptionId, const QString &group)
{
    if (m_readOnly || !m_inventory)
        return nullptr;
    ArmClient *client = m_inventory->clientForSubscription(subscriptionId);
    if (!client)
        return nullptr;
    const InventorySnapshot &snap = m_inventory->snapshot();
    const QString prefix = QStringLiteral("/subscriptions/%1/resourcegroups/%2/").arg(subscriptionId, group).toLower();
    int subnets = 0, registries = 0;
    for (auto it = snap.subnets.cbegin(); it != snap.subnets.cend(); ++it)
        subnets += it.key().startsWith(prefix) ? 1 : 0;
    for (auto it = snap.registries.cbegin(); it != snap.registries.cend(); ++it)
        registries += it.key().startsWith(prefix) ? 1 : 0;
    auto *dialog = new DeleteGroupDialog(
        client, subscriptionId, group,
        tr("%1 and %2 among what this app shows")
            .arg(tr("%n subnet(s)", nullptr, subnets), tr("%n registry(-ies)", nullptr, registries)),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteGroupDialog::deleteStarted, this,
            [this, subscriptionId, group](ResourceGroupDeleter *deleter) {
                adoptGroupDelete(deleter, subscriptionId, group);
            });
    dialog->show();
    return dialog;
}

void AdminActions::adoptGroupDelete(ResourceGroupDeleter *deleter, const QString &subscriptionId, const QString &group)
{
    deleter->setParent(this); // a delete goes on when its dialog is closed, and its end is recorded and shown
    const QString target = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscriptionId, group);
    const QString entry =
        beginEntry(ActivityEntry::Kind::ResourceGroupDeletion, target, tr("Delete resource group %1").arg(group),
                   {{QStringLiteral("exists"), true}}, {{QStringLiteral("exists"), false}});
    connect(deleter, &ResourceGroupDeleter::exchanged, this,
            [this, entry](const ArmExchange &x) { addExchange(entry, x); });
    connect(deleter, &ResourceGroupDeleter::finished, this, [this, deleter, entry, subscriptionId, group] {
        completeEntry(entry, ActivityEntry::Outcome::Applied, {{QStringLiteral("exists"), false}}, QString());
        emit statusMessage(tr("Resource group %1 was deleted.").arg(group));
        emit subscriptionChanged(subscriptionId);
        deleter->deleteLater();
    });
    connect(deleter, &ResourceGroupDeleter::failed, this,
            [this, deleter, entry, subscriptionId, group](const ArmError &e) {
                // A delete that failed half-way may have removed part of the group: unknown unless nothing was sent.
                completeEntry(entry,
                              sentWrite(entry) ? ActivityEntry::Outcome::FailedUnknown
                                               : ActivityEntry::Outcome::FailedUnchanged,
                              {}, e.userText(), e);
                emit statusMessage(tr("Resource group %1 was not deleted: %2").arg(group, e.userText()));
                emit subscriptionChanged(subscriptionId); // show what is left
                deleter->deleteLater();
            });
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
        ArmClient *client = m_inventory->clientForSubscription(r.id.subscriptionId());
        if (!client || r.loginServer.isEmpty())
            continue;
        AccessProbe *&probe = m_probes[client->cloud().name()];
        if (!probe) {
            probe = new AccessProbe(client->network(), client->cloud(), this);
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

void AdminActions::fix(const PreflightIssue &issue)
{
    if (issue.fix == PreflightIssue::Fix::RegisterProvider)
        registerProvider(issue.target);
    else if (issue.fix == PreflightIssue::Fix::EnableEndpoint)
        setEndpoints({issue.target}, true);
}

} // namespace acrnet
