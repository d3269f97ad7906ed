#include "activitylog.h"
#include "privatefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

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

QJsonObject ActivityEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("target"), target},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("succeeded"), succeeded},
            {QStringLiteral("message"), message},
            {QStringLiteral("requestId"), requestId}};
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
    e.succeeded = json.value(QLatin1String("succeeded")).toBool();
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
        m_entries.append(ActivityEntry::fromJson(doc.object()));
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
        entry.time = QDateTime::currentDateTimeUtc();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    QString error;
    if (PrivateFile::openForAppend(file, &error)) // what was changed where: for the owner's eyes only
        file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    else
        qCWarning(lcActivity) << "cannot write" << m_path << ":" << error;
    m_entries.append(entry);
    emit recorded(entry);
}

bool ActivityLog::exportTo(const QString &fileName, QString *error) const
{
    QByteArray lines;
    for (const ActivityEntry &e : m_entries)
        lines += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return PrivateFile::write(fileName, lines, error);
}

} // namespace acrnet
