#include "subnetpicker.h"
#include "models/inventoryroles.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subnettablemodel.h"
#include "presentation.h"
#include "widgethelpers.h"
#include "windowgeometry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace acrnet {

SubnetPicker::SubnetPicker(SubnetTableModel *subnets, QWidget *parent)
    : QDialog(parent)
    , m_proxy(presentedModel<ResourceFilterProxyModel>(this))
{
    setObjectName(QStringLiteral("subnetPicker"));
    setWindowTitle(tr("Add subnets"));
    WindowGeometry::fitToScreen(this, QSize(820, 480));
    m_proxy->setSortBelowFilter(true);
    m_proxy->setSourceModel(subnets);
    auto *layout = new QVBoxLayout(this);
    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("subnetSearch"));
    search->setPlaceholderText(tr("Search by name, VNet, prefix, region or subscription"));
    search->setAccessibleName(tr("Search subnets"));
    enableNamedClearButton(search);
    connect(search, &QLineEdit::textChanged, m_proxy, &ResourceFilterProxyModel::setFilterText);
    layout->addWidget(search);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("subnetPickerView"));
    m_view->setAccessibleName(tr("Subnets"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SubnetTableModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    layout->addWidget(m_view, 1);
    // Before the rule is added: a subnet whose hosts are a service's grants that service nothing.
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("subnetPickerWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->hide();
    layout->addWidget(m_warning);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubnetPicker::updateWarning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SubnetPicker *SubnetPicker::pick(SubnetTableModel *subnets, QWidget *parent,
                                 std::function<void(const QStringList &)> picked)
{
    auto *picker = new SubnetPicker(subnets, parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, picker, [picker, picked] { picked(picker->selectedSubnetIds()); });
    picker->open();
    return picker;
}

void SubnetPicker::updateWarning()
{
    QStringList warnings;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows(SubnetTableModel::Hosts)) {
        const QString why = i.data(Qt::ToolTipRole).toString();
        if (!why.isEmpty())
            warnings << why;
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

QStringList SubnetPicker::selectedSubnetIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << i.data(ResourceIdRole).toString();
    return ids;
}

} // namespace acrnet
