#pragma once
// What the audit-truth GUI tests share: the training scenario's registry and VM subnet, the demo principals, and
// small helpers over the evaluator and the window.
#include "app/audit/accessevaluator.h"
#include "app/azure/iprange.h"
#include "ui/detailspane.h"
#include "ui/inventorytablespane.h"
#include "ui/mainwindow.h"

#include <QTabWidget>

namespace acrnet::audittruth {
inline const QString kTrainingRegistry =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/"
                   "myResourceGroup/providers/Microsoft.ContainerRegistry/registries/"
                   "mycontainerregistry");
inline const QString kVmSubnet =
    QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d/resourceGroups/"
                   "myResourceGroup/providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/"
                   "subnets/myDockerVMSubnet");

inline QStringList demoPrincipals()
{
    return {QStringLiteral("sandbox"), QStringLiteral("sandbox-fabrikam")};
}

// The first host address of a subnet's first prefix ("10.10.1.0/24" → "10.10.1.4", as Azure hands out).
inline QString hostIn(const Subnet &s)
{
    QString error;
    if (s.addressPrefixes.isEmpty())
        return {};
    const auto range = IpRange::parse(s.addressPrefixes.first(), &error);
    return range ? IpRange::addressText(range->network() + 4) : QString();
}

// A public address no IP rule of `r` covers (from the documentation and benchmark ranges), or empty.
inline QString uncoveredPublicAddress(const Registry &r)
{
    for (const char *candidate : {"198.18.0.1", "198.51.100.250", "203.0.113.250", "192.0.2.250", "8.8.8.8"}) {
        const QString address = QLatin1String(candidate);
        if (AccessEvaluator::fromAddress(r, address).result == AccessDecision::Result::Denied)
            return address;
    }
    return {};
}

// With ACRNET_SCREENSHOT_DIR set, saves a widget's picture there (for reviewing the UI, not for asserting).
inline void screenshot(QWidget *w, const QString &name)
{
    if (w && qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        w->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QLatin1Char('/') + name +
                       QStringLiteral(".png"));
}

// The matrix is built when its tab is first shown.
inline void showMatrix(MainWindow *w)
{
    w->tablesPane()->findChild<QTabWidget *>(QStringLiteral("tableTabs"))->setCurrentIndex(3);
}

inline QString propertyOf(DetailsPane *details, const QString &label)
{
    for (const auto &p : details->properties()) {
        if (p.first == label)
            return p.second;
    }
    return {};
}
} // namespace acrnet::audittruth
