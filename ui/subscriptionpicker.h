#pragma once

#include "app/services/inventoryservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;

namespace acrnet {

class ResourceFilterProxyModel;
class SubscriptionListModel;

// Chooses which subscriptions are browsed: search, tick, "Select all" / "Select none" (of what the search
// shows). Edits a copy; accepted() hands back the excluded set.
class SubscriptionPicker : public QDialog
{
    Q_OBJECT

public:
    explicit SubscriptionPicker(const QList<ListedSubscription> &subscriptions, QWidget *parent = nullptr);

    QSet<QString> excluded() const;
    SubscriptionListModel *model() const { return m_model; }

private:
    void selectVisible(bool checked);
    void updateCount();

    SubscriptionListModel *m_model;
    ResourceFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace acrnet
