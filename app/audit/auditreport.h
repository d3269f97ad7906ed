#pragma once

#include "accessevaluator.h"
#include "finding.h"

#include <QDateTime>
#include <QJsonArray>

namespace acrnet {

// The evidence an auditor hands over: findings (and, when small enough, the subnets × registries access matrix)
// as JSON, CSV or one self-contained HTML file, with the scope audited and when.
class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::AuditReport)

public:
    QList<Finding> findings;
    const InventorySnapshot *inventory = nullptr;
    QString scope; // e.g. "sandbox · 3 subscriptions"
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    // What could not be read ({"subscriptionId" or "account", "error"} each): the report is complete only without
    // any, and every format says so — JSON "complete" and "errors", a banner in HTML, "#" lines ahead of the CSV.
    QJsonArray errors;
    bool isComplete() const { return errors.isEmpty(); }
    static constexpr int maxMatrixCells() { return 50000; }

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toHtml() const;
    QString incompleteHtml() const;
    QString matrixHtml() const;
    // The access matrix alone: one row per subnet, one column per registry, cells rule/open/denied/ineffective.
    QByteArray matrixToCsv() const;
    QByteArray format(const QString &name) const; // json, csv, html
    static QList<Finding> fromJson(const QByteArray &json, QString *error);
    static QList<Finding> fromCsv(const QByteArray &csv, QString *error);
    // One CSV cell per RFC 4180 (quoted when it holds a comma, quote, CR or LF), and neutralised for spreadsheets:
    // a cell starting with =, +, -, @, a tab or CR gets a leading ' so it is never read as a formula.
    static QString csvField(const QString &value);

private:
    // Accepted (suppressed) findings, apart from the others, with their reason and expiry.
    static QString acceptedHtml(const QList<Finding> &accepted);
};

} // namespace acrnet
