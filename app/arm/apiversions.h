#pragma once

#include <QString>

namespace acrnet {

// The one table of api-versions the app speaks. Registries use a version that still has
// networkRuleSet.virtualNetworkRules (the Azure CLI pins the same one for network rules).
namespace ApiVersions {
inline QString registries()
{
    return QStringLiteral("2021-08-01-preview");
}
inline QString network()
{
    return QStringLiteral("2024-01-01");
}
inline QString subscriptions()
{
    return QStringLiteral("2022-12-01");
}
inline QString tenants()
{
    return QStringLiteral("2022-12-01");
}
inline QString providers()
{
    return QStringLiteral("2021-04-01");
}
inline QString resourceGroups()
{
    return QStringLiteral("2021-04-01");
}
inline QString resourceGraph()
{
    return QStringLiteral("2021-03-01");
}
} // namespace ApiVersions

} // namespace acrnet
