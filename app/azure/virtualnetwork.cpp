#include "virtualnetwork.h"
#include "jsonreader.h"

namespace acrnet {

std::optional<VirtualNetwork> VirtualNetwork::fromJson(const QJsonObject &json, QString *error, QStringList *warnings)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    VirtualNetwork v;
    v.json = RawJson(json);
    const QString idText = r.requiredString(QStringLiteral("id"));
    QString idError;
    v.id = ResourceId::parseOfType(idText, ResourceTypes::virtualNetwork(), &idError);
    if (!idText.isEmpty() && !v.id.isValid())
        r.addProblem(idError);
    v.name = r.string(QStringLiteral("name"));
    if (v.name.isEmpty())
        v.name = v.id.name();
    v.location = r.string(QStringLiteral("location"));
    v.etag = r.string(QStringLiteral("etag"));
    const QJsonObject props = r.object(QStringLiteral("properties"));
    v.provisioningState = props.value(QLatin1String("provisioningState")).toString();
    JsonReader pr(props, idText);
    JsonReader space(pr.object(QStringLiteral("addressSpace")), idText);
    v.addressPrefixes = space.stringList(QStringLiteral("addressPrefixes"));
    const QJsonArray subnets = pr.array(QStringLiteral("subnets"));
    r.absorb(pr);
    r.absorb(space);
    for (const QJsonValue &sv : subnets) {
        QString subnetError;
        if (auto s = Subnet::fromJson(sv.toObject(), &subnetError))
            v.subnets.append(*s);
        else if (warnings)
            warnings->append(subnetError);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return v;
}

} // namespace acrnet
