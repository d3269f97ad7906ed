#include "machine.h"
#include "iprange.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace acrnet {

namespace {

QStringList idsOf(const QJsonArray &refs, JsonReader &reader, const QString &field)
{
    QStringList ids;
    for (const QJsonValue &v : refs) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (id.isEmpty())
            reader.addProblem(JsonReader::tr("an entry of '%1' has no 'id'").arg(field));
        else
            ids << id;
    }
    return ids;
}

} // namespace

std::optional<NatGateway> NatGateway::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    NatGateway g;
    QString idError;
    const QString idText = r.requiredString(QStringLiteral("id"));
    g.id = ResourceId::parse(idText, &idError);
    if (!idText.isEmpty() && !g.id.isValid())
        r.addProblem(idError);
    g.name = r.string(QStringLiteral("name"));
    JsonReader p(r.object(QStringLiteral("properties")), idText);
    g.publicIpIds = idsOf(p.array(QStringLiteral("publicIpAddresses")), p, QStringLiteral("publicIpAddresses"));
    g.publicPrefixIds = idsOf(p.array(QStringLiteral("publicIpPrefixes")), p, QStringLiteral("publicIpPrefixes"));
    r.absorb(p);
    if (r.ok() && g.publicIpIds.isEmpty() && g.publicPrefixIds.isEmpty())
        r.addProblem(tr("the NAT gateway has no public IP address or prefix"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return g;
}

QString NatGateway::rangeOfPublicIp(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    JsonReader p(r.object(QStringLiteral("properties")), json.value(QLatin1String("id")).toString());
    const QString address = p.requiredString(QStringLiteral("ipAddress"));
    r.absorb(p);
    if (r.ok() && !IpRange::parseAddress(address))
        r.addProblem(tr("'%1' is not an IPv4 address").arg(address));
    if (!r.ok()) {
        *error = r.error();
        return {};
    }
    return address + QStringLiteral("/32");
}

QString NatGateway::rangeOfPublicPrefix(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    JsonReader p(r.object(QStringLiteral("properties")), json.value(QLatin1String("id")).toString());
    const QString prefix = p.requiredString(QStringLiteral("ipPrefix"));
    r.absorb(p);
    QString rangeError;
    if (r.ok() && !IpRange::parse(prefix, &rangeError))
        r.addProblem(rangeError);
    if (!r.ok()) {
        *error = r.error();
        return {};
    }
    return prefix;
}

std::optional<NetworkInterface> NetworkInterface::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    NetworkInterface n;
    QString idError;
    const QString idText = r.requiredString(QStringLiteral("id"));
    n.id = ResourceId::parse(idText, &idError);
    if (!idText.isEmpty() && !n.id.isValid())
        r.addProblem(idError);
    JsonReader p(r.object(QStringLiteral("properties")), idText);
    n.virtualMachineId = p.object(QStringLiteral("virtualMachine")).value(QLatin1String("id")).toString();
    const QJsonArray configs = p.array(QStringLiteral("ipConfigurations"));
    for (const QJsonValue &v : configs) {
        JsonReader c(v.toObject().value(QLatin1String("properties")).toObject(), idText);
        InterfaceAddress a;
        a.privateIp = c.string(QStringLiteral("privateIPAddress"));
        a.subnetId = c.object(QStringLiteral("subnet")).value(QLatin1String("id")).toString();
        a.publicIpId = c.object(QStringLiteral("publicIPAddress")).value(QLatin1String("id")).toString();
        p.absorb(c);
        const bool primary = c.boolean(QStringLiteral("primary"));
        if (primary)
            n.addresses.prepend(a);
        else
            n.addresses.append(a);
    }
    r.absorb(p);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return n;
}

std::optional<VirtualMachine> VirtualMachine::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    VirtualMachine vm;
    QString idError;
    const QString idText = r.requiredString(QStringLiteral("id"));
    vm.id = ResourceId::parse(idText, &idError);
    if (!idText.isEmpty() && !vm.id.isValid())
        r.addProblem(idError);
    vm.name = r.string(QStringLiteral("name"));
    if (vm.name.isEmpty())
        vm.name = vm.id.name();
    vm.location = r.string(QStringLiteral("location"));
    JsonReader p(r.object(QStringLiteral("properties")), idText);
    JsonReader storage(p.object(QStringLiteral("storageProfile")), idText);
    vm.osType = storage.object(QStringLiteral("osDisk")).value(QLatin1String("osType")).toString();
    p.absorb(storage);
    const QJsonArray nics =
        p.object(QStringLiteral("networkProfile")).value(QLatin1String("networkInterfaces")).toArray();
    for (const QJsonValue &v : nics) {
        const QJsonObject nic = v.toObject();
        const QString id = nic.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        if (nic.value(QLatin1String("properties")).toObject().value(QLatin1String("primary")).toBool())
            vm.nicIds.prepend(id);
        else
            vm.nicIds.append(id);
    }
    const QJsonArray statuses = p.object(QStringLiteral("instanceView")).value(QLatin1String("statuses")).toArray();
    for (const QJsonValue &v : statuses) {
        const QString code = v.toObject().value(QLatin1String("code")).toString();
        if (code.startsWith(QLatin1String("PowerState/")))
            vm.powerState = code.mid(11);
    }
    r.absorb(p);
    if (r.ok() && vm.osType.isEmpty())
        r.addProblem(tr("no storageProfile.osDisk.osType: the operating system is unknown"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return vm;
}

} // namespace acrnet
