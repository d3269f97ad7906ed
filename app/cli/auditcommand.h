#pragma once

#include "app/audit/finding.h"
#include "app/audit/suppression.h"
#include "headlesscommand.h"

namespace acrnet {

// `acr-netadmin audit [connection] --format json|csv|html [--fail-on low|medium|high] [--suppressions FILE]`:
// prints the findings; exit code 3 when one at or above the threshold exists (accepted findings do not count), 1 when
// the audit could not read everything.
class AuditCommand : public HeadlessCommand
{
    Q_OBJECT

public:
    AuditCommand();

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int checkOptions(const QCommandLineParser &parser) override;
    bool needsSnapshot() const override { return true; }
    int report(const HeadlessRun &run, const Cloud &cloud) override;

private:
    int readSuppressions(const QString &path);

    QCommandLineOption m_formatOption;
    QCommandLineOption m_failOnOption;
    QCommandLineOption m_suppressionsOption;
    QString m_format;
    bool m_gate = false;
    Finding::Severity m_failOn = Finding::Severity::High;
    SuppressionList m_suppressions;
};

} // namespace acrnet
