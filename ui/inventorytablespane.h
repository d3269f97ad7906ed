#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace acrnet {

class RegistryTableModel;
class ResourceFilterProxyModel;
class SubnetTableModel;

// The centre of the main window: the registries and subnets of the selected scope, each sortable and filtered,
// each with its own empty state ("no registries in these subscriptions", "nothing matches …").
class InventoryTablesPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { RegistriesTab, SubnetsTab };

    InventoryTablesPane(RegistryTableModel *registries, SubnetTableModel *subnets, QWidget *parent = nullptr);

    // `unreadable`: the scope is a resource Azure listed but whose data did not parse (the tables say so).
    void setScope(const QString &key, const QString &scopeName, bool unreadable = false);
    void setFilterText(const QString &text);
    void setLoading(bool loading);
    void setCurrentTab(Tab tab);
    int addExtraTab(QWidget *widget, const QString &label); // the audit's views share the centre
    void setExtraTabLabel(int index, const QString &label);
    Tab currentTab() const;

    QTableView *registryView() const { return m_registryView; }
    // The registries picked in the registries table; none picked: every one the (filtered) table shows. By ID; empty
    // when the registries tab is not the current one.
    QStringList registriesInView() const;
    QTableView *subnetView() const { return m_subnetView; }
    ResourceFilterProxyModel *registryProxy() const { return m_registryProxy; }
    ResourceFilterProxyModel *subnetProxy() const { return m_subnetProxy; }
    QString emptyText(Tab tab) const;

    // Sizes every column to its contents (the view samples rows, so this stays fast on large tables).
    void fitColumns();
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentChanged(const QModelIndex &index);

private:
    QTableView *createView(const QString &name, ResourceFilterProxyModel *proxy);
    void updateEmptyStates();

    ResourceFilterProxyModel *m_registryProxy;
    ResourceFilterProxyModel *m_subnetProxy;
    QTabWidget *m_tabs;
    QTableView *m_registryView;
    QTableView *m_subnetView;
    QStackedWidget *m_registryStack;
    QStackedWidget *m_subnetStack;
    QLabel *m_registryEmpty;
    QLabel *m_subnetEmpty;
    QString m_scopeName;
    bool m_scopeUnreadable = false;
    bool m_loading = false;
    QList<QTableView *> m_fitPending; // columns to fit when the table is first shown
    void fitPending();
};

} // namespace acrnet
