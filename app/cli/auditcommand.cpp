#include "auditcommand.h"
#include "app/audit/auditengine.h"
#include "app/audit/auditreport.h"
#include "headlessrun.h"

#include <QCoreApplication>
#include <QFile>

namespace acrnet {

AuditCommand::AuditCommand()
    : HeadlessCommand(QStringLiteral("audit"))
    , m_formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output format: json, csv or html."),
                     QStringLiteral("format"), QStringLiteral("json"))
    , m_failOnOption(QStringLiteral("fail-on"),
                     QCoreApplication::translate("cli", "Exit with 3 when a finding of this severity or higher "
                                                        "exists: low, medium or high."),
                     QStringLiteral("severity"))
    , m_suppressionsOption(
          QStringLiteral("suppressions"),
          QCoreApplication::translate("cli", "Accepted findings (the JSON the app's Findings tab exports): reported "
                                             "apart with their reason and ignored by --fail-on."),
          QStringLiteral("file"))
{}

QString AuditCommand::description() const
{
    return QCoreApplication::translate("cli", "Audits who can reach the registries; exit code 3 when a finding at or "
                                              "above --fail-on exists.");
}

void AuditCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_formatOption, m_failOnOption, m_suppressionsOption});
}

int AuditCommand::checkOptions(const QCommandLineParser &parser)
{
    m_format = parser.value(m_formatOption);
    if (!QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html")}.contains(m_format))
        return fail(2, QCoreApplication::translate("cli", "unsupported --format '%1' (use %2)")
                           .arg(m_format, QCoreApplication::translate("cli", "json, csv or html")));
    m_gate = parser.isSet(m_failOnOption);
    if (m_gate && !Finding::parseSeverity(parser.value(m_failOnOption), &m_failOn))
        return fail(2, QCoreApplication::translate("cli", "--fail-on takes low, medium or high, not '%1'")
                           .arg(parser.value(m_failOnOption)));
    return parser.isSet(m_suppressionsOption) ? readSuppressions(parser.value(m_suppressionsOption)) : -1;
}

int AuditCommand::readSuppressions(const QString &path)
{
    // A suppressions file that cannot be read is an error, never "nothing accepted".
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(2, QCoreApplication::translate("cli", "cannot read --suppressions %1: %2")
                           .arg(file.fileName(), file.errorString()));
    QString error;
    const auto read = SuppressionList::fromJson(file.readAll(), &error);
    if (!read)
        return fail(2, QCoreApplication::translate("cli", "--suppressions %1: %2").arg(file.fileName(), error));
    m_suppressions = *read;
    return -1;
}

int AuditCommand::report(const HeadlessRun &run, const Cloud &cloud)
{
    // Even when no account could list anything, the report is written: incomplete, and what failed.
    AuditReport report;
    report.findings = AuditEngine::run(run.snapshot(), cloud);
    m_suppressions.apply(report.findings);
    report.inventory = &run.snapshot();
    report.scope = QCoreApplication::translate("cli", "%1 · %2 subscription(s)")
                       .arg(cloud.name())
                       .arg(run.snapshot().subscriptions.size());
    report.errors = run.errors();
    write(report.format(m_format));
    if (m_gate && AuditEngine::anyAtOrAbove(report.findings, m_failOn))
        return fail(3,
                    QCoreApplication::translate("cli", "findings at or above %1").arg(Finding::severityName(m_failOn)));
    const int incomplete = incompleteExit(
        run, QCoreApplication::translate("cli", "incomplete: %1 part(s) of the estate could not be read "
                                                "(subscriptions, tenants or accounts); see the report's errors"));
    return incomplete >= 0 ? incomplete : 0;
}

} // namespace acrnet
