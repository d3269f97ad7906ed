#include "tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

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

struct KeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct ContextDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, ContextDeleter>;

// One RSA-2048 key per process (making one takes tens of milliseconds; tests start hundreds of sandboxes).
EVP_PKEY *signingKey()
{
    static const Key key(EVP_RSA_gen(2048));
    return key.get();
}

QByteArray bigNumber(const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(signingKey(), name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

} // namespace

TokenIssuer::TokenIssuer()
    : m_keyId(QString::fromLatin1(b64(randomBytes(15))))
{
    signingKey(); // made now, at start-up, rather than on the first token request
}

QString TokenIssuer::objectIdOf(const QString &principal)
{
    static const QUuid ns(QStringLiteral("{6f0a3c52-6b8e-4b51-9d0e-5a7b1c2d3e4f}"));
    return QUuid::createUuidV5(ns, principal.toLower()).toString(QUuid::WithoutBraces);
}

QByteArray TokenIssuer::sign(const QByteArray &data) const
{
    DigestContext ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, signingKey()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, bytes, size_t(data.size())) != 1)
        return {};
    QByteArray signature(int(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes,
                       size_t(data.size())) != 1)
        return {};
    signature.resize(int(length));
    return signature;
}

QString TokenIssuer::issue(const Claims &claims, const QString &issuerBase) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_keyId},
                             {QStringLiteral("x5t"), m_keyId}};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString clientId = claims.clientId.isEmpty() ? claims.subject : claims.clientId;
    QJsonObject payload{
        {QStringLiteral("aud"), claims.audience},
        {QStringLiteral("iss"), QString(issuerBase + QLatin1Char('/') + claims.tenantId + QStringLiteral("/v2.0"))},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), claims.expiresAt},
        {QStringLiteral("tid"), claims.tenantId},
        {QStringLiteral("oid"), objectIdOf(claims.subject)},
        {QStringLiteral("sub"), objectIdOf(claims.subject + QLatin1Char('/') + clientId)},
        {QStringLiteral("appid"), clientId},
        {QStringLiteral("azp"), clientId},
        {QStringLiteral("appidacr"), claims.user ? QStringLiteral("0") : QStringLiteral("1")},
        {QStringLiteral("idtyp"), claims.user ? QStringLiteral("user") : QStringLiteral("app")},
        {QStringLiteral("ver"), QStringLiteral("2.0")},
        {QStringLiteral("uti"), QString::fromLatin1(b64(randomBytes(12)))}};
    if (claims.user) {
        payload.insert(QStringLiteral("upn"), claims.subject);
        payload.insert(QStringLiteral("preferred_username"), claims.subject);
        payload.insert(QStringLiteral("scp"),
                       claims.scope.isEmpty() ? QStringLiteral("user_impersonation") : claims.scope);
    } else {
        payload.insert(QStringLiteral("roles"), QJsonArray());
    }
    const QByteArray body = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                            b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(body + '.' + b64(sign(body)));
}

QString TokenIssuer::issueIdToken(const QString &tenantId, const QString &upn, const QString &clientId,
                                  qint64 expiresAt, const QString &issuerBase) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_keyId}};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("iss"), QString(issuerBase + QLatin1Char('/') + tenantId + QStringLiteral("/v2.0"))},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), expiresAt},
        {QStringLiteral("tid"), tenantId},
        {QStringLiteral("oid"), objectIdOf(upn)},
        {QStringLiteral("sub"), objectIdOf(upn + QLatin1Char('/') + clientId)},
        {QStringLiteral("upn"), upn},
        {QStringLiteral("preferred_username"), upn},
        {QStringLiteral("name"), upn.section(QLatin1Char('@'), 0, 0)},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
    const QByteArray body = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                            b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(body + '.' + b64(sign(body)));
}

std::optional<TokenIssuer::Claims> TokenIssuer::verify(const QString &token, QString *error) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        *error = QStringLiteral("The access token is not a JWT.");
        return std::nullopt;
    }
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding)).object();
    const QByteArray body = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
    DigestContext ctx(EVP_MD_CTX_new());
    const bool valid =
        header.value(QLatin1String("alg")).toString() == QLatin1String("RS256") &&
        header.value(QLatin1String("kid")).toString() == m_keyId && ctx &&
        EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, signingKey()) == 1 &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char *>(body.constData()),
                         size_t(body.size())) == 1;
    if (!valid) {
        *error = QStringLiteral("The access token has an invalid signature (it was not issued by this sandbox).");
        return std::nullopt;
    }
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    Claims c;
    c.tenantId = payload.value(QLatin1String("tid")).toString();
    c.user = payload.value(QLatin1String("idtyp")).toString() == QLatin1String("user");
    c.clientId = payload.value(QLatin1String("appid")).toString();
    c.subject = c.user ? payload.value(QLatin1String("upn")).toString() : c.clientId;
    c.audience = payload.value(QLatin1String("aud")).toString();
    c.scope = payload.value(QLatin1String("scp")).toString();
    c.issuer = payload.value(QLatin1String("iss")).toString();
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

QJsonObject TokenIssuer::jwks(const QString &issuer) const
{
    const QJsonObject key{{QStringLiteral("kty"), QStringLiteral("RSA")},
                          {QStringLiteral("use"), QStringLiteral("sig")},
                          {QStringLiteral("alg"), QStringLiteral("RS256")},
                          {QStringLiteral("kid"), m_keyId},
                          {QStringLiteral("x5t"), m_keyId},
                          {QStringLiteral("n"), QString::fromLatin1(b64(bigNumber(OSSL_PKEY_PARAM_RSA_N)))},
                          {QStringLiteral("e"), QString::fromLatin1(b64(bigNumber(OSSL_PKEY_PARAM_RSA_E)))},
                          {QStringLiteral("issuer"), issuer}};
    return {{QStringLiteral("keys"), QJsonArray{key}}};
}

} // namespace acrnet::sandbox
