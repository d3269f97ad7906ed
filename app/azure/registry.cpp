#include "registry.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace acrnet {

std::optional<Registry> Registry::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    Registry reg;
    reg.json = RawJson(json);
    const QString idText = r.requiredString(QStringLiteral("id"));
    QString idError;
    reg.id = ResourceId::parseRegistry(idText, &idError);
    if (!idText.isEmpty() && !reg.id.isValid())
        r.addProblem(idError);
    reg.name = r.string(QStringLiteral("name"));
    if (reg.name.isEmpty())
        reg.name = reg.id.name();
    reg.location = r.string(QStringLiteral("location"));
    reg.sku = r.object(QStringLiteral("sku")).value(QLatin1String("name")).toString();
    if (reg.sku.isEmpty())
        r.addProblem(JsonReader::tr("missing field 'sku.name'"));

    const QJsonObject props = r.object(QStringLiteral("properties"));
    JsonReader p(props, idText);
    reg.loginServer = p.string(QStringLiteral("loginServer"));
    reg.provisioningState = p.string(QStringLiteral("provisioningState"));
    reg.publicNetworkAccess = p.string(QStringLiteral("publicNetworkAccess"));
    reg.networkRuleBypassOptions = p.string(QStringLiteral("networkRuleBypassOptions"));
    reg.dataEndpointEnabled = p.boolean(QStringLiteral("dataEndpointEnabled"));
    if (p.has(QStringLiteral("networkRuleSet"))) {
        QString setError;
        reg.networkRuleSet = NetworkRuleSet::fromJson(p.object(QStringLiteral("networkRuleSet")), idText, &setError);
        if (!reg.networkRuleSet) {
            r.absorb(p);
            if (error)
                *error = r.ok() ? setError : r.error();
            return std::nullopt;
        }
    }
    const QJsonArray pecs = p.array(QStringLiteral("privateEndpointConnections"));
    for (const QJsonValue &v : pecs) {
        const QJsonObject o = v.toObject();
        const QJsonObject pp = o.value(QLatin1String("properties")).toObject();
        const QJsonObject state = pp.value(QLatin1String("privateLinkServiceConnectionState")).toObject();
        PrivateEndpointConnection c;
        c.id = o.value(QLatin1String("id")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.privateEndpointId =
            pp.value(QLatin1String("privateEndpoint")).toObject().value(QLatin1String("id")).toString();
        c.status = state.value(QLatin1String("status")).toString();
        c.description = state.value(QLatin1String("description")).toString();
        c.provisioningState = pp.value(QLatin1String("provisioningState")).toString();
        reg.privateEndpointConnections.append(c);
    }
    r.absorb(p);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return reg;
}

} // namespace acrnet
