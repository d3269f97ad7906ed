#pragma once

#include "sandboxhttp.h"
#include "store.h"

namespace acrnet::sandbox {

// What every Entra ID endpoint of the sandbox shares: which tenant a path names, and OAuth's error shape.
namespace EntraDirectory {

// The tenant ID for a tenant ID or one of its domains (case-insensitive), the alias itself for "organizations",
// "common" or "consumers", or an empty string when the directory has no such tenant.
QString resolveTenant(const Store &store, const QString &name);
bool isAlias(const QString &tenant);
// {"error","error_description":"AADSTS<code>: …","error_codes":[code],"timestamp","trace_id","correlation_id"}.
// The correlation ID is the request's client-request-id when it sent one.
Reply oauthError(const Request &request, int status, const QString &error, int code, const QString &description);
// AADSTS90002, as Entra answers for a tenant it does not know.
Reply unknownTenant(const Request &request, const QString &tenant);

} // namespace EntraDirectory

} // namespace acrnet::sandbox
