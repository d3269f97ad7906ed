#pragma once

#include "subscriptionloader.h"

#include <QSet>
#include <QString>

class QSettings;

namespace acrnet {

// What the user chose to load, kept in the settings file: the subscriptions left out (so a new subscription shows up
// by default), and the inventory path with the subscription count above which Resource Graph is used.
class SubscriptionSelection
{
public:
    explicit SubscriptionSelection(QSettings *settings);

    bool isSelected(const QString &subscriptionId) const { return !m_excluded.contains(subscriptionId.toLower()); }
    QSet<QString> excluded() const { return m_excluded; } // lower-case
    void setExcluded(const QSet<QString> &subscriptionIds);

    InventoryPath path() const;
    void setPath(InventoryPath path);
    int graphThreshold() const;
    void setGraphThreshold(int subscriptions);
    static constexpr int defaultGraphThreshold() { return 50; }

private:
    QSettings *m_settings;
    QSet<QString> m_excluded;
};

} // namespace acrnet
