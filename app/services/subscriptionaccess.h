#pragma once

#include "app/azure/cloud.h"

#include <QPointer>
#include <QString>

class QObject;

namespace acrnet {

class AccessProbe;
class ArmClient;
class MachineDirectory;
class ProviderRegistrar;
class Registry;
class RegistryLimitsReader;
class RegistryRulesWriter;
class ResourceGroupDeleter;
class VirtualMachine;
class VmAccessCheck;

// A signed-in account's way into one subscription, as the UI holds it: which cloud, whether the account is still
// signed in, and the service objects that act through it. The ARM client behind it never leaves services/; the
// handle is a value (copy it freely) that turns invalid when the account is signed out.
class SubscriptionAccess
{
public:
    SubscriptionAccess() = default;
    // Implicit: within services/, a client is a way into any subscription its account reaches.
    SubscriptionAccess(ArmClient *client, const QString &subscriptionId = {}); // NOLINT(google-explicit-constructor)

    bool isValid() const { return !m_client.isNull(); }
    QString subscriptionId() const { return m_subscriptionId; }
    Cloud cloud() const;
    // Destroyed when the account is signed out or removed (connect to its destroyed() signal); null when invalid.
    QObject *lifetime() const;
    // For services/ only (the UI cannot use it: it may not include app/arm/).
    ArmClient *client() const;

    // Each returns a new, unstarted service object owned by `parent`; null when the handle is invalid.
    RegistryRulesWriter *rulesWriter(QObject *parent) const;
    RegistryLimitsReader *limitsReader(QObject *parent) const;
    ResourceGroupDeleter *groupDeleter(QObject *parent) const;
    ProviderRegistrar *providerRegistrar(QObject *parent) const;
    MachineDirectory *machineDirectory(QObject *parent) const;
    VmAccessCheck *vmAccessCheck(const VirtualMachine &machine, const Registry &registry, QObject *parent) const;
    // Probes from this machine through the same network stack (proxy, TLS settings) as the account's requests.
    AccessProbe *accessProbe(QObject *parent) const;

private:
    QPointer<QObject> m_client; // an ArmClient (kept as QObject so this header needs no app/arm/)
    QString m_subscriptionId;
};

} // namespace acrnet
