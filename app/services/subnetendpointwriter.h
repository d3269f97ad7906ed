#pragma once

#include "app/azure/armerror.h"
#include "app/azure/subnet.h"
#include "subscriptionaccess.h"

#include <QDateTime>
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
        QJsonObject before;   // the subnet as read before the change
        QJsonObject after;    // as read after it (after a failure: as read again; empty when that read failed too)
        bool sent = false;    // the PUT left: after a failure the subnet was read again before anything is claimed
        QDateTime verifiedAt; // a failure's re-read showed the subnet unchanged at this time
    };
    using ClientFor = std::function<SubscriptionAccess(const QString &subscriptionId)>;

    SubnetEndpointWriter(ClientFor clients, QObject *parent = nullptr);

    void apply(const QStringList &subnetIds, bool enable, const QString &service = Subnet::acrService());
    // Stops what has not been sent: the subnets not started yet, and the current one while it is only being read.
    // A PUT under way is never cut off (it would leave the subnet in an unknown state): it ends and is reported,
    // then the writer finishes. False when there is nothing left that can be stopped.
    bool canCancel() const { return !m_cancelled && (!m_writing || !m_queue.isEmpty()); }
    bool cancel();
    QList<Result> results() const { return m_results; }
    static QString azCommand(const ResourceId &subnet, const QJsonObject &fresh, bool enable,
                             const QString &service = Subnet::acrService());

signals:
    void subnetStarted(const QString &subnetId);
    void subnetFinished(const acrnet::SubnetEndpointWriter::Result &result);
    void finished(int changed, int unchanged, int failed);
    void exchanged(const QString &subnetId, const acrnet::ArmExchange &exchange);

private:
    void next();
    void done(Result result);
    void put(Result result, ArmClient *client, const ResourceId &subnet, const QJsonObject &fresh,
             const QJsonObject &body);
    void readBack(Result result, ArmClient *client, const ResourceId &subnet);

    ClientFor m_clients;
    QStringList m_queue;
    bool m_enable = true;
    QString m_service;
    QList<Result> m_results;
    QPointer<ArmJob> m_job;
    bool m_cancelled = false;
    bool m_writing = false; // a PUT of the current subnet has left
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::SubnetEndpointWriter::Result)
