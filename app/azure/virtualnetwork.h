#pragma once

#include "rawjson.h"
#include "subnet.h"

#include <QMetaType>
#include <functional>

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
    RawJson json; // as the service sent it, with each readable subnet reduced to {"id"}: see document()

    // The JSON as the service sent it, subnets included.
    QJsonObject document() const;
    // The same from the VNet's stored JSON and a lookup of a subnet's JSON by lower-case ID (for holders of the
    // subnets elsewhere, such as the tree's subnet nodes).
    static QJsonObject document(const RawJson &json, const std::function<RawJson(const QString &key)> &subnetJson);

    // A subnet that cannot be read is left out and described in *warnings; the VNet itself still loads.
    static std::optional<VirtualNetwork> fromJson(const QJsonObject &json, QString *error,
                                                  QStringList *warnings = nullptr);
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::VirtualNetwork)
