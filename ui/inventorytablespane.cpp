#include "inventorytablespane.h"
#include "cachedtextdelegate.h"
#include "models/registrytablemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "models/subnettablemodel.h"
#include "presentation.h"

#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace acrnet {

namespace {

QLabel *emptyLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(24);
    return label;
}

} // namespace

InventoryTablesPane::InventoryTablesPane(RegistryTableModel *registries, SubnetTableModel *subnets, QWidget *parent)
    : QWidget(parent)
    , m_registryProxy(presentedModel<ResourceFilterProxyModel>(this))
    , m_subnetProxy(presentedModel<ResourceFilterProxyModel>(this))
{
    setObjectName(QStringLiteral("tablesPane"));
    m_registryProxy->setObjectName(QStringLiteral("registryProxy"));
    m_subnetProxy->setObjectName(QStringLiteral("subnetProxy"));
    m_registryProxy->setSortInModel(true); // this pane owns the order of the main tables
    m_subnetProxy->setSortInModel(true);
    m_registryProxy->setSourceModel(registries);
    m_subnetProxy->setSourceModel(subnets);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tableTabs"));
    m_tabs->setDocumentMode(true);

    m_registryView = createView(QStringLiteral("registryTable"), m_registryProxy);
    m_registryView->setAccessibleName(tr("Registries"));
    m_registryEmpty = emptyLabel(QStringLiteral("registryEmptyState"), this);
    m_registryStack = new QStackedWidget(this);
    m_registryStack->addWidget(m_registryView);
    m_registryStack->addWidget(m_registryEmpty);
    m_subnetView = createView(QStringLiteral("subnetTable"), m_subnetProxy);
    m_subnetView->setAccessibleName(tr("Subnets"));
    m_subnetEmpty = emptyLabel(QStringLiteral("subnetEmptyState"), this);
    m_subnetStack = new QStackedWidget(this);
    m_subnetStack->addWidget(m_subnetView);
    m_subnetStack->addWidget(m_subnetEmpty);
    m_tabs->addTab(m_registryStack, tr("Registries"));
    m_tabs->addTab(m_subnetStack, tr("Subnets"));
    layout->addWidget(m_tabs);

    for (auto *proxy : {m_registryProxy, m_subnetProxy}) {
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &InventoryTablesPane::updateEmptyStates);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &InventoryTablesPane::updateEmptyStates);
        connect(proxy, &QAbstractItemModel::modelReset, this, &InventoryTablesPane::updateEmptyStates);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &InventoryTablesPane::updateEmptyStates);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        fitPending();
        QTableView *view = currentTab() == RegistriesTab ? m_registryView : m_subnetView;
        emit currentChanged(view->currentIndex());
    });
    updateEmptyStates();
}

QTableView *InventoryTablesPane::createView(const QString &name, ResourceFilterProxyModel *proxy)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setItemDelegate(new CachedTextDelegate(view));
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row bookkeeping for 20,000 rows
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setDefaultSectionSize(120);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view](const QModelIndex &current) {
                if (view->isVisible() || !isVisible())
                    emit currentChanged(current);
            });
    return view;
}

void InventoryTablesPane::setScope(const QString &key, const QString &scopeName, bool unreadable)
{
    m_scopeName = scopeName;
    m_scopeUnreadable = unreadable;
    m_registryProxy->setScope(key);
    m_subnetProxy->setScope(key);
    updateEmptyStates();
}

void InventoryTablesPane::setFilterText(const QString &text)
{
    m_registryProxy->setFilterText(text);
    m_subnetProxy->setFilterText(text);
    updateEmptyStates();
}

void InventoryTablesPane::setLoading(bool loading)
{
    m_loading = loading;
    updateEmptyStates();
}

int InventoryTablesPane::addExtraTab(QWidget *widget, const QString &label)
{
    return m_tabs->addTab(widget, label);
}

void InventoryTablesPane::setExtraTabLabel(int index, const QString &label)
{
    m_tabs->setTabText(index, label);
}

void InventoryTablesPane::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

InventoryTablesPane::Tab InventoryTablesPane::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QString InventoryTablesPane::emptyText(Tab tab) const
{
    return (tab == RegistriesTab ? m_registryEmpty : m_subnetEmpty)->text();
}

void InventoryTablesPane::updateEmptyStates()
{
    auto update = [this](ResourceFilterProxyModel *proxy, QStackedWidget *stack, QLabel *label, bool registries) {
        const bool empty = proxy->rowCount() == 0;
        QString text;
        if (!empty)
            text.clear();
        else if (!proxy->filterText().isEmpty())
            text = registries ? tr("No registries match \u201c%1\u201d.").arg(proxy->filterText())
                              : tr("No subnets match \u201c%1\u201d.").arg(proxy->filterText());
        else if (m_loading && proxy->sourceModel()->rowCount() == 0)
            text = tr("Loading…");
        else if (proxy->sourceModel()->rowCount() == 0)
            text = registries ? tr("No registries in these subscriptions.") : tr("No subnets in these subscriptions.");
        else if (m_scopeUnreadable)
            text = tr("%1 could not be read, so it is not listed here: see why in its details.").arg(m_scopeName);
        else
            text = registries ? tr("No registries in %1.").arg(m_scopeName) : tr("No subnets in %1.").arg(m_scopeName);
        if (label->text() != text)
            label->setText(text);
        stack->setCurrentIndex(empty ? 1 : 0);
    };
    update(m_registryProxy, m_registryStack, m_registryEmpty, true);
    update(m_subnetProxy, m_subnetStack, m_subnetEmpty, false);
    // Only when a count changes: every new tab text lays the tab bar out again (this runs several times per
    // keystroke of the filter).
    const QString registries = tr("Registries (%1)").arg(m_registryProxy->rowCount());
    const QString subnets = tr("Subnets (%1)").arg(m_subnetProxy->rowCount());
    if (m_tabs->tabText(RegistriesTab) != registries)
        m_tabs->setTabText(RegistriesTab, registries);
    if (m_tabs->tabText(SubnetsTab) != subnets)
        m_tabs->setTabText(SubnetsTab, subnets);
}

void InventoryTablesPane::fitColumns()
{
    // Only the table on screen now; the other when it is first shown (measuring text is the costly part).
    m_fitPending = {m_registryView, m_subnetView};
    fitPending();
}

void InventoryTablesPane::fitPending()
{
    for (QTableView *view : {m_registryView, m_subnetView}) {
        if (!m_fitPending.contains(view) || m_tabs->currentWidget() != view->parentWidget())
            continue;
        m_fitPending.removeAll(view);
        // Sized from a sample of rows, not from all 20,000 (a view not yet laid out has no "rows in view").
        view->horizontalHeader()->setResizeContentsPrecision(60);
        view->resizeColumnsToContents();
    }
}

QByteArray InventoryTablesPane::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_registryView->horizontalHeader()->saveState() << m_subnetView->horizontalHeader()->saveState()
      << m_tabs->currentIndex();
    return out;
}

void InventoryTablesPane::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    QByteArray registries;
    QByteArray subnets;
    int tab = 0;
    s >> registries >> subnets >> tab;
    if (s.status() != QDataStream::Ok)
        return;
    m_registryView->horizontalHeader()->restoreState(registries);
    m_subnetView->horizontalHeader()->restoreState(subnets);
    m_tabs->setCurrentIndex(tab);
}

QStringList InventoryTablesPane::registriesInView() const
{
    QStringList ids;
    if (currentTab() != RegistriesTab)
        return ids;
    const QModelIndexList picked = m_registryView->selectionModel()->selectedRows();
    for (const QModelIndex &i : picked)
        ids << i.data(ResourceIdRole).toString();
    for (int row = 0; picked.isEmpty() && row < m_registryView->model()->rowCount(); ++row)
        ids << m_registryView->model()->index(row, 0).data(ResourceIdRole).toString();
    return ids;
}

} // namespace acrnet
