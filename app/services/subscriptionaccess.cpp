#include "subscriptionaccess.h"
#include "accessprobe.h"
#include "app/arm/armclient.h"
#include "registrylimits.h"
#include "registryruleswriter.h"
#include "resourceoperations.h"
#include "vmaccesscheck.h"

namespace acrnet {

SubscriptionAccess::SubscriptionAccess(ArmClient *client, const QString &subscriptionId)
    : m_client(client)
    , m_subscriptionId(subscriptionId)
{}

ArmClient *SubscriptionAccess::client() const
{
    return static_cast<ArmClient *>(m_client.data());
}

Cloud SubscriptionAccess::cloud() const
{
    return m_client ? client()->cloud() : Cloud();
}

QObject *SubscriptionAccess::lifetime() const
{
    return m_client.data();
}

RegistryRulesWriter *SubscriptionAccess::rulesWriter(QObject *parent) const
{
    return m_client ? new RegistryRulesWriter(client(), parent) : nullptr;
}

RegistryLimitsReader *SubscriptionAccess::limitsReader(QObject *parent) const
{
    return m_client ? new RegistryLimitsReader(client(), parent) : nullptr;
}

ResourceGroupDeleter *SubscriptionAccess::groupDeleter(QObject *parent) const
{
    return m_client ? new ResourceGroupDeleter(client(), parent) : nullptr;
}

ProviderRegistrar *SubscriptionAccess::providerRegistrar(QObject *parent) const
{
    return m_client ? new ProviderRegistrar(client(), parent) : nullptr;
}

MachineDirectory *SubscriptionAccess::machineDirectory(QObject *parent) const
{
    return m_client ? new MachineDirectory(client(), parent) : nullptr;
}

VmAccessCheck *SubscriptionAccess::vmAccessCheck(const VirtualMachine &machine, const Registry &registry,
                                                 QObject *parent) const
{
    return m_client ? new VmAccessCheck(client(), machine, registry, parent) : nullptr;
}

AccessProbe *SubscriptionAccess::accessProbe(QObject *parent) const
{
    return m_client ? new AccessProbe(client()->network(), client()->cloud(), parent) : nullptr;
}

} // namespace acrnet
