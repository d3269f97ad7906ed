#include "registryruleswriter.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armoperationjob.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"

#include <QJsonDocument>
#include <QTimer>

namespace acrnet {

namespace {

QStringList missingSubnets(const RegistryNetworkConfig &desired, const Registry &actual)
{
    const RegistryNetworkConfig now = RegistryNetworkConfig::from(actual);
    QStringList missing;
    for (const VirtualNetworkRule &r : desired.rules.virtualNetworkRules) {
        if (!now.hasVirtualNetworkRule(r.subnetId))
            missing << r.subnetId;
    }
    return missing;
}

std::optional<Registry> parseRegistry(const QByteArray &body, QString *error)
{
    return Registry::fromJson(parseJsonObject(body, error), error);
}

} // namespace

RegistryRulesWriter::RegistryRulesWriter(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString RegistryRulesWriter::requestText(const Cloud &cloud, const Registry &registry,
                                         const RegistryNetworkConfig &desired)
{
    return QStringLiteral("PATCH ") +
           ArmClient::urlFor(cloud, registry.id.toString(), ApiVersions::registries()).toString() +
           QStringLiteral("\nContent-Type: application/json\n\n") +
           QString::fromUtf8(QJsonDocument(desired.patchBody()).toJson(QJsonDocument::Indented));
}

void RegistryRulesWriter::apply(const Registry &opened, const RegistryNetworkConfig &desired)
{
    m_opened = opened;
    m_desired = desired;
    if (!m_client) {
        emit failed(ArmError(ArmError::Kind::SignedOut, {}), true);
        return;
    }
    emit progress(tr("Reading %1 again to check for changes…").arg(opened.name));
    ArmRequestJob *get = m_client->get(opened.id.toString(), ApiVersions::registries());
    m_job = get;
    connect(get, &ArmJob::exchanged, this, &RegistryRulesWriter::exchanged);
    connect(get, &ArmRequestJob::failed, this, [this](const ArmError &e) { emit failed(e, true); });
    connect(get, &ArmRequestJob::finished, this, [this](const ArmResponse &r) {
        m_window.start(); // from here until the PATCH is answered, a foreign change would be overwritten
        QString error;
        const auto fresh = parseRegistry(r.body, &error);
        if (!fresh) {
            emit failed(ArmError(ArmError::Kind::InvalidResponse, error), true);
            return;
        }
        // Someone else changed the rules (or the settings) since the editor opened: never overwrite blindly.
        if (RegistryNetworkConfig::from(*fresh) != RegistryNetworkConfig::from(m_opened)) {
            emit conflict(*fresh);
            return;
        }
        send(*fresh);
    });
    get->start();
}

void RegistryRulesWriter::send(const Registry &fresh)
{
    m_fresh = fresh;
    if (!m_client) { // signed out between the re-read and now: nothing was sent
        emit failed(ArmError(ArmError::Kind::SignedOut, {}), true);
        return;
    }
    m_sent = true; // from here on nothing can call the change back
    emit progress(tr("Updating the network rules of %1…").arg(fresh.name));
    ArmOperationJob *patch = m_client->write("PATCH", fresh.id.toString(), ApiVersions::registries(),
                                             QJsonDocument(m_desired.patchBody()).toJson(QJsonDocument::Compact),
                                             {{"Content-Type", "application/json"}});
    m_job = patch;
    connect(patch, &ArmJob::exchanged, this, &RegistryRulesWriter::exchanged);
    patch->setUrgent(true); // straight after the re-read: never queued behind other work of this client
    connect(patch, &ArmOperationJob::progress, this,
            [this](const QString &status) { emit progress(tr("The service says: %1").arg(status)); });
    connect(patch, &ArmOperationJob::accepted, this, [this] { m_windowMs = m_window.elapsed(); });
    connect(patch, &ArmOperationJob::failed, this, &RegistryRulesWriter::readBack);
    connect(patch, &ArmOperationJob::finished, this, [this](const ArmResponse &r) {
        QString error;
        const auto final = parseRegistry(r.body, &error);
        if (!final) {
            emit failed(ArmError(ArmError::Kind::InvalidResponse, error), false);
            return;
        }
        emit succeeded(*final, missingSubnets(m_desired, *final));
        reportOthers(*final);
        verifyLater(*final);
    });
    patch->start();
}

void RegistryRulesWriter::verifyLater(const Registry &final)
{
    if (m_verifyDelayMs <= 0)
        return; // the second read catches rules dropped after the fact and changes by someone else right after
    QTimer::singleShot(m_verifyDelayMs, this, [this, final] {
        if (!m_client)
            return; // signed out since: the change itself was already reported
        ArmRequestJob *get = m_client->get(final.id.toString(), ApiVersions::registries());
        m_job = get;
        connect(get, &ArmJob::exchanged, this, &RegistryRulesWriter::exchanged);
        connect(get, &ArmRequestJob::finished, this, [this, final](const ArmResponse &r) {
            QString error;
            const auto later = parseRegistry(r.body, &error);
            if (!later)
                return;
            const QStringList before = missingSubnets(m_desired, final);
            QStringList vanished;
            for (const QString &s : missingSubnets(m_desired, *later)) {
                if (!before.contains(s, Qt::CaseInsensitive))
                    vanished << s;
            }
            if (vanished.isEmpty())
                emit verified(*later);
            else
                emit rulesVanished(*later, vanished);
            reportOthers(*later);
        });
        get->start();
    });
}

void RegistryRulesWriter::reportOthers(const Registry &now)
{
    // What the registry should be is the re-read plus the edits, i.e. the desired configuration; a VNet rule the
    // service dropped is reported on its own (rulesVanished), so it is not counted as someone else's change here.
    RegistryNetworkConfig found = RegistryNetworkConfig::from(now);
    for (const VirtualNetworkRule &r : m_desired.rules.virtualNetworkRules) {
        if (!found.hasVirtualNetworkRule(r.subnetId))
            found.rules.virtualNetworkRules.append(r);
    }
    const RegistryChangeDiff theirs = RegistryChangeDiff::between(m_desired, found);
    if (!theirs.lines().isEmpty())
        emit changedByOthers(now, theirs.lines());
}

void RegistryRulesWriter::readBack(const ArmError &error)
{
    // Did anything change? Read the registry once more rather than guess.
    if (!m_client) { // no account left to read with: the state is unknown, never claimed unchanged
        emit failed(error, false);
        return;
    }
    ArmRequestJob *get = m_client->get(m_fresh.id.toString(), ApiVersions::registries());
    m_job = get;
    connect(get, &ArmJob::exchanged, this, &RegistryRulesWriter::exchanged);
    connect(get, &ArmRequestJob::failed, this, [this, error] { emit failed(error, false); });
    connect(get, &ArmRequestJob::finished, this, [this, error](const ArmResponse &r) {
        QString parseError;
        const auto now = parseRegistry(r.body, &parseError);
        emit failed(error, now && RegistryNetworkConfig::from(*now) == RegistryNetworkConfig::from(m_fresh));
    });
    get->start();
}

bool RegistryRulesWriter::cancel()
{
    if (m_sent)
        return false;
    if (m_job)
        m_job->cancel();
    return true;
}

} // namespace acrnet
