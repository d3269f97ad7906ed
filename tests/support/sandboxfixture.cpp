#include "sandboxfixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace acrnet::test {

QJsonObject SandboxFixture::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray SandboxFixture::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString SandboxFixture::Response::errorCode() const
{
    const QJsonValue e = json().value(QLatin1String("error"));
    return e.isObject() ? e.toObject().value(QLatin1String("code")).toString() : e.toString();
}

SandboxFixture::SandboxFixture(const QString &scenario, bool tls)
    : m_server(std::make_unique<sandbox::SandboxServer>())
{
    m_ok = m_server->loadScenario(scenario, &m_error) && m_server->start(0, tls, &m_error);
}

SandboxFixture::~SandboxFixture() = default;

SandboxFixture::Response SandboxFixture::send(const QByteArray &method, const QString &pathOrUrl,
                                              const QByteArray &body,
                                              const QList<QPair<QByteArray, QByteArray>> &headers, const QString &token)
{
    QNetworkRequest request(QUrl(pathOrUrl.startsWith(QLatin1String("http")) ? pathOrUrl : base() + pathOrUrl));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    // Tests are the one place allowed to wait: a local loop until the real HTTP answer arrives.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

SandboxFixture::Response SandboxFixture::postForm(const QString &path, const QString &form)
{
    return send("POST", path, form.toUtf8(), {{"Content-Type", "application/x-www-form-urlencoded"}});
}

SandboxFixture::Response SandboxFixture::admin(const QString &endpoint, const QJsonObject &body)
{
    return send("POST", QStringLiteral("/_sandbox/") + endpoint, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString SandboxFixture::servicePrincipalToken(const QString &clientId, const QString &secret, const QString &tenant)
{
    const Response r = postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant),
                                QStringLiteral("grant_type=client_credentials&client_id=") + clientId +
                                    QStringLiteral("&client_secret=") + secret +
                                    QStringLiteral("&scope=https%3A%2F%2Fmanagement.azure.com%2F.default"));
    return r.json().value(QLatin1String("access_token")).toString();
}

} // namespace acrnet::test
