#pragma once

#include "rawjson.h"
#include "subnet.h"

#include <QMetaType>

namespace acrnet {

// A virtual network with its subnets inline, as VirtualNetworks_ListAll returns it.
struct VirtualNetwork
{
    ResourceId id;
    QString name;
    QString location;
    QString etag;
    QString provisioningState;
    QStringList addressPrefixes;
    QList<Subnet> subnets;
    RawJson json; // as the service sent it

    // A subnet that cannot be read is left out and described in *warnings; the VNet itself still loads.
    static std::optional<VirtualNetwork> fromJson(const QJsonObject &json, QString *error,
                                                  QStringList *warnings = nullptr);
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::VirtualNetwork)
