#pragma once

#include "app/azure/registry.h"
#include "registrychange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace acrnet {

// One group of consumers a change of a registry's network access cuts off, in plain words: who, why, and the one-line
// way forward (no links: the review page is read, not browsed).
struct AccessLoss
{
    QString who;
    QString why;
    QString wayForward;
};

// Who stops being able to reach a registry when its network settings go from `before` to `after` (the walkthrough's
// "once network access is restricted, some services lose access"): services without a fixed address (Azure DevOps
// hosted agents), services that cannot use a registry service endpoint (Container Instances, App Service), trusted
// Azure services when the bypass goes off, listing from outside the VNet when public access goes off, and the
// subnets and addresses whose rules are removed. Empty when nobody loses access (the change opens or keeps open).
class AccessLossReport
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::AccessLossReport)

public:
    static QList<AccessLoss> between(const Registry &registry, const RegistryNetworkConfig &before,
                                     const RegistryNetworkConfig &after);
    // "• who — why. Way forward: …", one per line.
    static QString text(const QList<AccessLoss> &losses);

private:
    static QList<AccessLoss> internetCutOff(const RegistryNetworkConfig &after);
    static QList<AccessLoss> publicEndpointClosed(const Registry &registry, const RegistryNetworkConfig &before);
    static QList<AccessLoss> rulesRemoved(const RegistryNetworkConfig &before, const RegistryNetworkConfig &after);
};

} // namespace acrnet
