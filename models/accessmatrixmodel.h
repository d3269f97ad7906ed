#pragma once

#include "app/audit/accessevaluator.h"

#include <QAbstractTableModel>

namespace acrnet {

// Subnets (rows) × registries (columns), each cell the evaluated access. Cells are computed when a view asks for
// them, so 20,000 × 1,000 costs only what is on screen. Rows and columns can be narrowed by text. Which rows and
// columns, in which order, is worked out on a worker thread (sorting 20,000 IDs is tens of milliseconds); the
// model then resets once and emits rebuilt(). Until then it keeps showing the previous layout.
class AccessMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum { ResultRole = Qt::UserRole + 60, ReasonsRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setInventory(const InventorySnapshot *inventory);
    void setRowFilter(const QString &text);
    void setColumnFilter(const QString &text);
    bool isRebuilding() const { return m_rebuilding; }
    AccessDecision decision(int row, int column) const;
    QString subnetId(int row) const { return subnet(row).id.toString(); }
    QString registryId(int column) const { return registry(column).id.toString(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString cellText(AccessDecision::Result result);

signals:
    void rebuilt();

private:
    struct Layout
    {
        QStringList rows;
        QStringList columns;
    };
    static Layout layout(const QHash<QString, Subnet> &subnets, const QHash<QString, Registry> &registries,
                         const QString &rowFilter, const QString &columnFilter);
    void rebuild();
    Subnet subnet(int row) const;
    Registry registry(int column) const;

    const InventorySnapshot *m_inventory = nullptr;
    QString m_rowFilter;
    QString m_columnFilter;
    // Keys into the inventory, not copies: cheap to sort, and nothing dangles when the inventory changes.
    QStringList m_rows;
    QStringList m_columns;
    quint64 m_generation = 0;
    bool m_rebuilding = false;
};

} // namespace acrnet
