#pragma once

#include "app/arm/armerror.h"
#include "app/audit/finding.h"
#include "app/services/accessprobe.h"
#include "app/services/activitylog.h"
#include "app/services/registrychange.h"
#include "app/services/rulepreflight.h"

#include <QModelIndex>
#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace acrnet {

class DeleteGroupDialog;
class InventoryService;
class RegistryRulesWriter;
class ResourceGroupDeleter;
class RulesEditorDialog;
class ServiceEndpointDialog;
class SubnetEndpointWriter;

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
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setPickSubnets(PickSubnets pick) { m_pick = std::move(pick); }
    void setVerifyDelayMs(int ms) { m_verifyDelayMs = ms; }
    void setRegistrationPollMs(int ms) { m_registrationPollMs = ms; }

    RulesEditorDialog *editRules(const QString &registryId);
    ServiceEndpointDialog *setEndpoints(const QStringList &subnetIds, bool enable);
    void registerProvider(const QString &subscriptionId);
    // The action an audit finding proposes (Fix… in the Findings tab).
    void fixFinding(const Finding &finding);
    DeleteGroupDialog *deleteGroup(const QString &subscriptionId, const QString &group);
    // Puts a change back as it was, through the same editor, preview and conflict check.
    QObject *restore(const ActivityEntry &entry);
    // Seed step 7 from this machine: GET /v2/ on each registry's login server, anonymously.
    void checkAccess(const QStringList &registryIds);
    QString knownPublicAddress() const { return m_publicAddress; }

signals:
    void statusMessage(const QString &text);
    void subscriptionChanged(const QString &subscriptionId);
    void probeFinished(const QString &registryId, const acrnet::ProbeResult &result);
    void registryApplied(const QString &registryId, const QString &note);

private:
    void fix(const PreflightIssue &issue);
    // One activity entry per write attempt: begun when its first request leaves, every request's IDs added as
    // they are answered, completed with the outcome and the state read afterwards.
    QString beginEntry(ActivityEntry::Kind kind, const QString &target, const QString &summary,
                       const QJsonObject &before, const QJsonObject &desired);
    void addExchange(const QString &entryId, const ArmExchange &exchange);
    void completeEntry(const QString &entryId, ActivityEntry::Outcome outcome, const QJsonObject &after,
                       const QString &message, const ArmError &error = {}, const QJsonObject &before = {});
    bool sentWrite(const QString &entryId) const; // a PUT/PATCH/POST/DELETE of this attempt left
    void adoptRulesWrite(RegistryRulesWriter *writer, const Registry &registry, const RegistryNetworkConfig &before,
                         const RegistryNetworkConfig &desired);
    void adoptEndpointWrite(SubnetEndpointWriter *writer, bool enabling);
    void adoptGroupDelete(ResourceGroupDeleter *deleter, const QString &subscriptionId, const QString &group);

    InventoryService *m_inventory;
    ActivityLog *m_activity;
    QWidget *m_window;
    bool m_readOnly;
    Ask m_ask;
    PickSubnets m_pick;
    int m_verifyDelayMs = 15000;
    int m_registrationPollMs = 3000;
    QModelIndex m_current;
    QStringList m_selectedSubnets;
    QAction *m_editRules;
    QAction *m_enableEndpoint;
    QAction *m_disableEndpoint;
    QAction *m_register;
    QAction *m_deleteGroup;
    QAction *m_checkAccess;
    QHash<QString, AccessProbe *> m_probes; // by cloud name
    QString m_publicAddress;
    QHash<QString, ActivityEntry> m_open; // entries of writes under way, by ID
};

} // namespace acrnet
