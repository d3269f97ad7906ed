#pragma once

#include "context.h"

namespace acrnet::sandbox {

// Microsoft.Network: virtual networks with inline subnets, subnet PUT as a long-running operation with etags,
// available endpoint services, and operation status.
class NetworkProvider : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

    static QStringList versions();
    static QStringList endpointServices();

private:
    Reply listVirtualNetworks(const Request &r, const QString &prefix);
    static std::optional<Reply> requestedEndpoints(const QJsonObject &props, const QString &subnetId,
                                                   const QString &location, QJsonArray *endpoints);
    static void endpointsProvisioned(Store &st, const QString &subnetId);
    Reply getSubnet(const Request &r);
    Reply availableEndpointServices(const Request &r, const QString &subscriptionId);
    Reply putSubnet(const Request &r, const QString &vnetId, const QString &name);
    Reply operationStatus(const QString &id);
    std::optional<QJsonObject> findVirtualNetwork(const QString &id) const;
    static Reply notFound(const QString &type, const QString &name, const QString &group);
};

} // namespace acrnet::sandbox
