#include "autherror.h"

namespace acrnet {

AuthError::AuthError(Kind kind, const QString &code, const QString &description)
    : m_kind(kind)
    , m_code(code)
    , m_description(description)
{}

AuthError AuthError::fromOAuth(const QString &error, const QString &description)
{
    Kind kind = Kind::Other;
    if (error == QLatin1String("authorization_pending"))
        kind = Kind::Pending;
    else if (error == QLatin1String("slow_down"))
        kind = Kind::SlowDown;
    else if (error == QLatin1String("authorization_declined") || error == QLatin1String("access_denied"))
        kind = Kind::Declined;
    else if (error == QLatin1String("expired_token"))
        kind = Kind::Expired;
    else if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        kind = Kind::InvalidClient;
    else if (error == QLatin1String("invalid_grant") || error == QLatin1String("bad_verification_code"))
        kind = Kind::InvalidGrant;
    else if (error == QLatin1String("interaction_required") || error == QLatin1String("consent_required"))
        kind = Kind::InteractionRequired;
    else if (error == QLatin1String("invalid_scope"))
        kind = Kind::InvalidScope;
    return {kind, error, description};
}

QString AuthError::userText() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Pending:
        text = tr("Waiting for you to sign in in the browser.");
        break;
    case Kind::SlowDown:
        text = tr("The sign-in service asked to wait longer between checks.");
        break;
    case Kind::Declined:
        text = tr("The sign-in was declined in the browser.");
        break;
    case Kind::Expired:
        text = tr("The sign-in code expired before it was used. Start the sign-in again.");
        break;
    case Kind::InvalidClient:
        text = tr("The application ID or client secret was not accepted. Check them in the app registration (and "
                  "that you copied the secret's value, not its ID).");
        break;
    case Kind::InvalidGrant:
        text =
            tr("The saved sign-in is no longer valid (expired, revoked, or not valid for this tenant). Sign in again.");
        break;
    case Kind::InteractionRequired:
        text = tr("This tenant requires you to sign in interactively (multi-factor authentication or a conditional "
                  "access policy). Sign in to this tenant from the Accounts dialog.");
        break;
    case Kind::InvalidScope:
        text = tr("The sign-in service rejected the requested permissions.");
        break;
    case Kind::Network:
        text = tr("Could not reach the sign-in service. Check your network connection and proxy settings.");
        break;
    case Kind::UntrustedHost:
        text = tr("Refused to sign in over an unencrypted connection.");
        break;
    case Kind::InvalidResponse:
        text = tr("The sign-in service sent an answer that could not be understood.");
        break;
    case Kind::Cancelled:
        text = tr("Sign-in cancelled.");
        break;
    case Kind::KeychainUnavailable:
        text = tr("The system keychain is not available, so the sign-in cannot be remembered.");
        break;
    case Kind::NotSignedIn:
        text = tr("Not signed in.");
        break;
    case Kind::CliMissing:
        text =
            tr("The Azure CLI (az) is not installed or not on the PATH. Install it, or choose another sign-in method.");
        break;
    case Kind::CliNotLoggedIn:
        text = tr("The Azure CLI is not signed in. Run 'az login' in a terminal, then try again.");
        break;
    case Kind::CliFailed:
        text = tr("The Azure CLI could not provide a token.");
        break;
    case Kind::Other:
        text = tr("Sign-in failed.");
        break;
    }
    if (!m_description.isEmpty() && m_kind != Kind::Pending)
        text += QLatin1Char(' ') + m_description;
    return text;
}

} // namespace acrnet
