#pragma once

#include "sandboxhttp.h"
#include "store.h"

#include <optional>

namespace acrnet::sandbox {

// RFC 7396 JSON merge patch: objects merge key by key (recursively), null removes a key, anything else (arrays
// included) replaces. ARM applies PATCH bodies this way: a registry PATCH carrying only networkRuleSet.defaultAction
// keeps both rule arrays; an array that is sent replaces the stored one.
QJsonObject mergePatch(QJsonObject target, const QJsonObject &patch);

// A registry PATCH as ACR applies it: the body at its api-version (VNet rules under that version's key, or not at
// all), merged into the stored document, then checked as the service checks it.
class RegistryPatch
{
public:
    RegistryPatch(const Store &store, const QJsonObject &current, const QString &apiVersion)
        : m_store(store)
        , m_current(current)
        , m_version(apiVersion)
    {}

    // The registry after the body, or the service's refusal.
    std::optional<Reply> apply(const QJsonObject &body);
    QJsonObject result() const { return m_next; }
    // Subnets named by VNet rules that were not there before (for the provider trap).
    QStringList addedSubnets() const { return m_addedSubnets; }

private:
    std::optional<Reply> incoming(const QJsonObject &body, QJsonObject *out);
    std::optional<Reply> incomingVnetRules(const QJsonArray &rules, QJsonArray *out);
    std::optional<Reply> checkRuleSet(const QJsonObject &properties) const;
    std::optional<Reply> checkVnetRules(const QJsonObject &properties) const;
    std::optional<Reply> checkSettings(const QJsonObject &properties) const;

    const Store &m_store;
    QJsonObject m_current;
    QString m_version;
    QJsonObject m_next;
    QStringList m_addedSubnets;
    bool m_sendsVnetRules = false;
};

} // namespace acrnet::sandbox
