#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace acrnet::sandbox {

// Issues and checks the emulator's tokens: JWTs signed with RS256, as Microsoft Entra ID signs them, so standard
// libraries can validate them against the key published at /{tenant}/discovery/v2.0/keys. The RSA key is made once
// per process; each issuer has its own key ID, so a sandbox accepts only tokens it issued itself, unexpired.
class TokenIssuer
{
public:
    TokenIssuer();

    struct Claims
    {
        Claims() = default;
        Claims(const QString &tenant, const QString &subj, const QString &aud, qint64 expires,
               const QString &client = {}, bool isUser = false, const QString &scopes = {})
            : tenantId(tenant)
            , subject(subj)
            , audience(aud)
            , expiresAt(expires)
            , clientId(client)
            , user(isUser)
            , scope(scopes)
        {}

        QString tenantId;
        QString subject;  // user UPN or service principal client ID
        QString audience; // e.g. https://management.azure.com/
        qint64 expiresAt = 0;
        QString clientId;  // the application that asked (appid / azp); the subject for app-only tokens
        bool user = false; // delegated (scp, upn) rather than app-only (roles)
        QString scope;     // delegated permissions, e.g. "user_impersonation"
        QString issuer;    // set by verify()
    };

    // `issuerBase`: the sandbox's base URL; the token's iss is {issuerBase}/{tenant}/v2.0, as in its discovery
    // document.
    QString issue(const Claims &claims, const QString &issuerBase = QStringLiteral("https://sts.sandbox.local")) const;
    // An ID token for a user sign-in (aud = the client ID).
    QString issueIdToken(const QString &tenantId, const QString &upn, const QString &clientId, qint64 expiresAt,
                         const QString &issuerBase) const;
    // nullopt with *error set ("expired", "invalid signature", …) when the token is not acceptable.
    std::optional<Claims> verify(const QString &token, QString *error) const;
    QString newOpaqueSecret() const; // refresh tokens, device codes

    // The JSON Web Key Set that verifies these tokens: {"keys":[{"kty":"RSA","kid",…,"n","e"}]}.
    QJsonObject jwks(const QString &issuer) const;
    QString keyId() const { return m_keyId; }
    // A stable object ID for a principal (the same name always gives the same GUID).
    static QString objectIdOf(const QString &principal);

private:
    QByteArray sign(const QByteArray &headerAndPayload) const;
    QString m_keyId;
};

} // namespace acrnet::sandbox
