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
        for (const Subnet &s : m_inventory->subnets) {
            if (m_rowFilter.isEmpty() || s.id.key().contains(m_rowFilter) ||
                s.addressPrefixes.join(QLatin1Char(' ')).contains(m_rowFilter))
                m_rows.append(s);
        }
        for (const Registry &r : m_inventory->registries) {
            if (m_columnFilter.isEmpty() || r.id.key().contains(m_columnFilter))
                m_columns.append(r);
        }
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const Subnet &a, const Subnet &b) { return a.id.key() < b.id.key(); });
        std::sort(m_columns.begin(), m_columns.end(),
                  [](const Registry &a, const Registry &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    }
    endResetModel();
}

AccessDecision AccessMatrixModel::decision(int row, int column) const
{
    return AccessEvaluator::fromSubnet(m_columns.at(column), m_rows.at(row).id.toString(), *m_inventory);
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
        return orientation == Qt::Horizontal ? m_columns.value(section).id.toString()
                                             : m_rows.value(section).id.toString();
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section).name;
    const Subnet s = m_rows.value(section);
    return QString(s.id.toString().section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') + s.name);
}

} // namespace acrnet
