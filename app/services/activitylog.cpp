#include "activitylog.h"
#include "app/azure/clock.h"
#include "privatefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

Q_LOGGING_CATEGORY(lcActivity, "acrnet.activity")

namespace acrnet {

QString ActivityEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RegistryRules:
        return QStringLiteral("registryRules");
    case Kind::SubnetEndpoint:
        return QStringLiteral("subnetEndpoint");
    case Kind::ProviderRegistration:
        return QStringLiteral("providerRegistration");
    case Kind::ResourceGroupDeletion:
        return QStringLiteral("resourceGroupDeletion");
    }
    return {};
}

QString ActivityEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::FailedUnchanged:
        return QStringLiteral("failedUnchanged");
    case Outcome::FailedUnknown:
        return QStringLiteral("failedUnknown");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Unneeded:
        return QStringLiteral("unneeded");
    }
    return {};
}

QString ActivityEntry::outcomeText() const
{
    switch (outcome) {
    case Outcome::Running:
        return tr("running (no answer recorded)");
    case Outcome::Applied:
        return tr("applied");
    case Outcome::FailedUnchanged:
        if (!verifiedAt.isValid())
            return tr("failed – nothing was sent");
        return tr("failed – unchanged (verified by re-read at %1)")
            .arg(QLocale().toString(verifiedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
    case Outcome::FailedUnknown:
        return tr("failed – state unknown: check it");
    case Outcome::Cancelled:
        return tr("cancelled – nothing was sent");
    case Outcome::Unneeded:
        return tr("not needed – it was already so");
    }
    return {};
}

QJsonObject ActivityEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("target"), target},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("before"), before},
            {QStringLiteral("desired"), desired},
            {QStringLiteral("after"), after},
            {QStringLiteral("outcome"), outcomeName(outcome)},
            {QStringLiteral("verifiedAt"),
             verifiedAt.isValid() ? verifiedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("succeeded"), succeeded()},
            {QStringLiteral("message"), message},
            {QStringLiteral("errorCode"), errorCode},
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("requests"), requests}};
}

ActivityEntry ActivityEntry::fromJson(const QJsonObject &json)
{
    ActivityEntry e;
    e.id = json.value(QLatin1String("id")).toString();
    e.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    const QString kind = json.value(QLatin1String("kind")).toString();
    for (Kind k :
         {Kind::RegistryRules, Kind::SubnetEndpoint, Kind::ProviderRegistration, Kind::ResourceGroupDeletion}) {
        if (kindName(k) == kind)
            e.kind = k;
    }
    e.target = json.value(QLatin1String("target")).toString();
    e.summary = json.value(QLatin1String("summary")).toString();
    e.before = json.value(QLatin1String("before")).toObject();
    e.after = json.value(QLatin1String("after")).toObject();
    const QString outcome = json.value(QLatin1String("outcome")).toString();
    // Entries written before outcomes existed carry only "succeeded".
    e.outcome = json.value(QLatin1String("succeeded")).toBool() ? Outcome::Applied : Outcome::FailedUnknown;
    for (Outcome o : {Outcome::Running, Outcome::Applied, Outcome::FailedUnchanged, Outcome::FailedUnknown,
                      Outcome::Cancelled, Outcome::Unneeded}) {
        if (outcomeName(o) == outcome)
            e.outcome = o;
    }
    e.desired = json.value(QLatin1String("desired")).toObject();
    e.verifiedAt = QDateTime::fromString(json.value(QLatin1String("verifiedAt")).toString(), Qt::ISODateWithMs);
    e.errorCode = json.value(QLatin1String("errorCode")).toString();
    e.requests = json.value(QLatin1String("requests")).toArray();
    e.message = json.value(QLatin1String("message")).toString();
    e.requestId = json.value(QLatin1String("requestId")).toString();
    return e;
}

QString ActivityLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/activity.jsonl");
}

ActivityLog::ActivityLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (!doc.isObject()) {
            qCWarning(lcActivity) << "skipped line" << line << "of" << m_path << ":" << error.errorString();
            continue;
        }
        const ActivityEntry e = ActivityEntry::fromJson(doc.object());
        // A completed entry is a second line with the same ID: it replaces the first.
        auto same =
            std::find_if(m_entries.begin(), m_entries.end(), [&](const ActivityEntry &x) { return x.id == e.id; });
        if (same != m_entries.end() && !e.id.isEmpty())
            *same = e;
        else
            m_entries.append(e);
    }
}

ActivityEntry ActivityLog::entry(const QString &id) const
{
    for (const ActivityEntry &e : m_entries) {
        if (e.id == id)
            return e;
    }
    return {};
}

void ActivityLog::record(ActivityEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.time.isValid())
        entry.time = Clock::nowUtc();
    append(entry);
    m_entries.append(entry);
    emit recorded(entry);
}

QString ActivityLog::begin(ActivityEntry entry)
{
    entry.outcome = ActivityEntry::Outcome::Running;
    record(entry);
    return m_entries.last().id;
}

void ActivityLog::complete(const ActivityEntry &entry)
{
    auto same =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const ActivityEntry &x) { return x.id == entry.id; });
    if (same == m_entries.end()) {
        record(entry);
        return;
    }
    *same = entry;
    // One line per write attempt: the completed entry replaces its first line, the file rewritten in one step
    // (written beside it and renamed over it), so a crash leaves either the old or the new log, never half of one.
    QByteArray lines;
    for (const ActivityEntry &e : std::as_const(m_entries))
        lines += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QString error;
    if (!PrivateFile::write(m_path, lines, &error))
        qCWarning(lcActivity) << "cannot write" << m_path << ":" << error;
    emit updated(entry);
}

void ActivityLog::append(const ActivityEntry &entry)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    QString error;
    if (PrivateFile::openForAppend(file, &error)) // what was changed where: for the owner's eyes only
        file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    else
        qCWarning(lcActivity) << "cannot write" << m_path << ":" << error;
}

QByteArray ActivityLog::toJsonLines() const
{
    QByteArray lines;
    for (const ActivityEntry &e : m_entries)
        lines += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

bool ActivityLog::exportTo(const QString &fileName, QString *error) const
{
    return PrivateFile::write(fileName, toJsonLines(), error);
}

} // namespace acrnet
