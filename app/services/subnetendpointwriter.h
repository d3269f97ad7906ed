#pragma once

#include "app/arm/armerror.h"
#include "app/azure/subnet.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace acrnet {

class ArmClient;
class ArmJob;

// Enables or disables the Microsoft.ContainerRegistry service endpoint on subnets, one after the other (subnets
// of one VNet cannot be updated at once). Each subnet is read fresh, sent back with only serviceEndpoints changed
// and If-Match on its etag, polled to completion and read again. One failure does not stop the others.
class SubnetEndpointWriter : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Changed, AlreadyThatWay, Failed };
    struct Result
    {
        QString subnetId;
        Outcome outcome = Outcome::Failed;
        ArmError error;
        QJsonObject before; // the subnet as read before the change
        QJsonObject after;  // as read after it
    };
    using ClientFor = std::function<ArmClient *(const QString &subscriptionId)>;

    SubnetEndpointWriter(ClientFor clients, QObject *parent = nullptr);

    void apply(const QStringList &subnetIds, bool enable, const QString &service = Subnet::acrService());
    void cancel();
    QList<Result> results() const { return m_results; }
    static QString azCommand(const ResourceId &subnet, const QJsonObject &fresh, bool enable,
                             const QString &service = Subnet::acrService());

signals:
    void subnetStarted(const QString &subnetId);
    void subnetFinished(const acrnet::SubnetEndpointWriter::Result &result);
    void finished(int changed, int unchanged, int failed);

private:
    void next();
    void done(Result result);

    ClientFor m_clients;
    QStringList m_queue;
    bool m_enable = true;
    QString m_service;
    QList<Result> m_results;
    QPointer<ArmJob> m_job;
    bool m_cancelled = false;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::SubnetEndpointWriter::Result)
