#pragma once

#include "context.h"

namespace acrnet::sandbox {

// Microsoft.Resources: tenants, subscriptions, resource groups (create or update with tags; delete is long-running)
// and provider registration (NotRegistered -> Registering -> Registered after a delay).
class ResourceManager : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

    static QStringList subscriptionVersions();
    static QStringList resourceVersions();

private:
    Reply registerProvider(const QString &sub, const QString &name);
    Reply listResourceGroups(const Request &r, const QString &subscriptionId);
    Reply tenants(const Request &r);
    Reply subscriptions(const Request &r);
    QJsonObject subscriptionDoc(const QJsonObject &s) const;
    QJsonObject providerDoc(const QString &subscriptionId, const QString &ns) const;
    static QJsonArray resourceTypesOf(const QString &providerNamespace);
    Reply putResourceGroup(const Request &r, const QString &sub, const QString &group);
    Reply deleteResourceGroup(const Request &r, const QString &sub, const QString &group);
    Reply operationResult(const Request &r, const QString &sub, const QString &id);
    QString subjectOf(const Request &r) const;
};

} // namespace acrnet::sandbox
