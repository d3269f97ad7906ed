#pragma once

#include "context.h"

namespace acrnet::sandbox {

// Microsoft.ContainerRegistry registries: list/get projected by api-version as the real service does, PATCH of
// the network rule set with ACR's checks (Premium, limits, IPv4, private endpoints, cloud), the silent drop of
// rules whose subnet's subscription lacks the provider, usages, private endpoint connections, and the
// registry data plane's GET /v2/ for the access probe.
class RegistryProvider : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

    static QStringList versions();
    static bool hasVirtualNetworkRules(const QString &apiVersion);
    // The document as a client at apiVersion sees it.
    static QJsonObject project(const QJsonObject &stored, const QString &apiVersion);
    // Parses "a.b.c.d" or "a.b.c.d/n"; returns false for anything else (IPv6 included).
    static bool parseIpv4Range(const QString &text, quint32 *network, int *prefix);
    // What GET https://{registry}/v2/ answers a scenario host (empty: this machine): 401 when the network rules let
    // it in, 403 naming the address the registry saw, 404 for an unknown registry.
    static Reply dataPlaneAnswer(const Store &store, const QString &name, const QString &hostName);

private:
    static bool networkAllows(const QJsonObject &props, const QString &ip, bool viaEndpoint, const QString &subnet);
    static void scheduleSilentDrops(Store &st, const QString &key, const QStringList &addedSubnets);
    Reply patch(const Request &r, const QString &key);
    Reply dataPlane(const Request &r, const QString &name);
    Reply usages(const QJsonObject &doc);
    Reply operationStatus(const QString &id);
};

} // namespace acrnet::sandbox
