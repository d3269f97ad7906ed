#pragma once

#include "accessevaluator.h"
#include "finding.h"

#include <QDateTime>

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
    static constexpr int maxMatrixCells() { return 50000; }

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toHtml() const;
    // The access matrix alone: one row per subnet, one column per registry, cells rule/open/denied/ineffective.
    QByteArray matrixToCsv() const;
    QByteArray format(const QString &name) const; // json, csv, html
    static QList<Finding> fromJson(const QByteArray &json, QString *error);
    static QList<Finding> fromCsv(const QByteArray &csv, QString *error);
};

} // namespace acrnet
