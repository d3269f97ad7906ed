#pragma once

#include "app/audit/finding.h"
#include "app/services/accessprobe.h"
#include "app/services/activitylog.h"
#include "app/services/registrychange.h"
#include "app/services/rulepreflight.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace acrnet {

class ChangeService;
class DeleteGroupDialog;
class LegacyCleanupDialog;
class InventoryService;
class OperationDialog;
class RulesEditorDialog;
class ServiceEndpointDialog;
class VmCheckDialog;
class WriteDialog;

// The write actions of the main window (issue: network administration) and the flows behind them: edit a
// registry's rules, enable/disable the ACR endpoint on subnets, register the provider, delete a resource group,
// restore an activity entry. Every change is recorded in the activity log and makes the inventory re-read the
// subscriptions it touched. Disabled in read-only mode.
class AdminActions : public QObject
{
    Q_OBJECT

public:
    using Ask = std::function<void(const QString &question, std::function<void(bool)> answer)>;
    using PickSubnets = std::function<void(QWidget *parent, std::function<void(const QStringList &)> picked)>;

    AdminActions(InventoryService *inventory, ActivityLog *activity, QWidget *window, bool readOnly);

    QList<QAction *> actions() const;
    // What the selection is: the current node or row, and the subnets selected in the subnet table.
    void setContext(const QModelIndex &current, const QStringList &selectedSubnets);
    // The registries a table offers at this moment (picked, or all it shows); empty: those under the current node.
    void setRegistriesInView(std::function<QStringList()> registries) { m_registriesInView = std::move(registries); }
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setPickSubnets(PickSubnets pick) { m_pick = std::move(pick); }
    void setVerifyDelayMs(int ms);
    void setRegistrationPollMs(int ms);
    // Where every write goes once started: running operations, the activity entries, re-checks.
    ChangeService *changes() const { return m_changes; }

    RulesEditorDialog *editRules(const QString &registryId);
    // The same editor in read-only mode too, up to its review page: Apply and Fix… are disabled (a capture of a real
    // tenant shows what a change would send, and sends nothing).
    RulesEditorDialog *previewRules(const QString &registryId);
    ServiceEndpointDialog *setEndpoints(const QStringList &subnetIds, bool enable);
    // Asks, then follows the registration in a dialog with Cancel (while nothing was sent) and Retry.
    void registerProvider(const QString &subscriptionId);
    OperationDialog *startRegistration(const QString &subscriptionId);
    // The action an audit finding proposes (Fix… in the Findings tab).
    void fixFinding(const Finding &finding);
    DeleteGroupDialog *deleteGroup(const QString &subscriptionId, const QString &group);
    // Legacy clean-up: reviews, then removes, the VNet rules of these registries (those without any are listed as
    // such). Null when none has a rule, or read-only.
    LegacyCleanupDialog *removeLegacyRules(const QStringList &registryIds);
    // The registries the clean-up action would take now: those picked, else those under the current node.
    QStringList registryScope() const;
    QStringList registriesUnderCurrent() const;
    // Puts a change back as it was, through the same editor, preview and conflict check.
    QObject *restore(const ActivityEntry &entry);
    // Seed step 7 from this machine: GET /v2/ on each registry's login server, anonymously.
    void checkAccess(const QStringList &registryIds);
    QString knownPublicAddress() const { return m_publicAddress; }
    // Seed step 7 from inside the network: the machines of these subnets (or those that matter to the registry),
    // checked with Run Command. Offered in read-only mode too; the dialog asks before running anything.
    VmCheckDialog *checkFromMachines(const QString &registryId, const QStringList &subnetIds);

signals:
    void statusMessage(const QString &text);
    void subscriptionChanged(const QString &subscriptionId);
    void probeFinished(const QString &registryId, const acrnet::ProbeResult &result);
    void registryApplied(const QString &registryId, const QString &note);

private:
    void fix(const PreflightIssue &issue);
    RulesEditorDialog *openEditor(const QString &registryId, bool preview);
    // The dialog that shows an operation: while it is open a failure is shown there, otherwise in a box of its own
    // that stays until dismissed.
    void watch(const QString &operationId, WriteDialog *dialog);
    void showFailure(const QString &operationId, const QString &title, const QString &text);

    InventoryService *m_inventory;
    ActivityLog *m_activity;
    QWidget *m_window;
    bool m_readOnly;
    Ask m_ask;
    PickSubnets m_pick;
    ChangeService *m_changes;
    int m_verifyDelayMs = 15000;
    QModelIndex m_current;
    QStringList m_selectedSubnets;
    QAction *m_editRules;
    QAction *m_enableEndpoint;
    QAction *m_disableEndpoint;
    QAction *m_register;
    QAction *m_deleteGroup;
    QAction *m_removeLegacy;
    std::function<QStringList()> m_registriesInView;
    QAction *m_checkAccess;
    QAction *m_checkFromVm;
    QHash<QString, AccessProbe *> m_probes; // by cloud name
    QString m_publicAddress;
    QHash<QString, QPointer<WriteDialog>> m_dialogs; // operation ID → the dialog that shows it
};

} // namespace acrnet
