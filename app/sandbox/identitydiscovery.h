#pragma once

#include "context.h"

namespace acrnet::sandbox {

// What standard clients read before their first token request: the OpenID Connect discovery document of a tenant
// (or of organizations/common), the keys that verify the sandbox's tokens, Entra's instance discovery, and ARM's
// /metadata/endpoints describing the sandbox as a cloud (the Azure CLI's `az cloud register` and the SDKs read it).
class IdentityDiscovery : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

private:
    Reply openIdConfiguration(const Request &r, const QString &tenant);
    Reply instanceDiscovery(const Request &r);
    Reply cloudMetadata(const Request &r);
    // The ARM audiences tokens for this sandbox may carry.
    QStringList audiences() const;
};

} // namespace acrnet::sandbox
