#pragma once

#include "app/azure/armerror.h"

#include <QObject>
#include <QPointer>

namespace acrnet {

class ArmClient;
class ResourceId;

// A registry's own limits from its usages API (`listUsages`): how many VNet rules it may hold. Reports read() or
// failed() once; a body that does not say is InvalidResponse, never a made-up limit.
class RegistryLimitsReader : public QObject
{
    Q_OBJECT

public:
    explicit RegistryLimitsReader(ArmClient *client, QObject *parent = nullptr);
    void start(const ResourceId &registryId);
    // The VNet-rule limit in a listUsages body; 0 with `error` set when the body does not carry one.
    static int vnetRuleLimit(const QByteArray &body, QString *error);

signals:
    void read(int vnetRuleLimit);
    void failed(const acrnet::ArmError &error);

private:
    QPointer<ArmClient> m_client;
};

} // namespace acrnet
