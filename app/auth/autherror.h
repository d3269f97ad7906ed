#pragma once

#include <QCoreApplication>
#include <QString>

namespace acrnet {

// Why a sign-in or token request did not give a token, with a translated text an administrator understands.
class AuthError
{
    Q_DECLARE_TR_FUNCTIONS(AuthError)

public:
    enum class Kind {
        None,
        Pending,             // device code: not approved yet (keep polling)
        SlowDown,            // device code: polling too fast
        Declined,            // the user declined the sign-in
        Expired,             // the device code expired
        InvalidClient,       // wrong client secret or unknown application
        InvalidGrant,        // refresh token revoked/expired, or account not in that tenant: sign in again
        InteractionRequired, // MFA or conditional access in this tenant
        InvalidScope,
        Network,
        UntrustedHost, // an authority that is neither TLS nor loopback
        InvalidResponse,
        Cancelled,
        KeychainUnavailable,
        NotSignedIn, // nothing in the keychain for this account
        CliMissing,  // Azure CLI not installed
        CliNotLoggedIn,
        CliFailed,
        Other,
    };

    AuthError() = default;
    AuthError(Kind kind, const QString &code, const QString &description);
    // From an OAuth 2.0 error body {"error","error_description"}.
    static AuthError fromOAuth(const QString &error, const QString &description);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString description() const { return m_description; }
    QString userText() const;

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_description;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::AuthError)
