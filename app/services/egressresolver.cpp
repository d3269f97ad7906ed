#include "egressresolver.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"

#include <QTimer>

namespace acrnet {

EgressResolver::EgressResolver(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void EgressResolver::resolve(const SubscriptionInventory &inventory)
{
    m_inventory = inventory;
    m_inventory.natGateways.clear();
    QStringList named;
    for (const VirtualNetwork &v : std::as_const(m_inventory.virtualNetworks)) {
        for (const Subnet &s : v.subnets) {
            if (!s.natGatewayId.isEmpty() && !named.contains(s.natGatewayId, Qt::CaseInsensitive))
                named << s.natGatewayId;
        }
    }
    for (const QString &id : std::as_const(named)) {
        NatGateway g;
        QString error;
        g.id = ResourceId::parse(id, &error);
        g.name = g.id.name();
        g.error = tr("not read yet");
        m_inventory.natGateways << g;
    }
    m_outstanding = 1; // released below, so a synchronous failure cannot finish early
    for (int i = 0; i < m_inventory.natGateways.size(); ++i)
        readGateway(i);
    QTimer::singleShot(0, this, &EgressResolver::oneDone);
}

void EgressResolver::readGateway(int index)
{
    ++m_outstanding;
    ArmRequestJob *job = m_client->get(m_inventory.natGateways.at(index).id.toString(), ApiVersions::network());
    m_jobs << job;
    connect(job, &ArmRequestJob::finished, this, [this, index](const ArmResponse &r) {
        QString error;
        const auto parsed = NatGateway::fromJson(parseJsonObject(r.body, &error), &error);
        if (!parsed) {
            fail(index, error);
        } else {
            NatGateway &g = m_inventory.natGateways[index];
            g.publicIpIds = parsed->publicIpIds;
            g.publicPrefixIds = parsed->publicPrefixIds;
            g.error.clear();
            for (const QString &id : std::as_const(g.publicIpIds))
                readAddress(index, id, false);
            for (const QString &id : std::as_const(g.publicPrefixIds))
                readAddress(index, id, true);
        }
        oneDone();
    });
    connect(job, &ArmRequestJob::failed, this, [this, index](const ArmError &e) {
        fail(index, e.userText());
        oneDone();
    });
    job->start();
}

void EgressResolver::readAddress(int index, const QString &id, bool prefix)
{
    ++m_outstanding;
    ArmRequestJob *job = m_client->get(id, ApiVersions::network());
    m_jobs << job;
    connect(job, &ArmRequestJob::finished, this, [this, index, id, prefix](const ArmResponse &r) {
        QString error;
        const QJsonObject json = parseJsonObject(r.body, &error);
        const QString range = error.isEmpty() ? (prefix ? NatGateway::rangeOfPublicPrefix(json, &error)
                                                        : NatGateway::rangeOfPublicIp(json, &error))
                                              : QString();
        if (range.isEmpty())
            fail(index, error);
        else
            m_inventory.natGateways[index].publicRanges << range;
        oneDone();
    });
    connect(job, &ArmRequestJob::failed, this, [this, index, id](const ArmError &e) {
        fail(index, id.section(QLatin1Char('/'), -1) + QStringLiteral(": ") + e.userText());
        oneDone();
    });
    job->start();
}

void EgressResolver::fail(int index, const QString &error)
{
    NatGateway &g = m_inventory.natGateways[index];
    if (g.error.isEmpty() || g.error == tr("not read yet"))
        g.error = error;
    m_inventory.warnings
        << tr("NAT gateway %1: %2 — the egress address of its subnets is unknown.").arg(g.id.toString(), error);
}

void EgressResolver::cancel()
{
    for (const QPointer<ArmRequestJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    if (!m_done) {
        m_done = true;
        emit resolved(m_inventory);
    }
}

void EgressResolver::oneDone()
{
    if (m_done || --m_outstanding > 0)
        return;
    m_done = true;
    m_jobs.clear();
    emit resolved(m_inventory);
}

} // namespace acrnet
