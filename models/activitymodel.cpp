#include "activitymodel.h"
#include "app/azure/resourceid.h"
#include "stateicons.h"

#include <QLocale>

namespace acrnet {

ActivityModel::ActivityModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
{
    const QList<ActivityEntry> all = log->entries();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        m_entries.append(*it);
    connect(log, &ActivityLog::recorded, this, [this](const ActivityEntry &e) {
        beginInsertRows({}, 0, 0);
        m_entries.prepend(e);
        endInsertRows();
    });
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::DecorationRole && index.column() == Result)
        return StateIcons::icon(e.succeeded ? StateIcons::State::Ok : StateIcons::State::Error);
    if (role == Qt::ToolTipRole)
        return index.column() == Target ? e.target : e.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case Summary:
        return e.summary;
    case Target: {
        const ResourceId id = ResourceId::parse(e.target);
        return id.isValid() ? id.name() : e.target;
    }
    case Result:
        return e.succeeded ? tr("done") : tr("failed");
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("When");
    case Summary:
        return tr("Change");
    case Target:
        return tr("Resource");
    case Result:
        return tr("Result");
    }
    return {};
}

} // namespace acrnet
