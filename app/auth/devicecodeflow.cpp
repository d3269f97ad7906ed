#include "devicecodeflow.h"

#include <QNetworkReply>

namespace acrnet {

DeviceCodeFlow::DeviceCodeFlow(EntraClient *entra, const QString &tenant, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_entra(entra)
    , m_tenant(tenant)
    , m_clientId(clientId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

QString DeviceCodeFlow::scope() const
{
    return m_entra->cloud().armScope() + QStringLiteral(" offline_access openid profile");
}

int DeviceCodeFlow::remainingSeconds() const
{
    return m_started.isValid() ? qMax(0, m_expiresIn - int(m_started.elapsed() / 1000)) : m_expiresIn;
}

void DeviceCodeFlow::start()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("scope"), scope());
    m_reply = m_entra->post(
        m_tenant, QStringLiteral("devicecode"), form, this, [this](const QJsonObject &body, const AuthError &error) {
            if (m_done)
                return;
            if (error.isError()) {
                fail(error);
                return;
            }
            m_deviceCode = body.value(QLatin1String("device_code")).toString();
            m_intervalSeconds = qMax(1, body.value(QLatin1String("interval")).toInt(5));
            m_expiresIn = body.value(QLatin1String("expires_in")).toInt(900);
            Code code{body.value(QLatin1String("user_code")).toString(),
                      QUrl(body.value(QLatin1String("verification_uri")).toString()), m_expiresIn,
                      body.value(QLatin1String("message")).toString()};
            if (m_deviceCode.isEmpty() || code.userCode.isEmpty()) {
                fail(AuthError(AuthError::Kind::InvalidResponse, QString(), tr("No device code in the answer.")));
                return;
            }
            m_started.start();
            emit codeReady(code);
            m_timer.start(m_intervalSeconds * 1000);
        });
}

void DeviceCodeFlow::cancel()
{
    if (m_done)
        return;
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
    fail(AuthError(AuthError::Kind::Cancelled, QString(), QString()));
}

void DeviceCodeFlow::poll()
{
    if (remainingSeconds() <= 0) {
        fail(AuthError(AuthError::Kind::Expired, QStringLiteral("expired_token"), QString()));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    m_reply = m_entra->post(m_tenant, QStringLiteral("token"), form, this,
                            [this](const QJsonObject &body, const AuthError &error) {
                                if (m_done)
                                    return;
                                if (error.kind() == AuthError::Kind::Pending) {
                                    m_timer.start(m_intervalSeconds * 1000);
                                    return;
                                }
                                if (error.kind() == AuthError::Kind::SlowDown) {
                                    m_intervalSeconds += 5; // RFC 8628 §3.5
                                    m_timer.start(m_intervalSeconds * 1000);
                                    return;
                                }
                                if (error.isError()) {
                                    fail(error);
                                    return;
                                }
                                m_done = true;
                                emit finished(EntraClient::tokenFrom(body, m_tenant));
                            });
}

void DeviceCodeFlow::fail(const AuthError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    emit failed(error);
}

} // namespace acrnet
