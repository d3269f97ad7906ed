#pragma once

#include "app/azure/armerror.h"
#include "app/azure/cloud.h"
#include "registrychange.h"

#include <QElapsedTimer>
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
    // Only during the re-read, before the PATCH leaves: cancel() then reports failed(Cancelled, unchanged). Once the
    // PATCH has left nothing can call it back, and cancel() refuses (returns false).
    bool canCancel() const { return !m_sent; }
    bool cancel();
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
    // Right after the change, the registry differs from (what was re-read ∪ the edits) in more than dropped rules:
    // someone else changed it too. `lines` say what, in RegistryChangeDiff's words (desired → found).
    void changedByOthers(const acrnet::Registry &now, const QStringList &lines);
    void failed(const acrnet::ArmError &error, bool unchanged);
    // Every request the write sent, as it is answered (for the activity log).
    void exchanged(const acrnet::ArmExchange &exchange);

public:
    // From the re-read's answer to the PATCH's answer, in ms: the window in which a change by someone else would be
    // overwritten (the registry API has no etag). -1 before the first PATCH.
    qint64 lastWindowMs() const { return m_windowMs; }

private:
    void send(const Registry &fresh);
    void verifyLater(const Registry &final);
    void readBack(const ArmError &error);
    void reportOthers(const Registry &now);

    QPointer<ArmClient> m_client; // the account may be signed out while a write runs
    Registry m_opened;
    Registry m_fresh;
    RegistryNetworkConfig m_desired;
    QPointer<ArmJob> m_job;
    int m_verifyDelayMs = 15000;
    QElapsedTimer m_window;
    qint64 m_windowMs = -1;
    bool m_sent = false;
};

} // namespace acrnet
