#pragma once

#include "app/arm/armerror.h"
#include "app/azure/cloud.h"
#include "registrychange.h"

#include <QObject>
#include <QPointer>

namespace acrnet {

class ArmClient;
class ArmJob;

// Applies a registry's network configuration safely: re-reads the registry first and stops with conflict() if
// anyone changed it since the editor opened (nothing is sent); otherwise one PATCH of the whole rule set, polled
// to completion, then verified against the final state. A rule the service dropped right away, or — on a second
// read a little later — silently (the provider trap), is reported by name. After a failure the registry is read
// again to say whether it is unchanged.
class RegistryRulesWriter : public QObject
{
    Q_OBJECT

public:
    explicit RegistryRulesWriter(ArmClient *client, QObject *parent = nullptr);

    void apply(const Registry &opened, const RegistryNetworkConfig &desired);
    void cancel();
    // The second read that catches rules dropped after the fact (0: none).
    void setVerifyDelayMs(int ms) { m_verifyDelayMs = ms; }
    // The ARM request apply() sends: method, URL and body (no token).
    static QString requestText(const Cloud &cloud, const Registry &registry, const RegistryNetworkConfig &desired);

signals:
    void progress(const QString &status);
    void conflict(const acrnet::Registry &fresh);
    void succeeded(const acrnet::Registry &final, const QStringList &missingSubnets);
    void rulesVanished(const acrnet::Registry &later, const QStringList &subnets);
    void verified(const acrnet::Registry &later);
    void failed(const acrnet::ArmError &error, bool unchanged);

private:
    void send(const Registry &fresh);
    void verifyLater(const Registry &final);
    void readBack(const ArmError &error);

    QPointer<ArmClient> m_client; // the account may be signed out while a write runs
    Registry m_opened;
    Registry m_fresh;
    RegistryNetworkConfig m_desired;
    QPointer<ArmJob> m_job;
    int m_verifyDelayMs = 15000;
};

} // namespace acrnet
