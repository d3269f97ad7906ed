#pragma once

#include "app/audit/finding.h"

#include <QAbstractTableModel>

namespace acrnet {

// The audit's findings as a table: severity (icon and word, sorted by rank), check, registry, subscription, title.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Check, Registry, Subscription, Title, Count };
    enum { SuppressedRole = Qt::UserRole + 70 };

    using QAbstractTableModel::QAbstractTableModel;

    // Audit results are derived from the whole inventory at once: replaced as a whole.
    void setFindings(const QList<Finding> &findings);
    QList<Finding> findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    int count(Finding::Severity severity) const; // not counting accepted (suppressed) findings
    int suppressedCount() const;
    // The order SortRole gives, without a QVariant per comparison (thousands of findings are sorted at once).
    bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace acrnet
