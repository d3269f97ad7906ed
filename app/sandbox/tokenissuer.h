#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace acrnet::sandbox {

// Issues and checks the emulator's access tokens: JWT-shaped (so SDKs that peek at claims work), signed with
// HMAC-SHA256 under a key made at start, so ARM accepts only tokens this emulator issued and unexpired.
class TokenIssuer
{
public:
    TokenIssuer();

    struct Claims
    {
        QString tenantId;
        QString subject;  // user UPN or service principal client id
        QString audience; // e.g. https://management.azure.com/
        qint64 expiresAt = 0;
    };

    QString issue(const Claims &claims) const;
    // nullopt with *error set ("expired", "invalid signature", …) when the token is not acceptable.
    std::optional<Claims> verify(const QString &token, QString *error) const;
    QString newOpaqueSecret() const; // refresh tokens, device codes

private:
    QByteArray m_key;
};

} // namespace acrnet::sandbox
