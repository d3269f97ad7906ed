#pragma once

#include "app/audit/finding.h"
#include "app/audit/suppression.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace acrnet {

class AccessMatrixModel;
class FindingsModel;
class ResourceFilterProxyModel;
struct InventorySnapshot;

// The auditor's two views: Findings (sortable, filterable by severity and text, counts by severity, the selected
// finding's explanation and evidence, Fix…, Export…) and the Access matrix (subnets × registries, cells coloured
// and labelled by the evaluated access, filters on both axes, the reason chain of the selected cell).
class AuditPane : public QObject
{
    Q_OBJECT

public:
    explicit AuditPane(QWidget *parent);
    // Read-only mode: Fix… stays disabled, and says why.
    void setReadOnly(bool readOnly);

    QWidget *findingsWidget() const { return m_findingsWidget; }
    QWidget *matrixWidget() const { return m_matrixWidget; }
    FindingsModel *findingsModel() const { return m_findings; }
    AccessMatrixModel *matrixModel() const { return m_matrix; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableView *matrixView() const { return m_matrixView; }
    ResourceFilterProxyModel *findingsProxy() const { return m_proxy; }
    // Grouping: 0 none (a flat table), 1 by registry, 2 by subscription.
    void setGrouping(int grouping);
    QStandardItemModel *groupedModel() const { return m_grouped; }
    QTreeView *groupedView() const { return m_groupedView; }

    // `gaps`: what the load could not read (subscription ID, or "list:" + account for a listing, → message); the
    // findings and the matrix then say they are incomplete, and so do exports.
    void setResults(const QList<Finding> &findings, const InventorySnapshot *inventory, const QString &scope,
                    const QHash<QString, QString> &gaps = {});
    QString incompleteText() const;
    QString countsText() const;
    QString reasonText() const;
    // Seam: where Export… writes (default: a file dialog); the extension picks the format (json, csv, html).
    void setChooseFile(std::function<void(std::function<void(const QString &)>)> choose)
    {
        m_choose = std::move(choose);
    }
    bool exportTo(const QString &file, QString *error) const;

    // Accepted findings (suppressions): kept in the settings, keyed by check and registry, shown apart (hidden
    // unless "Show accepted" is on), exported with their reason, ignored by the severity counts.
    const SuppressionList &suppressions() const { return m_suppressions; }
    // Accepts every finding of `checkId` on `registryId` with a reason (required) and an optional expiry.
    bool accept(const QString &checkId, const QString &registryId, const QString &reason, const QDate &expires);
    bool reinstate(const QString &checkId, const QString &registryId);
    bool exportSuppressions(const QString &file, QString *error) const;
    // Opens the accept dialog for the selected finding (or reinstates it when it is accepted already).
    void acceptSelected();

signals:
    void fixRequested(const acrnet::Finding &finding);
    void statusMessage(const QString &text);
    // A finding or a matrix cell was selected: the registry it is about, for the details pane.
    void registrySelected(const QString &registryId);

private:
    void fitMatrixColumns();
    void buildFindings(QWidget *parent);
    QHBoxLayout *buildFindingsBar();
    QWidget *buildFindingsViews();
    QWidget *buildFindingDetail();
    void buildMatrix(QWidget *parent);
    void showFinding();
    void showFindingAt(int sourceRow);
    void rebuildGroups();
    void applySuppressions(); // re-marks the findings and saves the list
    void updateAcceptButton();

    FindingsModel *m_findings;
    ResourceFilterProxyModel *m_proxy;
    AccessMatrixModel *m_matrix;
    const InventorySnapshot *m_inventory = nullptr;
    QString m_scope;
    QHash<QString, QString> m_gaps;
    QLabel *m_incomplete = nullptr;       // on the findings tab
    QLabel *m_matrixIncomplete = nullptr; // on the matrix tab
    QWidget *m_findingsWidget = nullptr;
    QWidget *m_matrixWidget = nullptr;
    QTableView *m_findingsView = nullptr;
    QTableView *m_matrixView = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_groupBy = nullptr;
    QStackedWidget *m_findingsStack = nullptr;
    QStandardItemModel *m_grouped = nullptr;
    QTreeView *m_groupedView = nullptr;
    int m_grouping = 0;
    int m_currentRow = -1; // source row of the finding shown
    QLabel *m_counts = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QPushButton *m_fix = nullptr;
    bool m_readOnly = false;
    QPushButton *m_accept = nullptr;
    QCheckBox *m_showAccepted = nullptr;
    SuppressionList m_suppressions;
    QLabel *m_reason = nullptr;
    std::function<void(std::function<void(const QString &)>)> m_choose;
};

} // namespace acrnet
