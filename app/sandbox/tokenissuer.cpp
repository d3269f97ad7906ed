#include "tokenissuer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace acrnet::sandbox {

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

TokenIssuer::TokenIssuer()
    : m_key(randomBytes(32))
{}

QString TokenIssuer::issue(const Claims &claims) const
{
    const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT","kid":"sandbox"})");
    const QJsonObject payload{{QStringLiteral("aud"), claims.audience},
                              {QStringLiteral("iss"), QString(QStringLiteral("https://sts.sandbox.local/") +
                                                              claims.tenantId + QLatin1Char('/'))},
                              {QStringLiteral("tid"), claims.tenantId},
                              {QStringLiteral("sub"), claims.subject},
                              {QStringLiteral("upn"), claims.subject},
                              {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
                              {QStringLiteral("exp"), claims.expiresAt},
                              {QStringLiteral("nonce"), QString::fromLatin1(b64(randomBytes(8)))}};
    const QByteArray body = header + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(body + '.' +
                               b64(QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256)));
}

std::optional<TokenIssuer::Claims> TokenIssuer::verify(const QString &token, QString *error) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        *error = QStringLiteral("The access token is not a JWT.");
        return std::nullopt;
    }
    const QByteArray body = parts.at(0) + '.' + parts.at(1);
    const QByteArray expected = b64(QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256));
    if (expected != parts.at(2)) {
        *error = QStringLiteral("The access token has an invalid signature (it was not issued by this sandbox).");
        return std::nullopt;
    }
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    Claims c;
    c.tenantId = payload.value(QLatin1String("tid")).toString();
    c.subject = payload.value(QLatin1String("sub")).toString();
    c.audience = payload.value(QLatin1String("aud")).toString();
    c.expiresAt = qint64(payload.value(QLatin1String("exp")).toDouble());
    if (c.expiresAt <= QDateTime::currentSecsSinceEpoch()) {
        *error = QStringLiteral("The access token expiry UTC time is earlier than current UTC time.");
        return std::nullopt;
    }
    return c;
}

QString TokenIssuer::newOpaqueSecret() const
{
    return QString::fromLatin1(b64(randomBytes(24)));
}

} // namespace acrnet::sandbox
