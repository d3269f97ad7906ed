#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace acrnet {

// One change made through the app: what it was done to, the state before and after (rule set or subnet JSON),
// and how it ended. Never a token: only resource JSON and ARM's messages are recorded.
struct ActivityEntry
{
    enum class Kind { RegistryRules, SubnetEndpoint, ProviderRegistration, ResourceGroupDeletion };
    QString id;
    QDateTime time;
    Kind kind = Kind::RegistryRules;
    QString target;  // resource ID
    QString summary; // one line, translated at the time it was made
    QJsonObject before;
    QJsonObject after;
    bool succeeded = false;
    QString message; // the error, or notes such as "applied — may take a few minutes to take effect"
    QString requestId;

    QJsonObject toJson() const;
    static ActivityEntry fromJson(const QJsonObject &json);
    static QString kindName(Kind kind);
};

// The local activity log: JSON Lines in the app data directory, appended as changes happen, read back at start.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    explicit ActivityLog(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    QList<ActivityEntry> entries() const { return m_entries; }
    ActivityEntry entry(const QString &id) const;
    void record(ActivityEntry entry);
    bool exportTo(const QString &file, QString *error) const;
    static QString defaultPath();

signals:
    void recorded(const acrnet::ActivityEntry &entry);

private:
    QString m_path;
    QList<ActivityEntry> m_entries;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::ActivityEntry)
