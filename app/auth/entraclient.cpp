#include "entraclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace acrnet {

EntraClient::EntraClient(QNetworkAccessManager *network, const Cloud &cloud, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(cloud)
{}

QPointer<QNetworkReply> EntraClient::post(const QString &tenant, const QString &endpoint, const QUrlQuery &form,
                                          QObject *context, Callback done)
{
    QUrl url = m_cloud.authority();
    url.setPath(url.path() + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") + endpoint);
    const bool tls = url.scheme() == QLatin1String("https");
    if (!tls && !(url.scheme() == QLatin1String("http") && Cloud::isLoopbackHost(url.host()))) {
        QTimer::singleShot(0, context, [done, url] {
            done({}, AuthError(AuthError::Kind::UntrustedHost, QString(), url.toString(QUrl::RemoveQuery)));
        });
        return {};
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    QUrlQuery encoded = form;
    QNetworkReply *reply = m_network->post(request, encoded.toString(QUrl::FullyEncoded).toUtf8());
    const QByteArray pin = m_cloud.pinnedCertificateSha256();
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!pin.isEmpty() && peer.digest(QCryptographicHash::Sha256) == pin)
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError && status == 0) {
            done({}, AuthError(AuthError::Kind::Cancelled, QString(), QString()));
            return;
        }
        if (status == 0) {
            done({}, AuthError(AuthError::Kind::Network, QString(), reply->errorString()));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (!doc.isObject()) {
            done({}, AuthError(AuthError::Kind::InvalidResponse, QString(),
                               QStringLiteral("HTTP %1: %2").arg(status).arg(parseError.errorString())));
            return;
        }
        const QJsonObject body = doc.object();
        if (status >= 400 || body.value(QLatin1String("error")).isString()) {
            done(body, AuthError::fromOAuth(body.value(QLatin1String("error")).toString(),
                                            body.value(QLatin1String("error_description")).toString()));
            return;
        }
        done(body, AuthError());
    });
    return reply;
}

TokenResponse EntraClient::tokenFrom(const QJsonObject &body, const QString &tenant)
{
    TokenResponse t;
    t.accessToken = body.value(QLatin1String("access_token")).toString();
    t.refreshToken = body.value(QLatin1String("refresh_token")).toString();
    t.expiresAtSecs = QDateTime::currentSecsSinceEpoch() + body.value(QLatin1String("expires_in")).toInt(3600);
    t.tenantId = tenant;
    // The id_token's claims (not verified here: it only names the account for display).
    const QList<QByteArray> parts = body.value(QLatin1String("id_token")).toString().toLatin1().split('.');
    if (parts.size() == 3) {
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
        t.account = claims.value(QLatin1String("upn")).toString();
        if (t.account.isEmpty())
            t.account = claims.value(QLatin1String("preferred_username")).toString();
        if (!claims.value(QLatin1String("tid")).toString().isEmpty())
            t.tenantId = claims.value(QLatin1String("tid")).toString();
    }
    return t;
}

} // namespace acrnet
