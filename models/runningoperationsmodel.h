#pragma once

#include "app/services/runningoperations.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace acrnet {

// The changes under way, in the order they started: what, where it has got to, how long it has run, and whether it
// can still be cancelled. refreshElapsed() (called every second by the view's owner) updates the time column.
class RunningOperationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Progress, Elapsed, Count };
    enum { OperationIdRole = Qt::UserRole + 60, CancellableRole };

    explicit RunningOperationsModel(RunningOperations *operations, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void refreshElapsed();

private:
    QPointer<RunningOperations> m_operations;
    QList<RunningOperations::Operation> m_rows;
};

} // namespace acrnet
