#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QTableView;

namespace acrnet {

class ResourceFilterProxyModel;
class SubnetTableModel;

// Picks subnets from every loaded subscription, with a search; subnets without the ACR endpoint are marked in
// the endpoint column (the rules editor then offers to enable it), subnets whose hosts cannot use a service endpoint
// (delegated to, or used by, a service) in the hosts column and, when selected, in a warning under the list.
class SubnetPicker : public QDialog
{
    Q_OBJECT

public:
    SubnetPicker(SubnetTableModel *subnets, QWidget *parent = nullptr);
    // Opens a picker (window-modal, deleted on close); `picked` gets the selection when it is accepted.
    static SubnetPicker *pick(SubnetTableModel *subnets, QWidget *parent,
                              std::function<void(const QStringList &)> picked);
    QStringList selectedSubnetIds() const;
    ResourceFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // What the selection warns of (hidden when nothing).
    QLabel *warning() const { return m_warning; }

private:
    void updateWarning();

    ResourceFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_warning = nullptr;
};

} // namespace acrnet
