#pragma once

#include "headlessconnection.h"

#include <QCommandLineParser>
#include <QObject>
#include <memory>

namespace acrnet {

class HeadlessRun;
struct SubscriptionInventory;

// A command that runs without a window (`inventory`, `audit`, and those to come). It parses its own options plus the
// shared connection options, connects and loads through one HeadlessConnection and HeadlessRun, then writes its
// report. No nested event loop and no globals: start() returns an exit code when the command ended at once (usage
// error, --help), or -1, and finished(exitCode) follows from the application's one event loop.
// Exit codes: 0 success, 1 failure or incomplete result (the document is still printed), 2 usage error, 3 audit
// findings at or above --fail-on. Every failure is one line on stderr, prefixed with the command's name.
class HeadlessCommand : public QObject
{
    Q_OBJECT

public:
    ~HeadlessCommand() override;

    // The command of that name, or null.
    static std::unique_ptr<HeadlessCommand> create(const QString &name);
    static QStringList names();

    QString name() const { return m_name; }
    int start(const QStringList &arguments);

signals:
    void finished(int exitCode);

protected:
    explicit HeadlessCommand(const QString &name);

    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // -1 when the options are fine, else the exit code (the error already said with fail()).
    virtual int checkOptions(const QCommandLineParser &parser) = 0;
    // Whether the loaded inventory is kept as a snapshot (for an audit) or only handed to read().
    virtual bool needsSnapshot() const = 0;
    // One subscription, as soon as it is read (before report()); for commands that stream their output.
    virtual void read(const SubscriptionInventory &inventory, const Cloud &cloud);
    // Writes the result of a finished load to stdout; returns the exit code.
    virtual int report(const HeadlessRun &run, const Cloud &cloud) = 0;

    // Writes "acr-netadmin NAME: message" to stderr and returns code.
    int fail(int code, const QString &message) const;
    // Writes bytes to stdout.
    static void write(const QByteArray &bytes);
    // The last word of a report whose run could not read everything (exit 1, `incomplete` with %1 the number of
    // errors), or -1 when it could.
    int incompleteExit(const HeadlessRun &run, const QString &incomplete) const;

private:
    void load();
    void end(int exitCode);

    QString m_name;
    QCommandLineParser m_parser;
    HeadlessConnection m_connection;
    std::unique_ptr<HeadlessRun> m_run;
};

} // namespace acrnet
