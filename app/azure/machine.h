#pragma once

#include "resourceid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace acrnet {

// A NAT gateway as far as egress goes: the public addresses (as /32 ranges) and prefixes its subnets' traffic
// leaves from. `error` says why they are not known (not read, or unreadable); then the evaluator cannot be exact.
struct NatGateway
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::NatGateway)

public:
    ResourceId id;
    QString name;
    QStringList publicIpIds;
    QStringList publicPrefixIds;
    QStringList publicRanges; // "a.b.c.d/32" and "a.b.c.d/n", in the order read
    QString error;

    bool isKnown() const { return error.isEmpty(); }
    static std::optional<NatGateway> fromJson(const QJsonObject &json, QString *error);
    // The address of a public IP address resource, or of a public IP prefix, as a range; empty with *error set.
    static QString rangeOfPublicIp(const QJsonObject &json, QString *error);
    static QString rangeOfPublicPrefix(const QJsonObject &json, QString *error);
};

// One IP configuration of a network interface.
struct InterfaceAddress
{
    QString privateIp;
    QString subnetId;
    QString publicIpId; // empty: no public IP of its own
};

// A network interface: what connects a virtual machine to subnets.
struct NetworkInterface
{
    ResourceId id;
    QString virtualMachineId; // empty: not attached
    QList<InterfaceAddress> addresses;

    static std::optional<NetworkInterface> fromJson(const QJsonObject &json, QString *error);
};

// A virtual machine as the access check needs it: where it sits, what it runs and whether it runs.
struct VirtualMachine
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::VirtualMachine)

public:
    ResourceId id;
    QString name;
    QString location;
    QString osType;     // "Linux" or "Windows"
    QString powerState; // from the instance view: "running", "deallocated", "stopped"…; empty when not read
    QStringList nicIds; // primary first
    QString subnetId;   // of the primary interface's primary configuration (filled from the interface)
    QString privateIp;
    QString publicIpId;
    QString publicIp; // read from the public IP resource; empty when none or not read

    bool isRunning() const { return powerState == QLatin1String("running"); }
    bool isWindows() const { return osType.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0; }
    // From GET …/virtualMachines/{name}?$expand=instanceView (the instance view is optional).
    static std::optional<VirtualMachine> fromJson(const QJsonObject &json, QString *error);
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::VirtualMachine)
