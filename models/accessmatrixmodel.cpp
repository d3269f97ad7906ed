#include "accessmatrixmodel.h"
#include "app/azure/workerpool.h"
#include "stateicons.h"
#include "themecolors.h"

#include <QGuiApplication>
#include <algorithm>
#include <cstring>
#include <vector>

#include <QBrush>
#include <QColor>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace acrnet {

void AccessMatrixModel::setInventory(const InventorySnapshot *inventory)
{
    m_inventory = inventory;
    rebuild();
}

void AccessMatrixModel::setRowFilter(const QString &text)
{
    m_rowFilter = text.trimmed().toLower();
    rebuild();
}

void AccessMatrixModel::setColumnFilter(const QString &text)
{
    m_columnFilter = text.trimmed().toLower();
    rebuild();
}

void AccessMatrixModel::rebuild()
{
    const quint64 generation = ++m_generation;
    if (!m_inventory) {
        m_rebuilding = false;
        beginResetModel();
        m_rows.clear();
        m_columns.clear();
        endResetModel();
        emit rebuilt();
        return;
    }
    m_rebuilding = true;
    // The worker gets copies of the two hashes: implicitly shared, so copying is free, and a later change to the
    // inventory on this thread detaches instead of touching what the worker reads.
    auto *watcher = new QFutureWatcher<Layout>(this);
    connect(watcher, &QFutureWatcher<Layout>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a newer inventory or filter
        const Layout fresh = watcher->result();
        m_rebuilding = false;
        beginResetModel();
        m_rows = fresh.rows;
        m_columns = fresh.columns;
        endResetModel();
        emit rebuilt();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &AccessMatrixModel::layout, m_inventory->subnets,
                                         m_inventory->registries, m_rowFilter, m_columnFilter));
}

AccessMatrixModel::Layout AccessMatrixModel::layout(const QHash<QString, Subnet> &subnets,
                                                    const QHash<QString, Registry> &registries,
                                                    const QString &rowFilter, const QString &columnFilter)
{
    Layout out;
    out.rows.reserve(subnets.size());
    for (auto it = subnets.cbegin(); it != subnets.cend(); ++it) {
        if (rowFilter.isEmpty() || it.key().contains(rowFilter) ||
            it->addressPrefixes.join(QLatin1Char(' ')).contains(rowFilter))
            out.rows.append(it.key());
    }
    out.rows.sort();
    // Registries by name: each name extracted once, not twice per comparison.
    std::vector<std::pair<QString, QString>> columns;
    for (auto it = registries.cbegin(); it != registries.cend(); ++it) {
        if (columnFilter.isEmpty() || it.key().contains(columnFilter))
            columns.emplace_back(it.key().section(QLatin1Char('/'), -1), it.key());
    }
    std::sort(columns.begin(), columns.end(), [](const auto &a, const auto &b) {
        const int c = a.first.compare(b.first, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    out.columns.reserve(qsizetype(columns.size()));
    for (const auto &c : columns)
        out.columns.append(c.second);
    return out;
}

Subnet AccessMatrixModel::subnet(int row) const
{
    return m_inventory ? m_inventory->subnets.value(m_rows.value(row)) : Subnet();
}

Registry AccessMatrixModel::registry(int column) const
{
    return m_inventory ? m_inventory->registries.value(m_columns.value(column)) : Registry();
}

AccessDecision AccessMatrixModel::decision(int row, int column) const
{
    const Registry r = registry(column);
    if (!r.id.isValid())
        return {};
    return AccessEvaluator::fromSubnet(r, subnet(row).id.toString(), *m_inventory);
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString AccessMatrixModel::cellText(AccessDecision::Result result)
{
    switch (result) {
    case AccessDecision::Result::AllowedByRule:
        return tr("rule");
    case AccessDecision::Result::AllowedOpen:
        return tr("open");
    case AccessDecision::Result::Denied:
        return tr("denied");
    case AccessDecision::Result::RuleIneffective:
        return tr("no effect");
    case AccessDecision::Result::DependsOnEgress:
        return tr("depends");
    case AccessDecision::Result::InvalidInput:
        break;
    }
    return {};
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::BackgroundRole && role != Qt::ForegroundRole &&
        role != Qt::DecorationRole && role != ResultRole && role != ReasonsRole && role != Qt::ToolTipRole)
        return {};
    const AccessDecision d = decision(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(d.result);
    case ResultRole:
        return int(d.result);
    case ReasonsRole:
        return d.reasons;
    case Qt::ToolTipRole:
        return d.reasons.join(QLatin1Char('\n'));
    case Qt::DecorationRole: // shape as well as colour: readable without colour vision
        return StateIcons::icon(d.result == AccessDecision::Result::AllowedByRule     ? StateIcons::State::Ok
                                : d.result == AccessDecision::Result::AllowedOpen     ? StateIcons::State::Warning
                                : d.result == AccessDecision::Result::RuleIneffective ? StateIcons::State::Error
                                : d.result == AccessDecision::Result::DependsOnEgress ? StateIcons::State::Info
                                                                                      : StateIcons::State::None);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: { // tints for the palette in use (light or dark), with text that reads on them
        ThemeColors::Tint tint = ThemeColors::Tint::Allowed;
        switch (d.result) {
        case AccessDecision::Result::AllowedByRule:
            tint = ThemeColors::Tint::Allowed;
            break;
        case AccessDecision::Result::AllowedOpen:
            tint = ThemeColors::Tint::Open;
            break;
        case AccessDecision::Result::RuleIneffective:
            tint = ThemeColors::Tint::Ineffective;
            break;
        case AccessDecision::Result::DependsOnEgress:
            tint = ThemeColors::Tint::Depends;
            break;
        case AccessDecision::Result::Denied:
        case AccessDecision::Result::InvalidInput:
            return {}; // the palette's own base and text
        }
        const ThemeColors::Pair pair = ThemeColors::tint(tint, QGuiApplication::palette());
        return QBrush(role == Qt::BackgroundRole ? pair.background : pair.foreground);
    }
    }
    return {};
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Horizontal ? registry(section).id.toString() : subnet(section).id.toString();
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return registry(section).name;
    const Subnet s = subnet(section);
    return QString(s.id.toString().section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') + s.name);
}

} // namespace acrnet
