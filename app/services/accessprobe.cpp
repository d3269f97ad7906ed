#include "accessprobe.h"
#include "app/azure/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace acrnet {

QString ProbeResult::text() const
{
    if (!source.isEmpty()) {
        switch (outcome) {
        case Outcome::Reachable:
            return tr("Reachable from %1 (HTTP %2: the network rules let it through; pulling needs sign-in).")
                .arg(source)
                .arg(status);
        case Outcome::Blocked:
            return seenAddress.isEmpty() ? tr("Blocked from %1 by the registry's network rules (HTTP 403).").arg(source)
                                         : tr("Blocked from %1 by the registry's network rules: it saw %2 (HTTP 403).")
                                               .arg(source, seenAddress);
        case Outcome::Unreachable:
            return tr("No answer from the registry at %1: %2").arg(source, detail);
        }
    }
    switch (outcome) {
    case Outcome::Reachable:
        return tr("Reachable from this machine (HTTP %1: the network rules let it through; pulling needs sign-in).")
            .arg(status);
    case Outcome::Blocked:
        return seenAddress.isEmpty()
                   ? tr("Blocked by the registry's network rules (HTTP 403).")
                   : tr("Blocked by the registry's network rules: it saw this machine as %1 (HTTP 403).")
                         .arg(seenAddress);
    case Outcome::Unreachable:
        return tr("Unreachable from this machine: %1").arg(detail);
    }
    return {};
}

ProbeResult ProbeResult::interpret(int status, const QByteArray &body, QNetworkReply::NetworkError error,
                                   const QString &errorString)
{
    ProbeResult r;
    r.when = Clock::now();
    r.status = status;
    if (status == 401 || status == 200) {
        r.outcome = Outcome::Reachable;
        return r;
    }
    if (status == 403) {
        r.outcome = Outcome::Blocked;
        const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
        r.detail = errors.isEmpty() ? QString::fromUtf8(body.left(300))
                                    : errors.first().toObject().value(QLatin1String("message")).toString();
        static const QRegularExpression ip(QStringLiteral("IP '([0-9.]+)'"));
        const auto m = ip.match(r.detail);
        if (m.hasMatch())
            r.seenAddress = m.captured(1);
        return r;
    }
    r.outcome = Outcome::Unreachable;
    if (status > 0)
        r.detail = tr("unexpected HTTP %1").arg(status);
    else if (error == QNetworkReply::HostNotFoundError)
        r.detail = tr("the name does not resolve (DNS)");
    else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        r.detail = tr("no answer in time");
    else
        r.detail = errorString;
    return r;
}

AccessProbe::AccessProbe(QNetworkAccessManager *network, const Cloud &cloud, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(cloud)
{}

void AccessProbe::probe(const Registry &registry)
{
    QNetworkRequest request(m_cloud.registryProbeUrl(registry.loginServer));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    const QString id = registry.id.toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const ProbeResult r = ProbeResult::interpret(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                                     reply->readAll(), reply->error(), reply->errorString());
        if (!r.seenAddress.isEmpty())
            m_lastAddress = r.seenAddress;
        emit finished(id, r);
    });
}

} // namespace acrnet
