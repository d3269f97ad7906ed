#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMetaType>
#include <QStringList>

namespace acrnet {

// One thing wrong (or worth knowing) about a registry's network access, with the evidence behind it.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::Finding)

public:
    enum class Severity { Low = 1, Medium = 2, High = 3 };
    enum class Fix { None, EditRules, EnableEndpoint, RegisterProvider };

    QString checkId;  // ACR-001 …
    QString policyId; // the Azure Policy built-in it mirrors, if any
    Severity severity = Severity::Low;
    QString title;
    QString explanation;
    QStringList evidence;
    QString registryId;
    QString registryName;
    QString subscriptionId;
    QString subscriptionName;
    Fix fix = Fix::None;
    QString fixTarget;       // registry, subnet or subscription ID
    QStringList fixCommands; // the equivalent Azure CLI commands, where the fix is one the app does not make itself
    // Accepted by an auditor (SuppressionList::apply): shown apart, exported with the reason, ignored by --fail-on.
    bool suppressed = false;
    QString suppressionReason;
    QDate suppressionExpires; // invalid: does not expire

    static QString severityName(Severity s); // "low", "medium", "high" (stable, for files and --fail-on)
    static QString severityText(Severity s); // translated
    static bool parseSeverity(const QString &text, Severity *out);
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::Finding)
