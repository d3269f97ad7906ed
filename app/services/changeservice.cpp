#include "changeservice.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/clock.h"
#include "app/azure/jsonreader.h"
#include "app/services/inventoryservice.h"
#include "app/services/registryruleswriter.h"
#include "app/services/resourceoperations.h"
#include "app/services/subnetendpointwriter.h"

#include <QLocale>
#include <QTime>
#include <QUuid>
#include <memory>

namespace acrnet {

namespace {

QJsonObject endpointsOf(const QJsonObject &subnet)
{
    return {{QStringLiteral("serviceEndpoints"),
             subnet.value(QLatin1String("properties")).toObject().value(QLatin1String("serviceEndpoints"))}};
}

bool hasAcrEndpoint(const QJsonObject &endpoints)
{
    for (const QJsonValue &v : endpoints.value(QLatin1String("serviceEndpoints")).toArray()) {
        if (v.toObject().value(QLatin1String("service")).toString() == Subnet::acrService())
            return true;
    }
    return false;
}

QJsonObject propertiesOf(const RegistryNetworkConfig &config)
{
    return config.patchBody().value(QLatin1String("properties")).toObject();
}

bool anyWrite(const QJsonArray &requests)
{
    for (const QJsonValue &r : requests) {
        if (r.toObject().value(QLatin1String("method")).toString() != QLatin1String("GET"))
            return true;
    }
    return false;
}

QString clock(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

ChangeService::ChangeService(InventoryService *inventory, ActivityLog *activity, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_activity(activity)
{}

QString ChangeService::beginEntry(ActivityEntry::Kind kind, const QString &target, const QString &summary,
                                  const QJsonObject &before, const QJsonObject &desired)
{
    ActivityEntry e;
    e.kind = kind;
    e.target = target;
    e.summary = summary;
    e.before = before;
    e.desired = desired;
    e.id = m_activity ? m_activity->begin(e) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_activity)
        e = m_activity->entry(e.id);
    m_open.insert(e.id, e);
    return e.id;
}

void ChangeService::addExchange(const QString &entryId, const ArmExchange &exchange)
{
    auto it = m_open.find(entryId);
    if (it == m_open.end())
        return;
    it->requests.append(exchange.toJson());
    if (!exchange.requestId.isEmpty())
        it->requestId = exchange.requestId;
}

bool ChangeService::sentWrite(const QString &entryId) const
{
    return anyWrite(m_open.value(entryId).requests);
}

void ChangeService::completeEntry(const QString &entryId, ActivityEntry::Outcome outcome, const QJsonObject &after,
                                  const QString &message, const ArmError &error, const QJsonObject &before)
{
    auto it = m_open.find(entryId);
    if (it == m_open.end())
        return;
    ActivityEntry e = *it;
    m_open.erase(it);
    e.outcome = outcome;
    e.after = after;
    if (!before.isEmpty())
        e.before = before;
    if (outcome == ActivityEntry::Outcome::FailedUnchanged && anyWrite(e.requests))
        e.verifiedAt = Clock::nowUtc(); // only a re-read after the write lets it say "unchanged"
    e.message = message;
    e.errorCode = error.code();
    if (!error.requestId().isEmpty())
        e.requestId = error.requestId();
    if (m_activity)
        m_activity->complete(e);
}

void ChangeService::endOperation(const QString &operationId, const QString &title, const ArmError &error)
{
    m_operations.finish(operationId);
    if (error.isError() && error.kind() != ArmError::Kind::Cancelled)
        emit operationFailed(operationId, title, error.userText());
    else if (!error.isError())
        emit operationSucceeded(operationId);
}

QString ChangeService::adoptRulesWrite(RegistryRulesWriter *writer, const Registry &registry,
                                       const RegistryNetworkConfig &before, const RegistryNetworkConfig &desired)
{
    // The write belongs to the app, not to the editor: closing the editor neither stops it nor hides its end.
    writer->setParent(this);
    const QString sub = registry.id.subscriptionId();
    const QString title = tr("Network rules of %1").arg(registry.name);
    const QString id = beginEntry(
        ActivityEntry::Kind::RegistryRules, registry.id.toString(),
        tr("Network rules of %1: %2")
            .arg(registry.name, RegistryChangeDiff::between(before, desired).lines().join(QStringLiteral("; "))),
        propertiesOf(before), propertiesOf(desired));
    QPointer<RegistryRulesWriter> guard(writer);
    const QString op = m_operations.add(title, {[guard] { return guard && guard->canCancel(); },
                                                [guard] {
                                                    return guard && guard->cancel();
                                                }});
    connect(writer, &RegistryRulesWriter::progress, this,
            [this, op](const QString &text) { m_operations.setProgress(op, text); });
    connect(writer, &RegistryRulesWriter::exchanged, this, [this, id](const ArmExchange &x) { addExchange(id, x); });
    connect(writer, &RegistryRulesWriter::succeeded, this,
            [this, id, op, sub, title, writer](const Registry &final, const QStringList &missing) {
                QString note = tr("Applied — it may take a few minutes to take effect.");
                if (!missing.isEmpty())
                    note += QLatin1Char(' ') +
                            tr("The service did not keep these rules: %1.").arg(missing.join(QStringLiteral(", ")));
                completeEntry(id, ActivityEntry::Outcome::Applied, propertiesOf(RegistryNetworkConfig::from(final)),
                              note);
                emit statusMessage(tr("%1: %2").arg(final.name, note));
                emit registryApplied(final.id.toString(),
                                     tr("applied at %1 — may take a few minutes to take effect")
                                         .arg(QLocale().toString(Clock::now().time(), QLocale::ShortFormat)));
                emit subscriptionChanged(sub);
                endOperation(op, title, {});
                if (m_verifyDelayMs <= 0)
                    writer->deleteLater();
            });
    connect(writer, &RegistryRulesWriter::failed, this,
            [this, id, op, sub, title, writer, before, registry](const ArmError &e, bool unchanged) {
                using O = ActivityEntry::Outcome;
                const bool cancelled = e.kind() == ArmError::Kind::Cancelled && !sentWrite(id);
                // "Unchanged" is claimed only when nothing was sent or a read after the PATCH showed it so.
                completeEntry(id,
                              cancelled   ? O::Cancelled
                              : unchanged ? O::FailedUnchanged
                                          : O::FailedUnknown,
                              unchanged ? propertiesOf(before) : QJsonObject(), cancelled ? QString() : e.userText(),
                              e);
                emit statusMessage(cancelled ? tr("%1: cancelled, nothing was sent.").arg(registry.name)
                                             : tr("%1: not applied: %2").arg(registry.name, e.userText()));
                emit subscriptionChanged(sub);
                endOperation(op, title, e);
                writer->deleteLater();
            });
    connect(writer, &RegistryRulesWriter::conflict, this, [this, id, op, title, writer](const Registry &fresh) {
        completeEntry(id, ActivityEntry::Outcome::FailedUnchanged, propertiesOf(RegistryNetworkConfig::from(fresh)),
                      tr("Nothing was sent: someone changed the registry after the editor opened."));
        endOperation(op, title, {});
        writer->deleteLater();
    });
    connect(writer, &RegistryRulesWriter::verified, writer, &QObject::deleteLater);
    connect(writer, &RegistryRulesWriter::rulesVanished, writer, &QObject::deleteLater);
    return op;
}

QString ChangeService::adoptEndpointWrite(SubnetEndpointWriter *writer, const QStringList &subnetIds, bool enabling)
{
    writer->setParent(this);                                    // outlives its dialog, like every write
    auto entries = std::make_shared<QHash<QString, QString>>(); // subnet ID → entry ID
    auto failures = std::make_shared<QStringList>();
    const int total = int(subnetIds.size());
    const QString title = enabling ? tr("Enable the ACR endpoint on %n subnet(s)", nullptr, total)
                                   : tr("Disable the ACR endpoint on %n subnet(s)", nullptr, total);
    QPointer<SubnetEndpointWriter> guard(writer);
    const QString op = m_operations.add(title, {[guard] { return guard && guard->canCancel(); },
                                                [guard] {
                                                    return guard && guard->cancel();
                                                }});
    connect(
        writer, &SubnetEndpointWriter::subnetStarted, this,
        [this, entries, enabling, op, total](const QString &subnetId) {
            const QString name = ResourceId::parse(subnetId).name();
            m_operations.setProgress(op, tr("Subnet %1 of %2: %3").arg(int(entries->size()) + 1).arg(total).arg(name));
            entries->insert(
                subnetId,
                beginEntry(
                    ActivityEntry::Kind::SubnetEndpoint, subnetId,
                    (enabling ? tr("Enable the ACR endpoint on %1") : tr("Disable the ACR endpoint on %1")).arg(name),
                    {}, {}));
        });
    connect(
        writer, &SubnetEndpointWriter::exchanged, this,
        [this, entries](const QString &subnetId, const ArmExchange &x) { addExchange(entries->value(subnetId), x); });
    connect(writer, &SubnetEndpointWriter::subnetFinished, this,
            [this, entries, enabling, failures](const SubnetEndpointWriter::Result &r) {
                using O = ActivityEntry::Outcome;
                const bool cancelled = !r.sent && r.error.kind() == ArmError::Kind::Cancelled;
                const O outcome = r.outcome == SubnetEndpointWriter::Outcome::Changed          ? O::Applied
                                  : r.outcome == SubnetEndpointWriter::Outcome::AlreadyThatWay ? O::Unneeded
                                  : cancelled                                                  ? O::Cancelled
                                  : !r.sent                                                    ? O::FailedUnchanged
                                  : r.verifiedAt.isValid()                                     ? O::FailedUnchanged
                                                                                               : O::FailedUnknown;
                const QString entry = entries->value(r.subnetId);
                auto it = m_open.find(entry);
                if (it != m_open.end()) {
                    QJsonObject desired = endpointsOf(r.before);
                    desired.insert(QStringLiteral("acrEndpoint"), enabling);
                    it->desired = desired;
                }
                if (r.error.isError() && !cancelled)
                    failures->append(tr("%1: %2").arg(ResourceId::parse(r.subnetId).name(), r.error.userText()) +
                                     (outcome == O::FailedUnknown
                                          ? QLatin1Char(' ') + tr("(state unknown: re-check it)")
                                          : QString()));
                completeEntry(entry, outcome, r.after.isEmpty() ? QJsonObject() : endpointsOf(r.after),
                              r.error.isError() && !cancelled ? r.error.userText() : QString(), r.error,
                              endpointsOf(r.before));
                if (r.outcome != SubnetEndpointWriter::Outcome::AlreadyThatWay)
                    emit subscriptionChanged(ResourceId::parse(r.subnetId).subscriptionId());
            });
    connect(writer, &SubnetEndpointWriter::finished, this,
            [this, writer, op, title, failures, entries, total](int changed, int unchanged, int failed) {
                QString text =
                    tr("ACR endpoint: %1 changed, %2 already so, %3 failed.").arg(changed).arg(unchanged).arg(failed);
                const int skipped = total - int(entries->size());
                if (skipped > 0)
                    text += QLatin1Char(' ') + tr("%n not started (cancelled).", nullptr, skipped);
                emit statusMessage(text);
                m_operations.finish(op);
                if (!failures->isEmpty())
                    emit operationFailed(op, title, failures->join(QLatin1Char('\n')));
                else
                    emit operationSucceeded(op);
                writer->deleteLater();
            });
    return op;
}

QString ChangeService::adoptGroupDelete(ResourceGroupDeleter *deleter, const QString &subscriptionId,
                                        const QString &group)
{
    deleter->setParent(this); // a delete goes on when its dialog is closed, and its end is recorded and shown
    const QString target = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscriptionId, group);
    const QString title = tr("Delete resource group %1").arg(group);
    const QString entry = beginEntry(ActivityEntry::Kind::ResourceGroupDeletion, target, title,
                                     {{QStringLiteral("exists"), true}}, {{QStringLiteral("exists"), false}});
    QPointer<ResourceGroupDeleter> guard(deleter);
    const QString op = m_operations.add(title, {[guard] { return guard && guard->canCancel(); },
                                                [guard] {
                                                    return guard && guard->cancel();
                                                }});
    m_operations.setProgress(op, tr("Deleting… this can take several minutes."));
    connect(deleter, &ResourceGroupDeleter::progress, this, [this, op](const QString &status) {
        m_operations.setProgress(op, tr("The service says: %1").arg(status));
    });
    connect(deleter, &ResourceGroupDeleter::exchanged, this,
            [this, entry](const ArmExchange &x) { addExchange(entry, x); });
    connect(deleter, &ResourceGroupDeleter::finished, this, [this, deleter, entry, op, title, subscriptionId, group] {
        completeEntry(entry, ActivityEntry::Outcome::Applied, {{QStringLiteral("exists"), false}}, QString());
        emit statusMessage(tr("Resource group %1 was deleted.").arg(group));
        emit subscriptionChanged(subscriptionId);
        endOperation(op, title, {});
        deleter->deleteLater();
    });
    connect(deleter, &ResourceGroupDeleter::failed, this,
            [this, deleter, entry, op, title, subscriptionId, group](const ArmError &e) {
                // A delete that failed half-way may have removed part of the group: unknown unless nothing was sent.
                completeEntry(entry,
                              sentWrite(entry) ? ActivityEntry::Outcome::FailedUnknown
                                               : ActivityEntry::Outcome::FailedUnchanged,
                              {}, e.userText(), e);
                emit statusMessage(tr("Resource group %1 was not deleted: %2").arg(group, e.userText()));
                emit subscriptionChanged(subscriptionId); // show what is left
                endOperation(op, title, e);
                deleter->deleteLater();
            });
    return op;
}

ProviderRegistrar *ChangeService::registerProvider(const QString &subscriptionId, QString *operationId)
{
    ArmClient *client = m_inventory ? m_inventory->clientForSubscription(subscriptionId) : nullptr;
    if (!client) {
        emit statusMessage(tr("Not registered: no signed-in account reaches subscription %1.").arg(subscriptionId));
        return nullptr;
    }
    const QString name = m_inventory->snapshot().subscriptions.value(subscriptionId.toLower()).displayName;
    auto *registrar = new ProviderRegistrar(client, this);
    registrar->setPollIntervalMs(m_registrationPollMs);
    const QString provider = m_inventory->snapshot().providers.value(subscriptionId.toLower()).registrationState;
    const QString title = tr("Register Microsoft.ContainerRegistry in %1").arg(name);
    const QString entry = beginEntry(
        ActivityEntry::Kind::ProviderRegistration, QStringLiteral("/subscriptions/") + subscriptionId, title,
        {{QStringLiteral("registrationState"), provider.isEmpty() ? QStringLiteral("NotRegistered") : provider}},
        {{QStringLiteral("registrationState"), QStringLiteral("Registered")}});
    QPointer<ProviderRegistrar> guard(registrar);
    const QString op = m_operations.add(title, {[guard] { return guard && guard->canCancel(); },
                                                [guard] {
                                                    return guard && guard->cancel();
                                                }});
    if (operationId)
        *operationId = op;
    emit statusMessage(tr("Registering Microsoft.ContainerRegistry in %1…").arg(name));
    connect(registrar, &ProviderRegistrar::exchanged, this,
            [this, entry](const ArmExchange &x) { addExchange(entry, x); });
    connect(registrar, &ProviderRegistrar::progress, this,
            [this, op](const QString &state) { m_operations.setProgress(op, tr("The provider is %1").arg(state)); });
    connect(registrar, &ProviderRegistrar::failed, this,
            [this, registrar, subscriptionId, entry, op, title](const ArmError &e) {
                registrar->deleteLater();
                // Registration is idempotent and its state is read by the next load; what it reached is unknown
                // here unless nothing was sent.
                completeEntry(entry,
                              sentWrite(entry) ? ActivityEntry::Outcome::FailedUnknown
                                               : ActivityEntry::Outcome::FailedUnchanged,
                              {}, e.userText(), e);
                emit statusMessage(tr("Registration failed: %1").arg(e.userText()));
                emit subscriptionChanged(subscriptionId);
                endOperation(op, title, e);
            });
    connect(registrar, &ProviderRegistrar::finished, this,
            [this, registrar, subscriptionId, name, entry, op, title](const ProviderRegistration &state) {
                registrar->deleteLater();
                completeEntry(entry, ActivityEntry::Outcome::Applied,
                              {{QStringLiteral("registrationState"), state.registrationState}}, QString());
                emit statusMessage(tr("Microsoft.ContainerRegistry is registered in %1.").arg(name));
                emit subscriptionChanged(subscriptionId);
                endOperation(op, title, {});
            });
    registrar->start(subscriptionId);
    return registrar;
}

bool ChangeService::canRecheck(const ActivityEntry &entry) const
{
    const bool unsettled = entry.outcome == ActivityEntry::Outcome::FailedUnknown ||
                           (entry.outcome == ActivityEntry::Outcome::Running && !m_open.contains(entry.id));
    return unsettled && m_inventory &&
           m_inventory->clientForSubscription(ResourceId::parse(entry.target).subscriptionId());
}

bool ChangeService::recheck(const QString &entryId)
{
    if (!m_activity)
        return false;
    const ActivityEntry entry = m_activity->entry(entryId);
    if (!canRecheck(entry))
        return false;
    const ResourceId target = ResourceId::parse(entry.target);
    ArmClient *client = m_inventory->clientForSubscription(target.subscriptionId());
    QString path = entry.target;
    QString api;
    switch (entry.kind) {
    case ActivityEntry::Kind::RegistryRules:
        api = ApiVersions::registries();
        break;
    case ActivityEntry::Kind::SubnetEndpoint:
        api = ApiVersions::network();
        break;
    case ActivityEntry::Kind::ProviderRegistration:
        path = QStringLiteral("/subscriptions/%1/providers/Microsoft.ContainerRegistry").arg(target.subscriptionId());
        api = ApiVersions::providers();
        break;
    case ActivityEntry::Kind::ResourceGroupDeletion:
        api = ApiVersions::resourceGroups();
        break;
    }
    ArmRequestJob *get = client->get(path, api);
    auto requests = std::make_shared<QJsonArray>();
    connect(get, &ArmJob::exchanged, this, [requests](const ArmExchange &x) { requests->append(x.toJson()); });
    auto settle = [this, entryId, requests](const QJsonObject &after, const QString &unreadable) {
        settleRecheck(entryId, *requests, after, unreadable);
    };
    connect(get, &ArmRequestJob::failed, this, [settle, kind = entry.kind](const ArmError &e) {
        if (kind == ActivityEntry::Kind::ResourceGroupDeletion && e.kind() == ArmError::Kind::NotFound)
            settle({{QStringLiteral("exists"), false}}, {});
        else
            settle({}, e.userText());
    });
    connect(get, &ArmRequestJob::finished, this, [settle, kind = entry.kind](const ArmResponse &r) {
        QString error;
        const QJsonObject after = recheckedState(kind, r.body, &error);
        settle(error.isEmpty() ? after : QJsonObject(), error);
    });
    get->start();
    return true;
}

// A re-read in the entry's own terms (what "before", "desired" and "after" hold); empty with `error` set when the
// answer could not be understood.
QJsonObject ChangeService::recheckedState(ActivityEntry::Kind kind, const QByteArray &body, QString *error)
{
    const QJsonObject json = parseJsonObject(body, error);
    if (!error->isEmpty())
        return {};
    switch (kind) {
    case ActivityEntry::Kind::RegistryRules: {
        const auto registry = Registry::fromJson(json, error);
        return registry ? propertiesOf(RegistryNetworkConfig::from(*registry)) : QJsonObject();
    }
    case ActivityEntry::Kind::SubnetEndpoint:
        return Subnet::fromJson(json, error) ? endpointsOf(json) : QJsonObject();
    case ActivityEntry::Kind::ProviderRegistration: {
        const auto state = ProviderRegistration::fromJson(json, error);
        return state ? QJsonObject{{QStringLiteral("registrationState"), state->registrationState}} : QJsonObject();
    }
    case ActivityEntry::Kind::ResourceGroupDeletion:
        return {{QStringLiteral("exists"), true}};
    }
    return {};
}

void ChangeService::compareRecheck(const ActivityEntry &e, const QJsonObject &after, bool *asBefore, bool *asAsked)
{
    switch (e.kind) {
    case ActivityEntry::Kind::RegistryRules:
        *asBefore = RegistryNetworkConfig::fromProperties(after) == RegistryNetworkConfig::fromProperties(e.before);
        *asAsked = RegistryNetworkConfig::fromProperties(after) == RegistryNetworkConfig::fromProperties(e.desired);
        break;
    case ActivityEntry::Kind::SubnetEndpoint:
        *asBefore = !e.before.isEmpty() && hasAcrEndpoint(after) == hasAcrEndpoint(e.before);
        *asAsked = e.desired.contains(QLatin1String("acrEndpoint")) &&
                   hasAcrEndpoint(after) == e.desired.value(QLatin1String("acrEndpoint")).toBool();
        break;
    default:
        *asBefore = after == e.before;
        *asAsked = after == e.desired;
        break;
    }
}

// What the read says, in the entry's own terms; `after` empty when the answer could not be understood.
void ChangeService::settleRecheck(const QString &entryId, const QJsonArray &requests, const QJsonObject &after,
                                  const QString &unreadable)
{
    using O = ActivityEntry::Outcome;
    ActivityEntry e = m_activity->entry(entryId);
    for (const QJsonValue &r : requests)
        e.requests.append(r);
    const QDateTime now = Clock::nowUtc();
    QString text;
    if (after.isEmpty()) {
        text = tr("Re-check at %1 could not read it: %2").arg(clock(now), unreadable);
    } else {
        bool asBefore = false, asAsked = false;
        compareRecheck(e, after, &asBefore, &asAsked);
        e.after = after;
        if (asAsked && !asBefore) {
            e.outcome = O::Applied;
            text = tr("Re-checked at %1: the change is there.").arg(clock(now));
        } else if (asBefore) {
            e.outcome = O::FailedUnchanged;
            e.verifiedAt = now;
            text = tr("Re-checked at %1: unchanged.").arg(clock(now));
        } else {
            e.outcome = O::FailedUnknown;
            text = tr("Re-checked at %1: neither as before nor as asked — someone else may have changed it; "
                      "\"after\" now shows what is there.")
                       .arg(clock(now));
        }
    }
    e.message = e.message.isEmpty() ? text : e.message + QLatin1Char(' ') + text;
    m_activity->complete(e);
    emit rechecked(e.id, text);
    emit statusMessage(tr("%1: %2").arg(e.summary, text));
    emit subscriptionChanged(ResourceId::parse(e.target).subscriptionId());
}

} // namespace acrnet
