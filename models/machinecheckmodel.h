#pragma once

#include "app/audit/accessevaluator.h"
#include "app/services/accessprobe.h"

#include <QAbstractTableModel>
#include <optional>

namespace acrnet {

// The machines of "Check access from a VM…": where each sits, whether it runs, what the evaluator predicts for the
// chosen registry, and what the registry answered it through Run Command — with disagreements flagged.
class MachineCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Machine, Subnet, Os, State, PrivateIp, PublicIp, Prediction, Result, ColumnCount };
    enum Role { DisagreesRole = Qt::UserRole + 1 };

    explicit MachineCheckModel(QObject *parent = nullptr);

    void setMachines(const QList<VirtualMachine> &machines);
    // Predictions for a registry (results from another registry no longer apply and are cleared).
    void setPredictions(const QList<AccessDecision> &predictions);
    void setRunning(int row, const QString &status);
    void setResult(int row, const ProbeResult &result);
    void setError(int row, const QString &error);

    const VirtualMachine &machine(int row) const { return m_rows.at(row).machine; }
    std::optional<ProbeResult> result(int row) const { return m_rows.at(row).result; }
    QString error(int row) const { return m_rows.at(row).error; }
    // Azure's power state ("running", "deallocated"…) in the user's language; unknown words as they came.
    static QString powerStateText(const QString &state);
    // The registry answered otherwise than predicted (allowed vs blocked); "no answer" and "depends" never disagree.
    bool disagrees(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        VirtualMachine machine;
        std::optional<AccessDecision> prediction;
        QString running;
        std::optional<ProbeResult> result;
        QString error;
    };
    QString resultText(const Row &row) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace acrnet
