#include "auditpane.h"
#include "acceptfindingdialog.h"
#include "app/audit/auditreport.h"
#include "app/azure/clock.h"
#include "app/services/privatefile.h"
#include "models/accessmatrixmodel.h"
#include "models/findingsmodel.h"
#include "models/inventoryroles.h"
#include "models/resourcefilterproxymodel.h"
#include "models/stateicons.h"
#include "presentation.h"
#include "widgethelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace acrnet {

namespace {

// Keeps findings at or above a severity, on top of the text filter.
class SeverityFilter : public ResourceFilterProxyModel
{
public:
    using ResourceFilterProxyModel::ResourceFilterProxyModel;
    void setMinimum(int minimum)
    {
        m_minimum = minimum;
        invalidate();
    }
    void setShowSuppressed(bool show)
    {
        m_showSuppressed = show;
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const Finding &f = findings()->finding(row);
        return int(f.severity) >= m_minimum && (m_showSuppressed || !f.suppressed) &&
               ResourceFilterProxyModel::filterAcceptsRow(row, parent);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return findings()->lessThan(left.row(), right.row(), left.column());
    }

private:
    const FindingsModel *findings() const { return static_cast<const FindingsModel *>(sourceModel()); }

private:
    int m_minimum = 0;
    bool m_showSuppressed = false;
};

constexpr auto kSuppressionsKey = "audit/suppressions";

} // namespace

AuditPane::AuditPane(QWidget *parent)
    : QObject(parent)
    , m_findings(new FindingsModel(this))
    , m_proxy(presentedModel<SeverityFilter>(this))
    , m_matrix(presentedModel<AccessMatrixModel>(this))
{
    m_proxy->setSourceModel(m_findings);
    QString error;
    const QByteArray stored = QSettings().value(QLatin1String(kSuppressionsKey)).toByteArray();
    if (!stored.isEmpty()) {
        if (const auto list = SuppressionList::fromJson(stored, &error))
            m_suppressions = *list;
        else
            qWarning("acrnet: the stored accepted findings do not parse (%s); none are applied", qPrintable(error));
    }
    buildFindings(parent);
    buildMatrix(parent);
    m_choose = [parent](std::function<void(const QString &)> chosen) {
        auto *dialog = new QFileDialog(parent, tr("Export the audit"), QString(),
                                       tr("HTML report (*.html);;CSV (*.csv);;JSON (*.json)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, dialog, chosen);
        dialog->open();
    };
}

void AuditPane::buildFindings(QWidget *parent)
{
    m_findingsWidget = new QWidget(parent);
    m_findingsWidget->setObjectName(QStringLiteral("findingsPane"));
    auto *layout = new QVBoxLayout(m_findingsWidget);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buildFindingsBar());
    // The counts on a line of their own, wrapped: the pane stays narrow enough for the side panes at 1280 px.
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_incomplete = new QLabel(m_findingsWidget);
    m_incomplete->setObjectName(QStringLiteral("findingsIncomplete"));
    m_incomplete->setWordWrap(true);
    m_incomplete->setVisible(false);
    layout->addWidget(m_incomplete);

    auto *split = new QSplitter(Qt::Vertical, m_findingsWidget);
    split->addWidget(buildFindingsViews());
    split->addWidget(buildFindingDetail());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
}

QHBoxLayout *AuditPane::buildFindingsBar()
{
    auto *bar = new QHBoxLayout;
    m_severity = new QComboBox(m_findingsWidget);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->addItem(tr("All severities"), 0);
    m_severity->addItem(tr("Medium and high"), int(Finding::Severity::Medium));
    m_severity->addItem(tr("High only"), int(Finding::Severity::High));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<SeverityFilter *>(m_proxy)->setMinimum(m_severity->currentData().toInt()); });
    m_groupBy = new QComboBox(m_findingsWidget);
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->setAccessibleName(tr("Group findings by"));
    m_groupBy->addItems({tr("No grouping"), tr("Group by registry"), tr("Group by subscription")});
    allowShrinking({m_severity, m_groupBy});
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &AuditPane::setGrouping);
    m_counts = new QLabel(m_findingsWidget);
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    auto *exportButton = new QPushButton(tr("Export…"), m_findingsWidget);
    exportButton->setObjectName(QStringLiteral("exportAuditButton"));
    exportButton->setToolTip(tr("Findings and the access matrix as an HTML report, CSV or JSON"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        m_choose([this](const QString &file) {
            QString error;
            if (exportTo(file, &error))
                emit statusMessage(tr("Audit exported to %1.").arg(file));
            else
                emit statusMessage(tr("Could not export to %1: %2").arg(file, error));
        });
    });
    m_showAccepted = new QCheckBox(tr("Show accepted"), m_findingsWidget);
    m_showAccepted->setObjectName(QStringLiteral("showAcceptedCheck"));
    m_showAccepted->setToolTip(tr("Accepted findings are hidden from the list and the counts; show them greyed"));
    connect(m_showAccepted, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<SeverityFilter *>(m_proxy)->setShowSuppressed(on); });
    auto *exportAccepted = new QPushButton(tr("Export accepted…"), m_findingsWidget);
    exportAccepted->setObjectName(QStringLiteral("exportAcceptedButton"));
    exportAccepted->setToolTip(
        tr("The accepted findings as JSON, for acr-netadmin audit --suppressions in a pipeline"));
    connect(exportAccepted, &QPushButton::clicked, this, [this] {
        m_choose([this](const QString &file) {
            QString error;
            if (exportSuppressions(file, &error))
                emit statusMessage(tr("Accepted findings exported to %1.").arg(file));
            else
                emit statusMessage(tr("Could not export to %1: %2").arg(file, error));
        });
    });
    bar->addWidget(m_severity);
    bar->addWidget(m_groupBy);
    bar->addWidget(m_showAccepted);
    bar->addStretch(1);
    bar->addWidget(exportAccepted);
    bar->addWidget(exportButton);
    return bar;
}

QWidget *AuditPane::buildFindingsViews()
{
    m_findingsStack = new QStackedWidget(m_findingsWidget);
    m_findingsView = new QTableView(m_findingsStack);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_proxy);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->sortByColumn(FindingsModel::Severity, Qt::DescendingOrder);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // thousands of findings
    m_findingsView->setWordWrap(false);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPane::showFinding);
    // Grouped: a tree of registry (or subscription) → its findings, built from what the filters keep.
    m_grouped = presentedModel<QStandardItemModel>(this);
    m_groupedView = new QTreeView(m_findingsStack);
    m_groupedView->setObjectName(QStringLiteral("groupedFindingsView"));
    m_groupedView->setAccessibleName(tr("Findings by group"));
    m_groupedView->setModel(m_grouped);
    m_groupedView->setUniformRowHeights(true);
    m_groupedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_groupedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                const QVariant row = i.siblingAtColumn(0).data(Qt::UserRole + 1);
                if (row.isValid())
                    showFindingAt(row.toInt());
            });
    m_findingsStack->addWidget(m_findingsView);
    m_findingsStack->addWidget(m_groupedView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditPane::rebuildGroups);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditPane::rebuildGroups);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditPane::rebuildGroups);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditPane::rebuildGroups);
    return m_findingsStack;
}

QWidget *AuditPane::buildFindingDetail()
{
    auto *detail = new QWidget(m_findingsWidget);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QPlainTextEdit(detail);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setAccessibleName(tr("Finding details"));
    m_detail->setReadOnly(true);
    m_fix = new QPushButton(tr("Fix…"), detail);
    m_fix->setObjectName(QStringLiteral("fixFindingButton"));
    m_fix->setEnabled(false);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (m_currentRow >= 0 && m_currentRow < m_findings->rowCount())
            emit fixRequested(m_findings->finding(m_currentRow));
    });
    m_accept = new QPushButton(tr("Accept…"), detail);
    m_accept->setObjectName(QStringLiteral("acceptFindingButton"));
    m_accept->setEnabled(false);
    connect(m_accept, &QPushButton::clicked, this, &AuditPane::acceptSelected);
    detailLayout->addWidget(m_detail, 1);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_accept);
    detailButtons->addWidget(m_fix);
    detailLayout->addLayout(detailButtons);
    return detail;
}

void AuditPane::buildMatrix(QWidget *parent)
{
    m_matrixWidget = new QWidget(parent);
    m_matrixWidget->setObjectName(QStringLiteral("matrixPane"));
    auto *layout = new QVBoxLayout(m_matrixWidget);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *filters = new QHBoxLayout;
    auto *rows = new QLineEdit(m_matrixWidget);
    rows->setObjectName(QStringLiteral("matrixRowFilter"));
    rows->setPlaceholderText(tr("Filter subnets"));
    rows->setAccessibleName(tr("Filter subnets"));
    enableNamedClearButton(rows);
    auto *columns = new QLineEdit(m_matrixWidget);
    columns->setObjectName(QStringLiteral("matrixColumnFilter"));
    columns->setPlaceholderText(tr("Filter registries"));
    columns->setAccessibleName(tr("Filter registries"));
    enableNamedClearButton(columns);
    connect(rows, &QLineEdit::textChanged, m_matrix, &AccessMatrixModel::setRowFilter);
    connect(columns, &QLineEdit::textChanged, m_matrix, &AccessMatrixModel::setColumnFilter);
    filters->addWidget(rows);
    filters->addWidget(columns);
    layout->addLayout(filters);
    auto *legend =
        new QLabel(tr("Legend: ✓ rule — allowed by a rule · ⚠ open — allowed because the registry is open · "
                      "✖ no effect — a rule exists but grants nothing · (i) depends — allowed only if the subnet's "
                      "public egress address is in the IP rules (the cell says which) · denied — blocked"),
                   m_matrixWidget);
    legend->setObjectName(QStringLiteral("matrixLegend"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    m_matrixIncomplete = new QLabel(m_matrixWidget);
    m_matrixIncomplete->setObjectName(QStringLiteral("matrixIncomplete"));
    m_matrixIncomplete->setWordWrap(true);
    m_matrixIncomplete->setVisible(false);
    layout->addWidget(m_matrixIncomplete);
    m_matrixView = new QTableView(m_matrixWidget);
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setAccessibleName(tr("Access matrix"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setWordWrap(false);
    // Fixed sizes: no per-row or per-column measuring, so 20,000 × 1,000 scrolls like 20 × 10.
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(110);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 8);
    connect(m_matrix, &AccessMatrixModel::rebuilt, this, &AuditPane::fitMatrixColumns);
    layout->addWidget(m_matrixView, 1);
    m_reason = new QLabel(tr("Select a cell to see why."), m_matrixWidget);
    m_reason->setObjectName(QStringLiteral("matrixReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reason);
    auto *exportMatrix = new QPushButton(tr("Export matrix…"), m_matrixWidget);
    exportMatrix->setObjectName(QStringLiteral("exportMatrixButton"));
    exportMatrix->setToolTip(tr("The whole matrix as CSV: a row per subnet, a column per registry"));
    connect(exportMatrix, &QPushButton::clicked, this, [this] {
        m_choose([this](const QString &file) {
            AuditReport report;
            report.inventory = m_inventory;
            QString error;
            if (PrivateFile::write(file, Presentation::instance()->shown(report.matrixToCsv()), &error))
                emit statusMessage(tr("Access matrix exported to %1.").arg(file));
            else
                emit statusMessage(tr("Could not export to %1: %2").arg(file, error));
        });
    });
    layout->addWidget(exportMatrix, 0, Qt::AlignRight);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        const AccessDecision d = m_matrix->decision(i.row(), i.column());
        emit registrySelected(m_matrix->headerData(i.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
        m_reason->setText(tr("%1 → %2: %3.\n%4")
                              .arg(m_matrix->headerData(i.row(), Qt::Vertical).toString(),
                                   m_matrix->headerData(i.column(), Qt::Horizontal).toString(),
                                   AccessEvaluator::resultText(d.result), d.reasons.join(QLatin1Char('\n'))));
    });
}

void AuditPane::setResults(const QList<Finding> &findings, const InventorySnapshot *inventory, const QString &scope,
                           const QHash<QString, QString> &gaps)
{
    m_inventory = inventory;
    m_scope = scope;
    m_gaps = gaps;
    // Never a quiet partial answer: both tabs say what the audit does not cover.
    const QString incomplete = incompleteText();
    for (QLabel *label : {m_incomplete, m_matrixIncomplete}) {
        label->setText(QStringLiteral("⚠ ") + incomplete);
        label->setVisible(!incomplete.isEmpty());
    }
    QList<Finding> marked = findings;
    m_suppressions.apply(marked);
    m_findings->setFindings(marked);
    // The matrix is laid out now, on a worker thread, shown or not: laid out when its tab opened, opening it waited
    // 130 ms for 100,000 rows (tests/bench/inventory.sh); the GUI thread only swaps the result in.
    m_matrix->setInventory(inventory);
    m_counts->setText(countsText());
    m_detail->clear();
    m_fix->setEnabled(false);
    m_currentRow = -1;
    updateAcceptButton();
}

void AuditPane::applySuppressions()
{
    QList<Finding> marked = m_findings->findings();
    m_suppressions.apply(marked);
    const int row = m_currentRow;
    m_findings->setFindings(marked);
    m_counts->setText(countsText());
    QSettings().setValue(QLatin1String(kSuppressionsKey), m_suppressions.toJson());
    if (row >= 0 && row < m_findings->rowCount())
        showFindingAt(row);
    rebuildGroups();
}

bool AuditPane::accept(const QString &checkId, const QString &registryId, const QString &reason, const QDate &expires)
{
    if (reason.trimmed().isEmpty() || checkId.isEmpty() || registryId.isEmpty())
        return false;
    Suppression s;
    s.checkId = checkId;
    s.resourceId = registryId;
    s.reason = reason.trimmed();
    s.expires = expires;
    s.acceptedAt = Clock::nowUtc();
    m_suppressions.accept(s);
    applySuppressions();
    emit statusMessage(tr("%1 on %2 accepted: %3").arg(checkId, ResourceId::parse(registryId).name(), s.reason));
    return true;
}

bool AuditPane::reinstate(const QString &checkId, const QString &registryId)
{
    if (!m_suppressions.remove(checkId, registryId))
        return false;
    applySuppressions();
    emit statusMessage(tr("%1 on %2 is no longer accepted.").arg(checkId, ResourceId::parse(registryId).name()));
    return true;
}

bool AuditPane::exportSuppressions(const QString &file, QString *error) const
{
    return PrivateFile::write(file, Presentation::instance()->shown(m_suppressions.toJson()), error);
}

void AuditPane::updateAcceptButton()
{
    const bool selected = m_currentRow >= 0 && m_currentRow < m_findings->rowCount();
    const bool accepted = selected && m_findings->finding(m_currentRow).suppressed;
    m_accept->setEnabled(selected);
    m_accept->setText(accepted ? tr("Reinstate") : tr("Accept…"));
    m_accept->setToolTip(accepted ? tr("Count this finding again")
                                  : tr("Accept this finding with a reason (and an expiry): it is shown apart, "
                                       "exported with the reason and does not fail --fail-on"));
}

void AuditPane::acceptSelected()
{
    if (m_currentRow < 0 || m_currentRow >= m_findings->rowCount())
        return;
    const Finding f = m_findings->finding(m_currentRow);
    if (f.suppressed) {
        reinstate(f.checkId, f.registryId);
        return;
    }
    auto *dialog = new AcceptFindingDialog(f, m_findingsWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AcceptFindingDialog::chosen, this, [this, f](const QString &reason, const QDate &expires) {
        accept(f.checkId, f.registryId, reason, expires);
    });
    dialog->open();
}

// One width for every column of the matrix, wide enough for the longest registry name (a name is never cut;
// measuring 5,000 names is a few milliseconds once per layout, resizing 5,000 sections one by one is not).
void AuditPane::fitMatrixColumns()
{
    QHeaderView *header = m_matrixView->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    int widest = 110;
    for (int c = 0; c < m_matrix->columnCount(); ++c)
        widest = qMax(widest, metrics.horizontalAdvance(m_matrix->headerData(c, Qt::Horizontal).toString()) + 16);
    header->setDefaultSectionSize(widest);
}

QString AuditPane::countsText() const
{
    const QString counts = tr("%1 high · %2 medium · %3 low")
                               .arg(m_findings->count(Finding::Severity::High))
                               .arg(m_findings->count(Finding::Severity::Medium))
                               .arg(m_findings->count(Finding::Severity::Low));
    const int accepted = m_findings->suppressedCount();
    return accepted == 0 ? counts : counts + QStringLiteral(" · ") + tr("%n accepted", nullptr, accepted);
}

QString AuditPane::incompleteText() const
{
    if (m_gaps.isEmpty())
        return {};
    int subscriptions = 0;
    int partial = 0;
    int covered = m_inventory ? int(m_inventory->subscriptions.size()) : 0;
    for (auto it = m_gaps.cbegin(); it != m_gaps.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("list:")))
            continue;
        if (it.key().startsWith(QLatin1String("partial:"))) {
            ++partial;
            continue;
        }
        ++subscriptions;
        // A subscription that failed now may still hold what an earlier load read: it is not covered.
        if (m_inventory && m_inventory->isLoaded(it.key()))
            --covered;
    }
    const int listings = int(m_gaps.size()) - subscriptions - partial;
    QString text = subscriptions > 0 || partial == 0
                       ? tr("Incomplete: covers %1 of %2 subscriptions; %n could not be read, and their findings are "
                            "missing or from an earlier load.",
                            nullptr, subscriptions)
                             .arg(covered)
                             .arg(covered + subscriptions)
                       : tr("Incomplete.");
    if (partial > 0)
        text += QLatin1Char(' ') +
                tr("%n subscription(s) were read only in part: what could not be read is left out.", nullptr, partial);
    if (listings > 0)
        text += QLatin1Char(' ') +
                tr("The subscriptions of %n account(s) or tenant(s) could not be listed.", nullptr, listings);
    return text + QLatin1Char(' ') + tr("Retry in the bar above.");
}

QString AuditPane::reasonText() const
{
    return m_reason->text();
}

void AuditPane::setGrouping(int grouping)
{
    m_grouping = grouping;
    if (m_groupBy->currentIndex() != grouping)
        m_groupBy->setCurrentIndex(grouping);
    m_findingsStack->setCurrentIndex(grouping == 0 ? 0 : 1);
    rebuildGroups();
}

void AuditPane::rebuildGroups()
{
    if (m_grouping == 0)
        return;
    m_grouped->clear();
    m_grouped->setHorizontalHeaderLabels({tr("Finding"), tr("Severity"), tr("Check")});
    QHash<QString, QStandardItem *> groups;
    QStringList order;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        const Finding &f = m_findings->finding(source);
        const QString key = m_grouping == 1 ? f.registryName : f.subscriptionName;
        QStandardItem *group = groups.value(key);
        if (!group) {
            group = new QStandardItem(key);
            groups.insert(key, group);
            order << key;
            m_grouped->appendRow({group, new QStandardItem(), new QStandardItem()});
        }
        auto *title = new QStandardItem(m_grouping == 1 ? f.title : f.registryName + QStringLiteral(": ") + f.title);
        title->setData(source, Qt::UserRole + 1);
        title->setToolTip(f.explanation);
        auto *severity = new QStandardItem(Finding::severityText(f.severity));
        severity->setIcon(StateIcons::icon(f.severity == Finding::Severity::High     ? StateIcons::State::Error
                                           : f.severity == Finding::Severity::Medium ? StateIcons::State::Warning
                                                                                     : StateIcons::State::Info));
        group->appendRow({title, severity, new QStandardItem(f.checkId)});
    }
    for (QStandardItem *group : std::as_const(groups))
        group->setText(tr("%1 (%n finding(s))", nullptr, group->rowCount()).arg(group->text()));
    m_groupedView->expandAll();
    m_groupedView->resizeColumnToContents(0);
}

void AuditPane::showFinding()
{
    const QModelIndex i = m_proxy->mapToSource(m_findingsView->currentIndex());
    if (i.isValid())
        showFindingAt(i.row());
}

void AuditPane::showFindingAt(int sourceRow)
{
    m_currentRow = sourceRow;
    const Finding &f = m_findings->finding(sourceRow);
    QStringList text{QStringLiteral("%1 · %2 · %3").arg(f.checkId, Finding::severityText(f.severity), f.title),
                     QString(), f.explanation, QString(), tr("Registry: %1").arg(f.registryId)};
    if (!f.policyId.isEmpty())
        text << tr("Azure Policy built-in: %1").arg(f.policyId);
    text << QString() << tr("Evidence:");
    for (const QString &e : f.evidence)
        text << QStringLiteral("  ") + e;
    if (!f.fixCommands.isEmpty())
        text << QString() << tr("Equivalent Azure CLI commands:") << f.fixCommands;
    if (f.suppressed)
        text << QString()
             << tr("Accepted: %1 (%2)")
                    .arg(f.suppressionReason, f.suppressionExpires.isValid()
                                                  ? tr("until %1").arg(f.suppressionExpires.toString(Qt::ISODate))
                                                  : tr("no expiry"));
    m_detail->setPlainText(text.join(QLatin1Char('\n')));
    m_fix->setEnabled(!m_readOnly && f.fix != Finding::Fix::None);
    updateAcceptButton();
    emit registrySelected(f.registryId);
}

bool AuditPane::exportTo(const QString &file, QString *error) const
{
    AuditReport report;
    report.findings = m_findings->findings();
    report.inventory = m_inventory;
    report.scope = m_scope;
    for (auto it = m_gaps.cbegin(); it != m_gaps.cend(); ++it) {
        const bool listing = it.key().startsWith(QLatin1String("list:"));
        const bool partial = it.key().startsWith(QLatin1String("partial:"));
        report.errors.append(QJsonObject{
            {listing ? QStringLiteral("account") : QStringLiteral("subscriptionId"), listing   ? it.key().mid(5)
                                                                                     : partial ? it.key().mid(8)
                                                                                               : it.key()},
            {QStringLiteral("error"), it.value()}});
    }
    const QString suffix = file.section(QLatin1Char('.'), -1).toLower();
    const QString format = suffix == QLatin1String("html") || suffix == QLatin1String("htm") ? QStringLiteral("html")
                           : suffix == QLatin1String("csv")                                  ? QStringLiteral("csv")
                                                                                             : QStringLiteral("json");
    // In presentation mode the report holds what the screen shows: placeholders.
    return PrivateFile::write(file, Presentation::instance()->shown(report.format(format)), error);
}

void AuditPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_fix->setEnabled(false);
        m_fix->setToolTip(tr("Read-only mode: no changes can be made."));
    }
}

} // namespace acrnet
