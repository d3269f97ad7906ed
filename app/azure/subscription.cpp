#include "subscription.h"

#include "jsonreader.h"
#include "tenant.h"
#include <QRegularExpression>

namespace acrnet {

std::optional<Tenant> Tenant::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    Tenant t;
    t.tenantId = r.requiredString(QStringLiteral("tenantId"));
    t.displayName = r.string(QStringLiteral("displayName"));
    t.defaultDomain = r.string(QStringLiteral("defaultDomain"));
    t.domains = r.stringList(QStringLiteral("domains"));
    t.category = r.string(QStringLiteral("tenantCategory"));
    if (t.displayName.isEmpty())
        t.displayName = t.defaultDomain.isEmpty() ? t.tenantId : t.defaultDomain;
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return t;
}

std::optional<Subscription> Subscription::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    Subscription s;
    s.subscriptionId = r.requiredString(QStringLiteral("subscriptionId"));
    // It goes into URL paths: letters, digits and hyphens only (a GUID), never '/', '?', '%' or '..'.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!s.subscriptionId.isEmpty() && !safe.match(s.subscriptionId).hasMatch())
        r.addProblem(JsonReader::tr("subscriptionId '%1' is not a subscription ID (letters, digits and hyphens)")
                         .arg(s.subscriptionId));
    s.displayName = r.string(QStringLiteral("displayName"));
    s.tenantId = r.string(QStringLiteral("tenantId"));
    s.state = r.string(QStringLiteral("state"));
    s.id = ResourceId::forSubscription(s.subscriptionId);
    if (s.displayName.isEmpty())
        s.displayName = s.subscriptionId;
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return s;
}

std::optional<ResourceGroup> ResourceGroup::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    ResourceGroup g;
    QString idError;
    g.id = ResourceId::parse(r.requiredString(QStringLiteral("id")), &idError);
    g.name = r.requiredString(QStringLiteral("name"));
    g.location = r.string(QStringLiteral("location"));
    g.provisioningState = r.object(QStringLiteral("properties")).value(QLatin1String("provisioningState")).toString();
    if (r.has(QStringLiteral("id")) && !g.id.isValid())
        r.addProblem(idError);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return g;
}

ProviderRegistration::State ProviderRegistration::stateFromString(const QString &s)
{
    if (s.compare(QLatin1String("Registered"), Qt::CaseInsensitive) == 0)
        return State::Registered;
    if (s.compare(QLatin1String("NotRegistered"), Qt::CaseInsensitive) == 0 ||
        s.compare(QLatin1String("Unregistered"), Qt::CaseInsensitive) == 0)
        return State::NotRegistered;
    if (s.compare(QLatin1String("Registering"), Qt::CaseInsensitive) == 0)
        return State::Registering;
    if (s.compare(QLatin1String("Unregistering"), Qt::CaseInsensitive) == 0)
        return State::Unregistering;
    return State::Unknown;
}

std::optional<ProviderRegistration> ProviderRegistration::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json, json.value(QLatin1String("id")).toString());
    ProviderRegistration p;
    p.providerNamespace = r.requiredString(QStringLiteral("namespace"));
    p.registrationState = r.requiredString(QStringLiteral("registrationState"));
    p.state = stateFromString(p.registrationState);
    const ResourceId id = ResourceId::parse(r.string(QStringLiteral("id")));
    p.subscriptionId = id.subscriptionId();
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return p;
}

} // namespace acrnet
