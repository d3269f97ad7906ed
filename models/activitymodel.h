#pragma once

#include "app/services/activitylog.h"

#include <QAbstractTableModel>

namespace acrnet {

// The activity log as a table, newest first: time, change, target, result.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Summary, Target, Result, Count };
    enum { EntryIdRole = Qt::UserRole + 40 };

    explicit ActivityModel(ActivityLog *log, QObject *parent = nullptr);

    ActivityEntry entry(int row) const { return m_entries.at(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActivityEntry> m_entries; // newest first
};

} // namespace acrnet
