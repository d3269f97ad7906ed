#pragma once

#include "app/azure/armerror.h"
#include "app/services/activitylog.h"
#include "app/services/registrychange.h"
#include "app/services/runningoperations.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace acrnet {

class InventoryService;
class ProviderRegistrar;
class RegistryRulesWriter;
class ResourceGroupDeleter;
class SubnetEndpointWriter;

// Owns every write the app makes, from the moment its first request leaves until it ends, whether or not the dialog
// that started it is still open: the writer is re-parented here, listed in RunningOperations with its progress and
// whether it can still be cancelled, and recorded as one activity entry per attempt (intent, every request's IDs,
// the outcome and the state read afterwards). It also re-checks an entry whose outcome is unknown by reading the
// resource again. What changed is announced so the inventory re-reads it and the views show the new state.
class ChangeService : public QObject
{
    Q_OBJECT

public:
    ChangeService(InventoryService *inventory, ActivityLog *activity, QObject *parent = nullptr);

    RunningOperations *operations() { return &m_operations; }
    void setVerifyDelayMs(int ms) { m_verifyDelayMs = ms; }
    void setRegistrationPollMs(int ms) { m_registrationPollMs = ms; }

    // Each returns the ID of the operation in operations().
    QString adoptRulesWrite(RegistryRulesWriter *writer, const Registry &registry, const RegistryNetworkConfig &before,
                            const RegistryNetworkConfig &desired);
    QString adoptEndpointWrite(SubnetEndpointWriter *writer, const QStringList &subnetIds, bool enabling);
    QString adoptGroupDelete(ResourceGroupDeleter *deleter, const QString &subscriptionId, const QString &group);
    // Seed step 1. Null (and an error said) when no signed-in account reaches the subscription.
    ProviderRegistrar *registerProvider(const QString &subscriptionId, QString *operationId = nullptr);

    // An entry whose outcome is unknown (or left running by a crash) can be settled by reading its resource again.
    bool canRecheck(const ActivityEntry &entry) const;
    bool recheck(const QString &entryId);

signals:
    void statusMessage(const QString &text);
    void subscriptionChanged(const QString &subscriptionId);
    void registryApplied(const QString &registryId, const QString &note);
    // An operation ended in failure: `text` is the whole error (its dialog may be gone; someone must show it).
    void operationFailed(const QString &operationId, const QString &title, const QString &text);
    void operationSucceeded(const QString &operationId);
    void rechecked(const QString &entryId, const QString &text);

private:
    QString beginEntry(ActivityEntry::Kind kind, const QString &target, const QString &summary,
                       const QJsonObject &before, const QJsonObject &desired);
    void addExchange(const QString &entryId, const ArmExchange &exchange);
    void completeEntry(const QString &entryId, ActivityEntry::Outcome outcome, const QJsonObject &after,
                       const QString &message, const ArmError &error = {}, const QJsonObject &before = {});
    bool sentWrite(const QString &entryId) const; // a PUT/PATCH/POST/DELETE of this attempt left
    static QJsonObject recheckedState(ActivityEntry::Kind kind, const QByteArray &body, QString *error);
    static void compareRecheck(const ActivityEntry &e, const QJsonObject &after, bool *asBefore, bool *asAsked);
    void settleRecheck(const QString &entryId, const QJsonArray &requests, const QJsonObject &after,
                       const QString &unreadable);
    void endOperation(const QString &operationId, const QString &title, const ArmError &error);

    InventoryService *m_inventory;
    QPointer<ActivityLog> m_activity;
    RunningOperations m_operations;
    int m_verifyDelayMs = 15000;
    int m_registrationPollMs = 3000;
    QHash<QString, ActivityEntry> m_open; // entries of writes under way, by ID
};

} // namespace acrnet
