#include "devicecodeflow.h"

#include <QNetworkReply>

namespace acrnet {

std::optional<DeviceCodeFlow::CodeAnswer> DeviceCodeFlow::parseCodeAnswer(const QJsonObject &body, QString *error)
{
    CodeAnswer a;
    a.deviceCode = body.value(QLatin1String("device_code")).toString();
    a.code.userCode = body.value(QLatin1String("user_code")).toString();
    if (a.deviceCode.isEmpty() || a.code.userCode.isEmpty()) {
        *error = tr("No device code in the answer.");
        return std::nullopt;
    }
    a.code.verificationUri = QUrl(body.value(QLatin1String("verification_uri")).toString());
    if (!a.code.verificationUri.isValid() || a.code.verificationUri.isRelative() ||
        (a.code.verificationUri.scheme() != QLatin1String("https") &&
         a.code.verificationUri.scheme() != QLatin1String("http"))) {
        *error = tr("The answer gives no web address to enter the code at.");
        return std::nullopt;
    }
    // Bounded: a server cannot make the app poll in a tight loop or wait for days.
    a.intervalSeconds = qBound(1, body.value(QLatin1String("interval")).toInt(5), 60);
    a.code.expiresInSeconds = qBound(1, body.value(QLatin1String("expires_in")).toInt(900), 3600);
    a.code.message = body.value(QLatin1String("message")).toString();
    return a;
}

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
    m_reply = m_entra->post(m_tenant, QStringLiteral("devicecode"), form, this,
                            [this](const QJsonObject &body, const AuthError &error) {
                                if (m_done)
                                    return;
                                if (error.isError()) {
                                    fail(error);
                                    return;
                                }
                                QString problem;
                                const auto answer = parseCodeAnswer(body, &problem);
                                if (!answer) {
                                    fail(AuthError(AuthError::Kind::InvalidResponse, QString(), problem));
                                    return;
                                }
                                m_deviceCode = answer->deviceCode;
                                m_intervalSeconds = answer->intervalSeconds;
                                m_expiresIn = answer->code.expiresInSeconds;
                                m_started.start();
                                emit codeReady(answer->code);
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
