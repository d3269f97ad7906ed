#pragma once

#include <QDialog>

class QTableView;

namespace acrnet {

class ResourceFilterProxyModel;
class SubnetTableModel;

// Picks subnets from every loaded subscription, with a search; subnets without the ACR endpoint are marked in
// the endpoint column (the rules editor then offers to enable it).
class SubnetPicker : public QDialog
{
    Q_OBJECT

public:
    SubnetPicker(SubnetTableModel *subnets, QWidget *parent = nullptr);
    QStringList selectedSubnetIds() const;
    ResourceFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

private:
    ResourceFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace acrnet
