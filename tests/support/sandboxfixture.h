#pragma once

#include "app/sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <memory>

namespace acrnet::test {

// A sandbox on 127.0.0.1 and a free port, and a plain HTTP client that speaks to it over real TCP.
class SandboxFixture
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QJsonObject json() const;
        QByteArray header(const QByteArray &name) const;
        QString errorCode() const; // error.code of an ARM error body, or OAuth "error"
    };

    // Starts the sandbox with a built-in scenario name or file; check ok() afterwards.
    explicit SandboxFixture(const QString &scenario = QStringLiteral("training"), bool tls = false);
    ~SandboxFixture();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    sandbox::SandboxServer &server() { return *m_server; }
    QString base() const { return m_server->baseUrl().toString(); }

    Response send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &token = {});
    Response get(const QString &pathOrUrl, const QString &token) { return send("GET", pathOrUrl, {}, {}, token); }
    Response postForm(const QString &path, const QString &form);
    Response admin(const QString &endpoint, const QJsonObject &body);
    // An access token for a service principal (client credentials), or empty.
    QString servicePrincipalToken(const QString &clientId = QStringLiteral("sandbox"),
                                  const QString &secret = QStringLiteral("sandbox"),
                                  const QString &tenant = QStringLiteral("organizations"));

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    bool m_ok = false;
    QString m_error;
};

} // namespace acrnet::test
