#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <functional>
#include <optional>

namespace acrnet::sandbox {

// Behaviour knobs a scenario sets (and tests change through /_sandbox/faults).
struct Settings
{
    QString cloud = QStringLiteral("AzureCloud");
    QString callerIp = QStringLiteral("203.0.113.10"); // the public address "this machine" has
    int tokenLifetimeSeconds = 3600;
    bool autoApproveDeviceCodes = false;
    int deviceCodeIntervalSeconds = 5;
    int deviceCodeExpiresInSeconds = 900;
    int provisioningDelayMs = 1500; // subnet and async registry updates
    int registrationDelayMs = 3000; // provider registration
    int silentDropDelayMs = 4000;   // a rule to a subnet whose subscription lacks the provider vanishes
    int resourceGroupDeleteDelayMs = 2000;
    int pageSize = 100;
    bool asyncRegistryUpdates = false; // PATCH answers 201 + Azure-AsyncOperation instead of 200
    int vnetRuleLimit = 100;
    int ipRuleLimit = 200;
    bool graphIncludesVirtualNetworkRules = false; // Resource Graph rows of registries carry VNet rules

    void merge(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Injected faults. Rates are probabilities per ARM request; "next" counters hit the next N requests.
struct Faults
{
    int latencyMs = 0;
    int jitterMs = 0;
    double throttleRate = 0;
    double errorRate = 0;
    double dropRate = 0;
    double lroFailRate = 0;
    int throttleNext = 0;
    int errorNext = 0;
    int dropNext = 0;
    int lroFailNext = 0;
    QStringList deniedSubscriptions; // lower-case IDs: every request under them answers 403 AuthorizationFailed
    // Lower-case subnet IDs: right after the next GET of one, "someone else" writes it (its etag changes), so a
    // read-modify-write that follows sees a concurrent change. One-shot per entry.
    QStringList concurrentWriteAfterRead;
    // The next N Resource Graph queries answer 400 (not retried), so a client's fallback can be seen.
    int graphErrorNext = 0;
    // The next N Resource Graph pages that have a next page name two: a first "$skipToken" that leads nowhere, then
    // the real one (a broken or hostile server; JSON parsers keep the last of duplicate names, scans the first).
    int graphTwoNextPagesNext = 0;

    void merge(const QJsonObject &json);
    QJsonObject toJson() const;
};

// The sandbox's whole state: resources kept as JSON documents shaped like the specifications (no client code
// is shared), keyed by lower-cased resource ID, plus pending long-running operations and timed effects.
class Store
{
public:
    struct Operation
    {
        QString status = QStringLiteral("InProgress");
        qint64 dueMs = 0;
        bool fails = false;
        QString errorCode;
        QString errorMessage;
        std::function<void(Store &)> onSucceeded;
        std::function<void(Store &)> onFailed;
        bool settled = false;
    };

    Store();

    Settings settings;
    Faults faults;
    QJsonArray tenants;           // {tenantId, displayName, defaultDomain, domains, requiresInteraction}
    QJsonArray users;             // {upn, displayName, tenants: [tenantId]}
    QJsonArray servicePrincipals; // {clientId, secret, tenantId, displayName}
    QJsonArray hosts;             // {name, subnetId, publicIp}: machines whose access the data plane evaluates
    QMap<QString, QJsonObject> subscriptions; // {subscriptionId, displayName, tenantId, state, providers{ns: state}}
    QMap<QString, QJsonObject> resourceGroups;
    QMap<QString, QJsonObject> virtualNetworks;
    QMap<QString, QJsonObject> registries;
    // What hosts connect through and run on: NAT gateways, public IP addresses and prefixes, network interfaces and
    // virtual machines, keyed by lower-case ID.
    QMap<QString, QJsonObject> resources;

    qint64 nowMs() const { return m_clock.elapsed(); }
    QRandomGenerator &random() { return m_random; }
    QString newGuid();
    QString newEtag();

    // Applies every operation and timed effect that is due. Called before each request is handled.
    void advance();
    QString startOperation(int delayMs, bool fails, std::function<void(Store &)> onSucceeded,
                           std::function<void(Store &)> onFailed = {});
    std::optional<Operation> operation(const QString &id) const;
    void schedule(int delayMs, std::function<void(Store &)> effect);

    // Lookups by resource ID (case-insensitive).
    QJsonObject *findSubscription(const QString &subscriptionId);
    QString tenantOfSubscription(const QString &subscriptionId) const;
    std::optional<QJsonObject> subnet(const QString &subnetId) const;
    bool replaceSubnet(const QString &subnetId, const QJsonObject &subnet);
    QString providerState(const QString &subscriptionId, const QString &providerNamespace) const;
    // A scenario host by name (case-insensitive), or nullopt.
    std::optional<QJsonObject> host(const QString &name) const;
    // The public address a host's traffic to a public endpoint leaves from: its subnet's NAT gateway first (as in
    // Azure, it takes precedence), then the host's own public IP, else Azure's default outbound address.
    QString egressAddress(const QJsonObject &host) const;

    QJsonObject toJson() const;
    // Restores a state saved with toJson() (--state FILE); pending operations are not saved.
    bool loadJson(const QJsonObject &json, QString *error);

private:
    struct Timed
    {
        qint64 dueMs;
        std::function<void(Store &)> effect;
    };

    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    QHash<QString, Operation> m_operations;
    QList<Timed> m_timed;
};

} // namespace acrnet::sandbox
