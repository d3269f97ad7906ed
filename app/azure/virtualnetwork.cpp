#include "virtualnetwork.h"
#include "jsonreader.h"

namespace acrnet {

std::optional<VirtualNetwork> VirtualNetwork::fromJson(const QJsonObject &json, QString *error, QStringList *warnings)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    VirtualNetwork v;
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
    // Each subnet keeps its own JSON; the VNet's keeps a stub ({"id"}) in its place (document() puts it back),
    // so a subnet's JSON is held once. One that does not parse stays whole in the VNet's.
    QJsonArray kept;
    for (const QJsonValue &sv : subnets) {
        QString subnetError;
        if (auto s = Subnet::fromJson(sv.toObject(), &subnetError)) {
            kept.append(QJsonObject{{QStringLiteral("id"), s->id.toString()}});
            v.subnets.append(*s);
        } else {
            kept.append(sv);
            if (warnings)
                warnings->append(subnetError);
        }
    }
    QJsonObject stored = json;
    if (!subnets.isEmpty()) {
        QJsonObject storedProps = props;
        storedProps.insert(QStringLiteral("subnets"), kept);
        stored.insert(QStringLiteral("properties"), storedProps);
    }
    v.json = RawJson(stored);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return v;
}

QJsonObject VirtualNetwork::document(const RawJson &json, const std::function<RawJson(const QString &key)> &subnetJson)
{
    QJsonObject doc = json.object();
    QJsonObject props = doc.value(QLatin1String("properties")).toObject();
    QJsonArray subnets = props.value(QLatin1String("subnets")).toArray();
    if (subnets.isEmpty())
        return doc;
    for (qsizetype i = 0; i < subnets.size(); ++i) {
        const QJsonObject entry = subnets.at(i).toObject();
        if (entry.size() != 1 || !entry.value(QLatin1String("id")).isString())
            continue;
        const RawJson full = subnetJson(entry.value(QLatin1String("id")).toString().toLower());
        if (!full.isEmpty())
            subnets.replace(i, full.object());
    }
    props.insert(QStringLiteral("subnets"), subnets);
    doc.insert(QStringLiteral("properties"), props);
    return doc;
}

QJsonObject VirtualNetwork::document() const
{
    // The stubs are in the order of `subnets` (fromJson kept both in the service's order): the next one is tried
    // first, so a VNet with many subnets is not a search per subnet.
    qsizetype next = 0;
    return document(json, [this, &next](const QString &key) {
        if (next < subnets.size() && subnets.at(next).id.key() == key)
            return subnets.at(next++).json;
        for (qsizetype i = 0; i < subnets.size(); ++i) {
            if (subnets.at(i).id.key() == key) {
                next = i + 1;
                return subnets.at(i).json;
            }
        }
        return RawJson();
    });
}

} // namespace acrnet
