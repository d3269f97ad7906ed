#pragma once
// The sandbox scenarios' resources that the network administration tests act on (training and demo).
#include <QString>

namespace acrnet::testids {
// training
inline const QString kTraining = QStringLiteral("8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
inline const QString kNetworking = QStringLiteral("9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d");
inline const QString kRegistry = QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/"
                                                "myResourceGroup/providers/Microsoft.ContainerRegistry/registries/"
                                                "mycontainerregistry");
inline const QString kVmSubnet =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/"
                   "myResourceGroup/providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/"
                   "subnets/myDockerVMSubnet");
inline const QString kSharedSubnet =
    QStringLiteral("/subscriptions/9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d/resourceGroups/"
                   "networkResourceGroup/providers/Microsoft.Network/virtualNetworks/"
                   "sharedVNET/subnets/sharedSubnet");
// demo
inline const QString kProd = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
inline const QString kContosoNet = QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7");
inline QString demoRegistry(const QString &name)
{
    return QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform/providers/"
                          "Microsoft.ContainerRegistry/registries/") +
           name;
}
inline QString demoSubnet(const QString &vnet, const QString &name)
{
    return QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform/providers/"
                          "Microsoft.Network/virtualNetworks/%1/subnets/%2")
        .arg(vnet, name);
}
inline const QString kSharedAgents =
    QStringLiteral("/subscriptions/2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7/resourceGroups/"
                   "rg-network-shared/providers/Microsoft.Network/virtualNetworks/vnet-shared/"
                   "subnets/snet-shared-agents");
} // namespace acrnet::testids
