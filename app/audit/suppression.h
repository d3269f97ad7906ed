#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace acrnet {

// An auditor's acceptance of a finding: which check on which resource, why, and until when. Keyed by check and
// resource (every finding of that check on that registry); an expired acceptance no longer applies.
struct Suppression
{
    QString checkId;
    QString resourceId;
    QString reason; // required: an acceptance without a reason is not an audit record
    QDate expires;  // invalid: does not expire
    QDateTime acceptedAt;

    bool covers(const Finding &finding) const;
    bool isActive(const QDate &today) const { return !expires.isValid() || today <= expires; }
};

// The acceptances in force, as the GUI stores them (settings) and exports them, and as `audit --suppressions FILE`
// reads them: {"suppressions": [{"checkId", "resourceId", "reason", "expires"?, "acceptedAt"?}]}.
class SuppressionList
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::SuppressionList)

public:
    QList<Suppression> items;

    // Every malformed entry is an error naming it: a file that does not parse suppresses nothing.
    static std::optional<SuppressionList> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
    // Adds (or replaces the acceptance for the same check and resource).
    void accept(const Suppression &suppression);
    bool remove(const QString &checkId, const QString &resourceId);
    const Suppression *find(const QString &checkId, const QString &resourceId) const;
    // Marks the findings an active acceptance covers (suppressed, with its reason and expiry); clears the others.
    void apply(QList<Finding> &findings, const QDate &today = QDate::currentDate()) const;
};

} // namespace acrnet
