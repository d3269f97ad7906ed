#pragma once

#include "models/inventoryroles.h"

#include <QHash>
#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QWidget>

namespace acrnet {
struct InventorySnapshot;
}

class QLabel;
class QHBoxLayout;
class QStringListModel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace acrnet {

// The selection's details: its name and type, the resource ID with a Copy button (seed step 4), the
// properties that matter for network access, and the raw JSON the service returned.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, JsonTab };

    explicit DetailsPane(QWidget *parent = nullptr);

    // Shows the resource behind a model index of the tree or of a table (any model with the inventory roles).
    void showIndex(const QModelIndex &index);
    void clear();
    void showTab(Tab tab);
    QString resourceId() const;
    // The properties shown, label → value (for tests and for copying).
    QList<QPair<QString, QString>> properties() const;
    // Extra lines shown for a resource (access probe result, "applied at …"), by lower-case resource ID.
    void setNote(const QString &resourceId, const QString &label, const QString &text);
    // The loaded inventory, for "who can reach this registry" and the what-if.
    void setInventory(const InventorySnapshot *inventory) { m_inventory = inventory; }
    QString whatIf(const QString &from) const;

public slots:
    void copyResourceId();

    // Offers "Open in Azure portal" beside the resource ID (not in the sandbox, which has no portal).
    void setPortalAvailable(bool available);

signals:
    void copied(const QString &text);
    void portalRequested();

private:
    QHBoxLayout *buildIdRow();
    QTabWidget *buildTabs();
    QWidget *buildWhatIf();
    QString describe(const QModelIndex &first, InventoryNodeType type, const QString &id, bool unreadable);
    void addProperty(const QString &label, const QString &value, const QString &toolTip = {});
    void fitPropertyColumns();
    void resizeEvent(QResizeEvent *event) override;
    void describeSubnet(const QVariant &value);
    void describeRegistry(const QVariant &value);
    void describeVirtualNetwork(const QVariant &value);
    void describeSubscription(const QModelIndex &index);

    QLabel *m_title;
    QLabel *m_kind;
    QLineEdit *m_id;
    QToolButton *m_copy;
    QToolButton *m_portal;
    bool m_portalAvailable = true;
    QTabWidget *m_tabs;
    QTreeWidget *m_properties;
    QPlainTextEdit *m_json;
    QLabel *m_placeholder;
    QHash<QString, QList<QPair<QString, QString>>> m_notes;
    const InventorySnapshot *m_inventory = nullptr;
    QWidget *m_whatIfBox = nullptr;
    QLineEdit *m_whatIfEdit = nullptr;
    QLabel *m_whatIfResult = nullptr;
    QStringListModel *m_subnetNames = nullptr;
    QString m_registryId;
    QString m_resourceId;
    QPersistentModelIndex m_shown;
};

} // namespace acrnet
