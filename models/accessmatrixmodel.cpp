#include "accessmatrixmodel.h"
#include "stateicons.h"

#include <QBrush>
#include <QColor>

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
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    if (m_inventory) {
        m_rows.reserve(m_inventory->subnets.size());
        for (auto it = m_inventory->subnets.cbegin(); it != m_inventory->subnets.cend(); ++it) {
            if (m_rowFilter.isEmpty() || it.key().contains(m_rowFilter) ||
                it->addressPrefixes.join(QLatin1Char(' ')).contains(m_rowFilter))
                m_rows.append(it.key());
        }
        for (auto it = m_inventory->registries.cbegin(); it != m_inventory->registries.cend(); ++it) {
            if (m_columnFilter.isEmpty() || it.key().contains(m_columnFilter))
                m_columns.append(it.key());
        }
        m_rows.sort();
        std::sort(m_columns.begin(), m_columns.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char('/'), -1).compare(b.section(QLatin1Char('/'), -1), Qt::CaseInsensitive) < 0;
        });
    }
    endResetModel();
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
    }
    return {};
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::BackgroundRole && role != Qt::DecorationRole && role != ResultRole &&
        role != ReasonsRole && role != Qt::ToolTipRole)
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
                                                                                      : StateIcons::State::None);
    case Qt::BackgroundRole:
        switch (d.result) {
        case AccessDecision::Result::AllowedByRule:
            return QBrush(QColor(0xd7, 0xf0, 0xdc));
        case AccessDecision::Result::AllowedOpen:
            return QBrush(QColor(0xfd, 0xe9, 0xc8));
        case AccessDecision::Result::RuleIneffective:
            return QBrush(QColor(0xf6, 0xd0, 0xd0));
        case AccessDecision::Result::Denied:
            return {};
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
