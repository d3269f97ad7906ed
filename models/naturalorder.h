#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace acrnet {

// Compares names as people read them: runs of digits by their value ("snet-9" before "snet-10", "vm2" before
// "vm10"), letters regardless of case; names with characters beyond ASCII (display names, "Producción") by the
// user's locale through QCollator in numeric mode. Equal by these rules, the plain text decides, so the order is total.
int naturalCompare(const QString &a, const QString &b);

// A sort proxy whose text comparison is naturalCompare (other types compare as QSortFilterProxyModel does).
class NaturalSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace acrnet
