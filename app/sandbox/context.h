#pragma once

#include "sandboxhttp.h"
#include "store.h"
#include "tokenissuer.h"

#include <optional>

namespace acrnet::sandbox {

// What every emulator shares: the state, the token issuer, and the base URL links are built from.
struct Context
{
    Store store;
    TokenIssuer tokens;
    QString baseUrl; // http(s)://127.0.0.1:PORT

    // 400 when api-version is missing or not one of `supported` (ARM's codes and wording).
    std::optional<Reply> checkApiVersion(const Request &r, const QStringList &supported,
                                         const QString &resourceType = {}) const;
    // 401 unless the bearer token was issued here, is unexpired, and (for a subscription) is for its tenant.
    std::optional<Reply> authorize(const Request &r, const QString &subscriptionId = {}) const;
    // One page of `items` (of pageSize, or the sandbox's page size), with a nextLink carrying $skipToken and the
    // request's other query parameters when more remain; `extra` members are added to every page's body.
    Reply page(const Request &r, const QJsonArray &items, int pageSize = 0, const QJsonObject &extra = {}) const;
    // 404 SubscriptionNotFound when the subscription does not exist.
    std::optional<Reply> requireSubscription(const QString &subscriptionId) const;
    std::optional<Reply> requireResourceGroup(const QString &subscriptionId, const QString &group) const;
    // The usual gate, in ARM's order: api-version, then the token (for the subscription's tenant), then that
    // the subscription exists (when one is named).
    std::optional<Reply> admit(const Request &r, const QStringList &versions, const QString &subscriptionId = {},
                               const QString &resourceType = {}) const;
    QString url(const QString &pathAndQuery) const { return baseUrl + pathAndQuery; }
};

// An emulated service: answers the requests it owns, returns nullopt for the others.
class Emulator
{
public:
    explicit Emulator(Context &context)
        : m_context(context)
    {}
    virtual ~Emulator() = default;
    virtual std::optional<Reply> handle(const Request &request) = 0;

protected:
    Context &m_context;
};

} // namespace acrnet::sandbox
