#include "runningoperationsmodel.h"
#include "app/azure/clock.h"

namespace acrnet {

RunningOperationsModel::RunningOperationsModel(RunningOperations *operations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_operations(operations)
    , m_rows(operations ? operations->operations() : QList<RunningOperations::Operation>())
{
    if (!operations)
        return;
    connect(operations, &RunningOperations::added, this, [this](const QString &id) {
        const int i = m_operations->indexOf(id);
        if (i < 0)
            return;
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(m_operations->operations().at(i));
        endInsertRows();
    });
    connect(operations, &RunningOperations::changed, this, [this](const QString &id) {
        const int i = m_operations->indexOf(id);
        for (int row = 0; i >= 0 && row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id) {
                m_rows[row] = m_operations->operations().at(i);
                emit dataChanged(index(row, 0), index(row, Count - 1));
            }
        }
    });
    connect(operations, &RunningOperations::finished, this, [this](const QString &id) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
                return;
            }
        }
    });
}

int RunningOperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunningOperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant RunningOperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunningOperations::Operation &op = m_rows.at(index.row());
    switch (role) {
    case OperationIdRole:
        return op.id;
    case CancellableRole:
        return m_operations && m_operations->canCancel(op.id);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Title:
            return op.title;
        case Progress:
            return op.progress;
        case Elapsed:
            return tr("%n s", nullptr, int(op.started.secsTo(Clock::nowUtc())));
        case Count:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RunningOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Change");
    case Progress:
        return tr("Where it is");
    case Elapsed:
        return tr("Running for");
    case Count:
        break;
    }
    return {};
}

void RunningOperationsModel::refreshElapsed()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Elapsed), index(int(m_rows.size()) - 1, Elapsed));
}

} // namespace acrnet
