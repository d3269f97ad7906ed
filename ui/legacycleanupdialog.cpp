#include "legacycleanupdialog.h"
#include "models/stateicons.h"
#include "windowgeometry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace acrnet {

namespace {

enum Column { RegistryColumn, RulesColumn, ResultColumn };

StateIcons::State stateIcon(LegacyCleanupItem::State s)
{
    using S = LegacyCleanupItem::State;
    switch (s) {
    case S::Waiting:
        return StateIcons::State::None;
    case S::Running:
        return StateIcons::State::Busy;
    case S::Removed:
        return StateIcons::State::Ok;
    case S::Conflict:
    case S::Cancelled:
    case S::FailedUnchanged:
        return StateIcons::State::Warning;
    case S::FailedUnknown:
        return StateIcons::State::Error;
    }
    return StateIcons::State::None;
}

} // namespace

LegacyCleanupDialog::LegacyCleanupDialog(LegacyRuleCleanup *cleanup, const QList<LegacyCleanupItem> &plan,
                                         const QStringList &others, QWidget *parent)
    : WriteDialog(parent)
    , m_cleanup(cleanup)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("legacyCleanupDialog"));
    setWindowTitle(tr("Remove service-endpoint rules"));
    WindowGeometry::fitToScreen(this, QSize(900, 620));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Registry service endpoints are no longer developed; private endpoints are recommended, and the two cannot "
           "be combined on one registry. This removes every VNet rule of the registries checked below — one change "
           "per registry, sent only if the registry is still as reviewed. Give their consumers another way in first "
           "(the private endpoint below each), or they lose access."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("cleanupView"));
    m_view->setAccessibleName(tr("Registries and what removing their rules changes"));
    m_view->setHeaderLabels({tr("Registry"), tr("VNet rules"), tr("Result")});
    m_view->setWordWrap(true);
    for (const LegacyCleanupItem &item : std::as_const(m_plan))
        addItem(item);
    m_view->header()->setSectionResizeMode(RegistryColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(RegistryColumn, 460);
    layout->addWidget(m_view, 1);
    if (!others.isEmpty()) {
        auto *rest =
            new QLabel(tr("Nothing to remove (no VNet rules): %1.").arg(others.join(QStringLiteral(", "))), this);
        rest->setObjectName(QStringLiteral("cleanupOthers"));
        rest->setWordWrap(true);
        layout->addWidget(rest);
    }
    auto *commandsLabel = new QLabel(tr("Equivalent Azure CLI commands:"), this);
    layout->addWidget(commandsLabel);
    m_commands = new QPlainTextEdit(this);
    m_commands->setObjectName(QStringLiteral("cleanupCommands"));
    m_commands->setReadOnly(true);
    m_commands->setAccessibleName(tr("Equivalent Azure CLI commands"));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    commandsLabel->setBuddy(m_commands);
    layout->addWidget(m_commands);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("cleanupProgress"));
    m_progress->setRange(0, int(m_plan.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m registries"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cleanupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Remove rules"), this);
    m_run->setObjectName(QStringLiteral("cleanupRunButton"));
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setObjectName(QStringLiteral("cleanupStopButton"));
    m_cancel->setToolTip(tr("Stops before the next registry; the one under way stops too if nothing was sent yet."));
    m_cancel->hide();
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_run, &QPushButton::clicked, this, &LegacyCleanupDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cleanup && m_cleanup->cancel())
            m_cancel->setEnabled(false);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_view, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (!item->parent() && column == RegistryColumn)
            updateCommands();
    });
    updateCommands();
}

void LegacyCleanupDialog::addItem(const LegacyCleanupItem &item)
{
    auto *top = new QTreeWidgetItem(
        m_view, {item.registry.name, QString::number(item.before.rules.virtualNetworkRules.size()), QString()});
    top->setFlags(top->flags() | Qt::ItemIsUserCheckable);
    top->setCheckState(RegistryColumn, Qt::Checked);
    top->setToolTip(RegistryColumn, item.registry.id.toString());
    auto child = [top](const QString &text, StateIcons::State icon = StateIcons::State::None) {
        auto *c = new QTreeWidgetItem(top, {text});
        c->setToolTip(RegistryColumn, text);
        c->setFirstColumnSpanned(true);
        if (icon != StateIcons::State::None)
            c->setIcon(RegistryColumn, StateIcons::icon(icon));
        return c;
    };
    for (const VirtualNetworkRule &rule : item.before.rules.virtualNetworkRules)
        child(tr("Removes the rule for %1/%2")
                  .arg(rule.subnetId.section(QLatin1Char('/'), -3, -3), rule.subnetId.section(QLatin1Char('/'), -1)))
            ->setToolTip(RegistryColumn, rule.subnetId);
    for (const AccessLoss &loss : item.losses)
        child(tr("Loses access: %1 — %2. Way forward: %3.").arg(loss.who, loss.why, loss.wayForward),
              StateIcons::State::Warning);
    for (const QString &nothing : item.grantingNothing)
        child(tr("Grants nothing today, so nothing changes: %1").arg(nothing));
    if (item.losses.isEmpty())
        child(tr("Nobody loses access: %1")
                  .arg(item.before.rules.defaultAction == NetworkRuleSet::DefaultAction::Allow
                           ? tr("the default action is Allow, so the rules had no effect.")
                           : tr("the rules granted nothing.")));
    for (const QString &pe : item.privateEndpointCommands)
        child(tr("Instead, a private endpoint: %1").arg(pe), StateIcons::State::Info);
    top->setExpanded(m_plan.size() <= 3);
}

QStringList LegacyCleanupDialog::included() const
{
    QStringList names;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        if (m_view->topLevelItem(i)->checkState(RegistryColumn) == Qt::Checked)
            names << m_plan.at(i).registry.name;
    }
    return names;
}

void LegacyCleanupDialog::updateCommands()
{
    QStringList lines;
    int checked = 0;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        if (m_view->topLevelItem(i)->checkState(RegistryColumn) != Qt::Checked)
            continue;
        ++checked;
        lines << m_plan.at(i).removeCommands;
    }
    m_commands->setPlainText(lines.join(QLatin1Char('\n')));
    m_run->setEnabled(checked > 0 && m_cleanup && !m_cleanup->isRunning() && m_running.isEmpty());
    m_run->setText(tr("&Remove rules from %n registries", nullptr, checked));
}

void LegacyCleanupDialog::run()
{
    if (!m_cleanup || m_cleanup->isRunning())
        return;
    QList<LegacyCleanupItem> items;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_view->topLevelItem(i);
        top->setFlags(top->flags() & ~Qt::ItemIsUserCheckable);
        if (top->checkState(RegistryColumn) != Qt::Checked) {
            top->setText(ResultColumn, tr("Left out"));
            continue;
        }
        m_running << i;
        items << m_plan.at(i);
    }
    if (items.isEmpty())
        return;
    m_run->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, int(items.size()));
    m_progress->show();
    connect(m_cleanup, &LegacyRuleCleanup::itemChanged, this, &LegacyCleanupDialog::showItem);
    connect(m_cleanup, &LegacyRuleCleanup::finished, this, &LegacyCleanupDialog::finished);
    m_cleanup->start(items);
    emit started(m_cleanup->operationId());
}

void LegacyCleanupDialog::showItem(int index)
{
    if (!m_cleanup || index < 0 || index >= m_running.size())
        return;
    const LegacyCleanupItem &item = m_cleanup->items().at(index);
    QTreeWidgetItem *top = m_view->topLevelItem(m_running.at(index));
    top->setText(ResultColumn, item.state == LegacyCleanupItem::State::Running ? tr("Removing…") : item.result);
    top->setToolTip(ResultColumn, top->text(ResultColumn));
    top->setIcon(ResultColumn, StateIcons::icon(stateIcon(item.state)));
    int done = 0;
    for (const LegacyCleanupItem &i : m_cleanup->items())
        done += i.isDone() ? 1 : 0;
    m_progress->setValue(done);
    m_summary->setText(m_cleanup->summary());
}

void LegacyCleanupDialog::finished(bool cancelled)
{
    m_cancel->hide();
    m_summary->setText(m_cleanup->summary() + QLatin1Char(' ') +
                       (cancelled
                            ? tr("Stopped. Each registry changed is in the activity log, where it can be restored.")
                            : tr("Each registry changed is in the activity log, where it can be restored.")));
}

QString LegacyCleanupDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace acrnet
