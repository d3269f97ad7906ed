#pragma once

#include "app/azure/cloud.h"
#include "autherror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace acrnet {

// Tokens as Entra ID returns them. The access token lives in memory only.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresAtSecs = 0; // epoch seconds
    QString tenantId;
    QString account; // UPN from the id_token, or the client ID
};

// The Microsoft Entra ID v2 endpoints of one cloud's authority: device code, token (device code, client
// credentials, refresh). Form posts only over TLS (or to a loopback sandbox).
class EntraClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QJsonObject &body, const AuthError &error)>;

    EntraClient(QNetworkAccessManager *network, const Cloud &cloud, QObject *parent = nullptr);
    const Cloud &cloud() const { return m_cloud; }

    // POST {authority}/{tenant}/oauth2/v2.0/{endpoint}; done() runs later with the JSON body or an error.
    // The returned reply may be aborted to cancel (done() then reports Cancelled).
    QPointer<QNetworkReply> post(const QString &tenant, const QString &endpoint, const QUrlQuery &form,
                                 QObject *context, Callback done);

    // Fills a TokenResponse from a token endpoint body.
    static TokenResponse tokenFrom(const QJsonObject &body, const QString &tenant);

private:
    QNetworkAccessManager *m_network;
    Cloud m_cloud;
};

} // namespace acrnet
Q_DECLARE_METATYPE(acrnet::TokenResponse)
