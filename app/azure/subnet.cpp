#include "subnet.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace acrnet {

std::optional<ServiceEndpoint> Subnet::endpoint(const QString &service) const
{
    for (const ServiceEndpoint &e : serviceEndpoints) {
        if (e.service.compare(service, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QString Subnet::occupyingService() const
{
    if (!delegations.isEmpty())
        return delegations.constFirst();
    return serviceLinks.isEmpty() ? QString() : serviceLinks.constFirst();
}

namespace {

// What the subnet's ipConfigurations say runs there: standalone network interfaces, or scale set instances
// (…/virtualMachineScaleSets/{name}/virtualMachines/{n}/networkInterfaces/…).
void readIpConfigurations(const QJsonArray &configurations, Subnet &s)
{
    for (const QJsonValue &v : configurations) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        const int at = id.indexOf(QLatin1String("/virtualMachineScaleSets/"), 0, Qt::CaseInsensitive);
        if (at >= 0) {
            const QString name = id.mid(at + 25).section(QLatin1Char('/'), 0, 0);
            ++s.scaleSetInstanceCount;
            if (!name.isEmpty() && !s.scaleSets.contains(name))
                s.scaleSets.append(name);
        } else if (id.contains(QLatin1String("/networkInterfaces/"), Qt::CaseInsensitive)) {
            ++s.interfaceCount;
        }
    }
}

} // namespace

std::optional<Subnet> Subnet::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    Subnet s;
    s.json = RawJson(json);
    QString idError;
    const QString idText = r.requiredString(QStringLiteral("id"));
    s.id = ResourceId::parseSubnet(idText, &idError);
    if (!idText.isEmpty() && !s.id.isValid())
        r.addProblem(idError);
    s.name = r.string(QStringLiteral("name"));
    if (s.name.isEmpty())
        s.name = s.id.name();
    s.etag = r.string(QStringLiteral("etag"));

    const QJsonObject props = r.object(QStringLiteral("properties"));
    JsonReader p(props, idText);
    s.provisioningState = p.string(QStringLiteral("provisioningState"));
    const QString single = p.string(QStringLiteral("addressPrefix"));
    if (!single.isEmpty())
        s.addressPrefixes.append(single);
    const QStringList many = p.stringList(QStringLiteral("addressPrefixes"));
    for (const QString &prefix : many) {
        if (!s.addressPrefixes.contains(prefix))
            s.addressPrefixes.append(prefix);
    }
    const QJsonArray endpoints = p.array(QStringLiteral("serviceEndpoints"));
    for (const QJsonValue &v : endpoints) {
        const QJsonObject o = v.toObject();
        JsonReader e(o, idText);
        ServiceEndpoint ep;
        ep.service = e.string(QStringLiteral("service"));
        ep.locations = e.stringList(QStringLiteral("locations"));
        ep.provisioningState = e.string(QStringLiteral("provisioningState"));
        r.absorb(e);
        if (ep.service.isEmpty())
            r.addProblem(JsonReader::tr("a service endpoint has no 'service'"));
        else
            s.serviceEndpoints.append(ep);
    }
    const QJsonArray delegations = p.array(QStringLiteral("delegations"));
    for (const QJsonValue &v : delegations) {
        const QString service =
            v.toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("serviceName")).toString();
        if (!service.isEmpty())
            s.delegations.append(service);
        else
            r.addProblem(JsonReader::tr("a delegation has no 'serviceName'"));
    }
    const QJsonArray links = p.array(QStringLiteral("serviceAssociationLinks"));
    for (const QJsonValue &v : links) {
        const QString type = v.toObject()
                                 .value(QLatin1String("properties"))
                                 .toObject()
                                 .value(QLatin1String("linkedResourceType"))
                                 .toString();
        if (type.isEmpty())
            r.addProblem(JsonReader::tr("a service association link has no 'linkedResourceType'"));
        else if (!s.serviceLinks.contains(type, Qt::CaseInsensitive))
            s.serviceLinks.append(type);
    }
    readIpConfigurations(p.array(QStringLiteral("ipConfigurations")), s);
    s.networkSecurityGroupId = p.object(QStringLiteral("networkSecurityGroup")).value(QLatin1String("id")).toString();
    s.routeTableId = p.object(QStringLiteral("routeTable")).value(QLatin1String("id")).toString();
    s.natGatewayId = p.object(QStringLiteral("natGateway")).value(QLatin1String("id")).toString();
    s.privateEndpointCount = int(p.array(QStringLiteral("privateEndpoints")).size());
    r.absorb(p);

    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return s;
}

QJsonObject Subnet::withServiceEndpoint(const QJsonObject &freshJson, const QString &service, bool enabled)
{
    QJsonObject body = freshJson;
    QJsonObject props = body.value(QLatin1String("properties")).toObject();
    const QJsonArray current = props.value(QLatin1String("serviceEndpoints")).toArray();
    QJsonArray next;
    bool present = false;
    for (const QJsonValue &v : current) {
        QJsonObject e = v.toObject();
        const bool same = e.value(QLatin1String("service")).toString().compare(service, Qt::CaseInsensitive) == 0;
        if (same) {
            present = true;
            if (!enabled)
                continue;
        }
        e.remove(QStringLiteral("provisioningState")); // read-only
        next.append(e);
    }
    if (enabled && !present)
        next.append(QJsonObject{{QStringLiteral("service"), service}});
    props.insert(QStringLiteral("serviceEndpoints"), next);
    body.insert(QStringLiteral("properties"), props);
    return body;
}

} // namespace acrnet
