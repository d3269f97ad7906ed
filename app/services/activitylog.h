#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace acrnet {

// One write attempt made through the app, recorded when its first request leaves and completed when it ends: what
// it was done to, the state before, the state asked for, the state actually read afterwards, how it ended, and the
// IDs of every request it sent. Never a token: only resource JSON, ARM's messages and request IDs are recorded.
struct ActivityEntry
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::ActivityEntry)

public:
    enum class Kind { RegistryRules, SubnetEndpoint, ProviderRegistration, ResourceGroupDeletion };
    enum class Outcome {
        Running,         // begun; no answer yet (an entry left so by a crash says so)
        Applied,         // done, and the state read afterwards is in `after`
        FailedUnchanged, // failed, and a read after the failure (at `verifiedAt`) showed the resource as before
        FailedUnknown,   // failed, and nothing could tell whether the resource changed: check it
        Cancelled,       // stopped before anything was sent
        Unneeded,        // it was already so: nothing was sent
    };
    QString id;
    QDateTime time;
    Kind kind = Kind::RegistryRules;
    QString target;  // resource ID
    QString summary; // one line, translated at the time it was made
    QJsonObject before;
    QJsonObject desired; // what the change asked for
    QJsonObject after;   // as read afterwards; empty when unknown
    Outcome outcome = Outcome::Running;
    QDateTime verifiedAt; // FailedUnchanged: when the re-read showed it unchanged
    QString message;      // the error, or notes such as "applied — may take a few minutes to take effect"
    QString errorCode;
    QString requestId;   // the last request's x-ms-request-id
    QJsonArray requests; // every request sent: method, path, status, requestId, correlationId, clientRequestId

    bool succeeded() const { return outcome == Outcome::Applied; }
    bool isFinished() const { return outcome != Outcome::Running; }
    // Restore needs a known state to go back to and a known state to start from (re-check settles an unknown one);
    // registrations and deletions are not put back from here.
    bool canRestore() const
    {
        return (kind == Kind::RegistryRules || kind == Kind::SubnetEndpoint) && !before.isEmpty() && !after.isEmpty() &&
               outcome != Outcome::Running;
    }
    QString outcomeText() const; // translated: "applied", "failed – unchanged (verified by re-read at 14:05:03)"…
    QJsonObject toJson() const;
    static ActivityEntry fromJson(const QJsonObject &json);
    static QString kindName(Kind kind);
    static QString outcomeName(Outcome outcome);
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
    // A write attempt's entry, written when its first request leaves (outcome Running); returns its ID.
    QString begin(ActivityEntry entry);
    // The same entry completed: it replaces its first line (an older log with two lines per ID reads back as one).
    void complete(const ActivityEntry &entry);
    bool exportTo(const QString &file, QString *error) const;
    // The log as JSON Lines, one entry per line (what exportTo() writes).
    QByteArray toJsonLines() const;
    static QString defaultPath();

signals:
    void recorded(const acrnet::ActivityEntry &entry);
    void updated(const acrnet::ActivityEntry &entry);

private:
    void append(const ActivityEntry &entry);

    QString m_path;
    QList<ActivityEntry> m_entries;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::ActivityEntry)
