#include "subnetendpointwriter.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armoperationjob.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/clock.h"
#include "app/azure/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace acrnet {

SubnetEndpointWriter::SubnetEndpointWriter(ClientFor clients, QObject *parent)
    : QObject(parent)
    , m_clients(std::move(clients))
{}

QString SubnetEndpointWriter::azCommand(const ResourceId &subnet, const QJsonObject &fresh, bool enable,
                                        const QString &service)
{
    // az replaces the whole list: name every endpoint that must remain.
    QStringList services;
    const QJsonObject body = Subnet::withServiceEndpoint(fresh, service, enable);
    for (const QJsonValue &v :
         body.value(QLatin1String("properties")).toObject().value(QLatin1String("serviceEndpoints")).toArray())
        services << v.toObject().value(QLatin1String("service")).toString();
    const QString vnet = subnet.toString().section(QLatin1Char('/'), -3, -3);
    return QStringLiteral("az network vnet subnet update --subscription %1 --resource-group %2 --vnet-name %3 "
                          "--name %4 --service-endpoints %5")
        .arg(subnet.subscriptionId(), subnet.resourceGroup(), vnet, subnet.name(),
             services.isEmpty() ? QStringLiteral("\"\"") : services.join(QLatin1Char(' ')));
}

void SubnetEndpointWriter::apply(const QStringList &subnetIds, bool enable, const QString &service)
{
    m_queue = subnetIds;
    m_enable = enable;
    m_service = service;
    m_results.clear();
    m_cancelled = false;
    QTimer::singleShot(0, this, &SubnetEndpointWriter::next);
}

bool SubnetEndpointWriter::cancel()
{
    if (!canCancel())
        return false;
    m_cancelled = true;
    if (m_job && !m_writing)
        m_job->cancel(); // only a read: its failure ends the subnet as "nothing sent"
    return true;
}

void SubnetEndpointWriter::next()
{
    if (m_queue.isEmpty() || m_cancelled) {
        int changed = 0, unchanged = 0, failed = 0;
        for (const Result &r : std::as_const(m_results)) {
            changed += r.outcome == Outcome::Changed;
            unchanged += r.outcome == Outcome::AlreadyThatWay;
            failed += r.outcome == Outcome::Failed;
        }
        emit finished(changed, unchanged, failed);
        return;
    }
    const QString id = m_queue.takeFirst();
    emit subnetStarted(id);
    Result result;
    result.subnetId = id;
    QString parseError;
    const ResourceId subnet = ResourceId::parseSubnet(id, &parseError);
    ArmClient *client = subnet.isValid() ? m_clients(subnet.subscriptionId()).client() : nullptr;
    if (!client) {
        result.error = ArmError(ArmError::Kind::BadRequest,
                                subnet.isValid()
                                    ? tr("No signed-in account can reach subscription %1.").arg(subnet.subscriptionId())
                                    : parseError);
        done(result);
        return;
    }
    ArmRequestJob *get = client->get(subnet.toString(), ApiVersions::network());
    m_job = get;
    connect(get, &ArmJob::exchanged, this, [this, id](const ArmExchange &x) { emit exchanged(id, x); });
    connect(get, &ArmRequestJob::failed, this, [this, result](const ArmError &e) mutable {
        result.error = e;
        done(result);
    });
    connect(get, &ArmRequestJob::finished, this, [this, result, client, subnet](const ArmResponse &r) mutable {
        QString error;
        const QJsonObject fresh = parseJsonObject(r.body, &error);
        if (!error.isEmpty()) {
            result.error = ArmError(ArmError::Kind::InvalidResponse, error);
            done(result);
            return;
        }
        result.before = fresh;
        const QJsonObject body = Subnet::withServiceEndpoint(fresh, m_service, m_enable);
        QString subnetError;
        const auto current = Subnet::fromJson(fresh, &subnetError);
        if (current && current->hasEndpoint(m_service) == m_enable) {
            result.outcome = Outcome::AlreadyThatWay;
            result.after = fresh;
            done(result);
            return;
        }
        put(result, client, subnet, fresh, body);
    });
    get->start();
}

// The subnet as read, with the endpoint added or removed, written back under its etag.
void SubnetEndpointWriter::put(Result result, ArmClient *client, const ResourceId &subnet, const QJsonObject &fresh,
                               const QJsonObject &body)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    const QString etag = fresh.value(QLatin1String("etag")).toString();
    if (!etag.isEmpty()) // a change by anyone else in between makes the PUT fail instead of undoing it
        headers.append({"If-Match", etag.toUtf8()});
    ArmOperationJob *job = client->write("PUT", subnet.toString(), ApiVersions::network(),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    m_job = job;
    result.sent = true;
    m_writing = true;
    connect(job, &ArmJob::exchanged, this,
            [this, id = result.subnetId](const ArmExchange &x) { emit exchanged(id, x); });
    connect(job, &ArmOperationJob::failed, this,
            [this, result, client = QPointer<ArmClient>(client), subnet](const ArmError &e) mutable {
                result.error = e;
                readBack(result, client, subnet); // never claim "unchanged" without looking
            });
    connect(job, &ArmOperationJob::finished, this, [this, result](const ArmResponse &final) mutable {
        QString parseError;
        result.after = parseJsonObject(final.body, &parseError);
        const auto subnet = Subnet::fromJson(result.after, &parseError);
        const bool has = subnet && subnet->hasEndpoint(m_service);
        if (!subnet || has != m_enable) {
            result.error = ArmError(ArmError::Kind::InvalidResponse,
                                    tr("The subnet was updated but does not show the expected endpoint state."));
        } else {
            result.outcome = Outcome::Changed;
        }
        done(result);
    });
    job->start();
}

void SubnetEndpointWriter::readBack(Result result, ArmClient *client, const ResourceId &subnet)
{
    if (!client) {
        done(result); // signed out: the state is unknown (no re-read, no verifiedAt)
        return;
    }
    ArmRequestJob *get = client->get(subnet.toString(), ApiVersions::network());
    m_job = get;
    connect(get, &ArmJob::exchanged, this,
            [this, id = result.subnetId](const ArmExchange &x) { emit exchanged(id, x); });
    connect(get, &ArmJob::failed, this, [this, result]() mutable { done(result); });
    connect(get, &ArmRequestJob::finished, this, [this, result](const ArmResponse &r) mutable {
        QString error;
        const QJsonObject now = parseJsonObject(r.body, &error);
        const auto was = Subnet::fromJson(result.before, &error);
        const auto is = Subnet::fromJson(now, &error);
        if (!was || !is) {
            done(result);
            return;
        }
        result.after = now;
        if (is->hasEndpoint(m_service) == was->hasEndpoint(m_service))
            result.verifiedAt = Clock::nowUtc(); // failed, and verifiably unchanged
        else if (is->hasEndpoint(m_service) == m_enable)
            result.outcome = Outcome::Changed; // the answer was lost, but the change is there
        done(result);
    });
    get->start();
}

void SubnetEndpointWriter::done(Result result)
{
    m_writing = false;
    m_results.append(result);
    emit subnetFinished(result);
    QTimer::singleShot(0, this, &SubnetEndpointWriter::next);
}

} // namespace acrnet
