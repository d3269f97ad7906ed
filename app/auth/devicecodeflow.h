#pragma once

#include "entraclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>
#include <optional>

namespace acrnet {

// The device-code sign-in: asks for a code, shows it (codeReady), then polls the token endpoint honouring
// `interval`, authorization_pending and slow_down (+5 s) until the user approves, declines, or the code expires.
// Emits finished() or failed() once.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT

public:
    struct Code
    {
        QString userCode;
        QUrl verificationUri;
        int expiresInSeconds = 0;
        QString message;
    };

    // The device-code endpoint's answer: what the user sees, and what the app polls with.
    struct CodeAnswer
    {
        Code code;
        QString deviceCode;
        int intervalSeconds = 5;
    };
    static std::optional<CodeAnswer> parseCodeAnswer(const QJsonObject &body, QString *error);

    DeviceCodeFlow(EntraClient *entra, const QString &tenant, const QString &clientId, QObject *parent = nullptr);

    // The scope asked for: ARM plus a refresh token and the account's name.
    QString scope() const;
    int intervalSeconds() const { return m_intervalSeconds; }
    int remainingSeconds() const;

    void start();
    void cancel();

signals:
    void codeReady(const acrnet::DeviceCodeFlow::Code &code);
    void finished(const acrnet::TokenResponse &tokens);
    void failed(const acrnet::AuthError &error);

private:
    void poll();
    void fail(const AuthError &error);

    EntraClient *m_entra;
    QString m_tenant;
    QString m_clientId;
    QString m_deviceCode;
    int m_intervalSeconds = 5;
    int m_expiresIn = 900;
    QElapsedTimer m_started;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
};

} // namespace acrnet
Q_DECLARE_METATYPE(acrnet::DeviceCodeFlow::Code)
