#pragma once

#include <QStringList>
#include <optional>

class QJsonObject;

namespace acrnet {

// A Microsoft Entra tenant the signed-in account can see (GET /tenants).
struct Tenant
{
    QString tenantId;
    QString displayName;
    QString defaultDomain;
    QStringList domains;
    QString category; // Home, ProjectedBy, ManagedBy

    static std::optional<Tenant> fromJson(const QJsonObject &json, QString *error);
};

} // namespace acrnet
