#pragma once

#include "app/inventory/inventory.h"

#include <QObject>
#include <QPointer>

namespace acrnet {

class ArmClient;
class ArmRequestJob;

// Reads what decides where a subscription's outbound traffic leaves from: the NAT gateways its subnets name, and
// their public IP addresses and prefixes. Only gateways that are named are read (an estate without NAT gateways
// costs nothing). A gateway that cannot be read is kept with its error and a warning, so the evaluator says
// "depends" with the reason instead of guessing. Emits resolved() exactly once (also when cancelled: with the
// gateways marked "not read").
class EgressResolver : public QObject
{
    Q_OBJECT

public:
    EgressResolver(ArmClient *client, QObject *parent = nullptr);
    void resolve(const SubscriptionInventory &inventory);
    void cancel();

signals:
    void resolved(const acrnet::SubscriptionInventory &inventory);

private:
    void readGateway(int index);
    void readAddress(int index, const QString &id, bool prefix);
    void fail(int index, const QString &error);
    void oneDone();

    ArmClient *m_client;
    SubscriptionInventory m_inventory;
    QList<QPointer<ArmRequestJob>> m_jobs;
    int m_outstanding = 0;
    bool m_done = false;
};

} // namespace acrnet
