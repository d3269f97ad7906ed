#include "machinecheckmodel.h"
#include "stateicons.h"

namespace acrnet {

MachineCheckModel::MachineCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MachineCheckModel::setMachines(const QList<VirtualMachine> &machines)
{
    beginResetModel();
    m_rows.clear();
    for (const VirtualMachine &vm : machines)
        m_rows.append(Row{vm, std::nullopt, {}, std::nullopt, {}});
    endResetModel();
}

void MachineCheckModel::setPredictions(const QList<AccessDecision> &predictions)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].prediction = predictions.value(i);
        m_rows[i].result.reset();
        m_rows[i].error.clear();
        m_rows[i].running.clear();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void MachineCheckModel::setRunning(int row, const QString &status)
{
    m_rows[row].running = status;
    m_rows[row].result.reset();
    m_rows[row].error.clear();
    changed(row);
}

void MachineCheckModel::setResult(int row, const ProbeResult &result)
{
    m_rows[row].running.clear();
    m_rows[row].result = result;
    m_rows[row].error.clear();
    changed(row);
}

void MachineCheckModel::setError(int row, const QString &error)
{
    m_rows[row].running.clear();
    m_rows[row].result.reset();
    m_rows[row].error = error;
    changed(row);
}

void MachineCheckModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString MachineCheckModel::powerStateText(const QString &state)
{
    if (state.isEmpty())
        return tr("unknown");
    if (state == QLatin1String("running"))
        return tr("running");
    if (state == QLatin1String("deallocated"))
        return tr("deallocated");
    if (state == QLatin1String("deallocating"))
        return tr("deallocating");
    if (state == QLatin1String("stopped"))
        return tr("stopped");
    if (state == QLatin1String("stopping"))
        return tr("stopping");
    if (state == QLatin1String("starting"))
        return tr("starting");
    return state;
}

bool MachineCheckModel::disagrees(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.prediction || !r.result || r.result->outcome == ProbeResult::Outcome::Unreachable ||
        r.prediction->result == AccessDecision::Result::DependsOnEgress ||
        r.prediction->result == AccessDecision::Result::InvalidInput)
        return false;
    return r.prediction->allowed() != (r.result->outcome == ProbeResult::Outcome::Reachable);
}

QString MachineCheckModel::resultText(const Row &row) const
{
    if (!row.running.isEmpty())
        return tr("Running… (%1)").arg(row.running);
    if (!row.error.isEmpty())
        return tr("Not checked: %1").arg(row.error);
    if (!row.result)
        return {};
    switch (row.result->outcome) {
    case ProbeResult::Outcome::Reachable:
        return tr("Reachable (HTTP %1)").arg(row.result->status);
    case ProbeResult::Outcome::Blocked:
        return row.result->seenAddress.isEmpty()
                   ? tr("Blocked (HTTP 403)")
                   : tr("Blocked (HTTP 403): the registry saw %1").arg(row.result->seenAddress);
    case ProbeResult::Outcome::Unreachable:
        return tr("No answer: %1").arg(row.result->detail);
    }
    return {};
}

int MachineCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MachineCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MachineCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const VirtualMachine &vm = r.machine;
    if (role == DisagreesRole)
        return disagrees(index.row());
    if (role == Qt::DecorationRole && index.column() == Result && disagrees(index.row()))
        return StateIcons::icon(StateIcons::State::Warning);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Prediction && r.prediction)
            return r.prediction->reasons.join(QLatin1Char('\n'));
        if (index.column() == Result) {
            QString text = r.result ? r.result->text() : r.error;
            if (disagrees(index.row()))
                text += QLatin1Char('\n') + tr("This differs from the prediction: the registry's rules or the "
                                               "network changed since the inventory was read, or something this app "
                                               "does not see (a proxy, a firewall, DNS) is in the path.");
            return text;
        }
        if (index.column() == Subnet)
            return vm.subnetId;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Machine:
        return vm.name;
    case Subnet:
        return vm.subnetId.isEmpty() ? tr("unknown")
                                     : vm.subnetId.section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') +
                                           vm.subnetId.section(QLatin1Char('/'), -1);
    case Os:
        return vm.osType;
    case State:
        return powerStateText(vm.powerState);
    case PrivateIp:
        return vm.privateIp;
    case PublicIp:
        return vm.publicIp.isEmpty() ? (vm.publicIpId.isEmpty() ? tr("none") : tr("not read")) : vm.publicIp;
    case Prediction:
        return r.prediction ? AccessEvaluator::resultText(r.prediction->result) : QString();
    case Result:
        return disagrees(index.row()) ? tr("%1 — differs from the prediction").arg(resultText(r)) : resultText(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MachineCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Machine:
        return tr("Virtual machine");
    case Subnet:
        return tr("Subnet");
    case Os:
        return tr("OS");
    case State:
        return tr("State");
    case PrivateIp:
        return tr("Private IP");
    case PublicIp:
        return tr("Public IP");
    case Prediction:
        return tr("Predicted");
    case Result:
        return tr("Registry answered");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acrnet
