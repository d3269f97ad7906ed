#include "subscriptionpicker.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subscriptionlistmodel.h"
#include "presentation.h"
#include "widgethelpers.h"
#include "windowgeometry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acrnet {

SubscriptionPicker::SubscriptionPicker(const QList<ListedSubscription> &subscriptions, QWidget *parent)
    : QDialog(parent)
    , m_model(new SubscriptionListModel(this))
    , m_proxy(presentedModel<ResourceFilterProxyModel>(this))
{
    setObjectName(QStringLiteral("subscriptionPicker"));
    setWindowTitle(tr("Subscriptions"));
    WindowGeometry::fitToScreen(this, QSize(720, 460));
    m_model->setSubscriptions(subscriptions);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the subscriptions to browse. New subscriptions are included until you "
                                "clear them here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("subscriptionSearch"));
    m_search->setPlaceholderText(tr("Search by name, ID or tenant"));
    m_search->setAccessibleName(tr("Search subscriptions"));
    enableNamedClearButton(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ResourceFilterProxyModel::setFilterText);
    layout->addWidget(m_search);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("subscriptionView"));
    m_view->setAccessibleName(tr("Subscriptions"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SubscriptionListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    layout->addWidget(m_view, 1);

    auto *row = new QHBoxLayout;
    auto *all = new QPushButton(tr("Select &all"), this);
    all->setObjectName(QStringLiteral("selectAllButton"));
    auto *none = new QPushButton(tr("Select &none"), this);
    none->setObjectName(QStringLiteral("selectNoneButton"));
    all->setToolTip(tr("Tick every subscription the search shows"));
    none->setToolTip(tr("Clear every subscription the search shows"));
    connect(all, &QPushButton::clicked, this, [this] { selectVisible(true); });
    connect(none, &QPushButton::clicked, this, [this] { selectVisible(false); });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("subscriptionCount"));
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    row->addWidget(m_count);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("pickerButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_model, &SubscriptionListModel::checkedCountChanged, this, &SubscriptionPicker::updateCount);
    updateCount();
}

QSet<QString> SubscriptionPicker::excluded() const
{
    return m_model->excluded();
}

void SubscriptionPicker::selectVisible(bool checked)
{
    QList<int> rows;
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        rows.append(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    m_model->setAllChecked(checked, rows);
}

void SubscriptionPicker::updateCount()
{
    m_count->setText(tr("%1 of %n selected", nullptr, m_model->rowCount()).arg(m_model->checkedCount()));
}

} // namespace acrnet
