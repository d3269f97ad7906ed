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
    // A write attempt's entry is completed in place when the write ends.
    connect(log, &ActivityLog::updated, this, [this](const ActivityEntry &e) {
        for (int row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).id == e.id) {
                m_entries[row] = e;
                emit dataChanged(index(row, 0), index(row, Count - 1));
                return;
            }
        }
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
        return StateIcons::icon(e.outcome == ActivityEntry::Outcome::Applied         ? StateIcons::State::Ok
                                : e.outcome == ActivityEntry::Outcome::Running       ? StateIcons::State::Busy
                                : e.outcome == ActivityEntry::Outcome::FailedUnknown ? StateIcons::State::Warning
                                                                                     : StateIcons::State::Error);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Target)
            return e.target;
        QStringList tip{e.outcomeText()};
        if (!e.message.isEmpty())
            tip << e.message;
        for (const QJsonValue &r : e.requests) {
            const QJsonObject o = r.toObject();
            tip << tr("%1 %2 → %3 (request ID %4)")
                       .arg(o.value(QLatin1String("method")).toString(),
                            o.value(QLatin1String("path")).toString().section(QLatin1Char('?'), 0, 0))
                       .arg(o.value(QLatin1String("status")).toInt())
                       .arg(o.value(QLatin1String("requestId")).toString());
        }
        return tip.join(QLatin1Char('\n'));
    }
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
        return e.outcomeText();
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
