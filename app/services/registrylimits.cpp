#include "registrylimits.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"
#include "app/azure/resourceid.h"

#include <QJsonArray>

namespace acrnet {

RegistryLimitsReader::RegistryLimitsReader(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

int RegistryLimitsReader::vnetRuleLimit(const QByteArray &body, QString *error)
{
    for (const QJsonValue &v : parseJsonObject(body, error).value(QLatin1String("value")).toArray()) {
        const QJsonObject u = v.toObject();
        if (u.value(QLatin1String("name")).toString() == QLatin1String("VNetRules") &&
            u.value(QLatin1String("limit")).toInt() > 0)
            return u.value(QLatin1String("limit")).toInt();
    }
    if (error && error->isEmpty())
        *error = QStringLiteral("the usages carry no VNetRules limit");
    return 0;
}

void RegistryLimitsReader::start(const ResourceId &registryId)
{
    if (!m_client) {
        emit failed(ArmError(ArmError::Kind::SignedOut, {}));
        return;
    }
    ArmRequestJob *job =
        m_client->get(registryId.toString() + QStringLiteral("/listUsages"), ApiVersions::registries());
    connect(job, &ArmRequestJob::failed, this, &RegistryLimitsReader::failed);
    connect(job, &ArmRequestJob::finished, this, [this](const ArmResponse &r) {
        QString error;
        const int limit = vnetRuleLimit(r.body, &error);
        if (limit > 0)
            emit read(limit);
        else
            emit failed(ArmError(ArmError::Kind::InvalidResponse, error));
    });
    job->start();
}

} // namespace acrnet
