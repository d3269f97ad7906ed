#include "subscriptionselection.h"

#include <QSettings>

namespace acrnet {

namespace {
const QString kExcludedKey = QStringLiteral("inventory/excludedSubscriptions");
const QString kPathKey = QStringLiteral("inventory/path");
const QString kThresholdKey = QStringLiteral("inventory/graphThreshold");
} // namespace

SubscriptionSelection::SubscriptionSelection(QSettings *settings)
    : m_settings(settings)
{
    for (const QString &id : m_settings->value(kExcludedKey).toStringList())
        m_excluded.insert(id.toLower());
}

void SubscriptionSelection::setExcluded(const QSet<QString> &subscriptionIds)
{
    m_excluded.clear();
    for (const QString &id : subscriptionIds)
        m_excluded.insert(id.toLower());
    QStringList ids(m_excluded.cbegin(), m_excluded.cend());
    ids.sort();
    m_settings->setValue(kExcludedKey, ids);
}

InventoryPath SubscriptionSelection::path() const
{
    const QString v = m_settings->value(kPathKey).toString();
    if (v == QLatin1String("arm"))
        return InventoryPath::ResourceManager;
    if (v == QLatin1String("graph"))
        return InventoryPath::ResourceGraph;
    return InventoryPath::Automatic;
}

void SubscriptionSelection::setPath(InventoryPath path)
{
    m_settings->setValue(kPathKey, path == InventoryPath::ResourceManager ? QStringLiteral("arm")
                                   : path == InventoryPath::ResourceGraph ? QStringLiteral("graph")
                                                                          : QStringLiteral("auto"));
}

int SubscriptionSelection::graphThreshold() const
{
    return qMax(1, m_settings->value(kThresholdKey, defaultGraphThreshold()).toInt());
}

void SubscriptionSelection::setGraphThreshold(int subscriptions)
{
    m_settings->setValue(kThresholdKey, qMax(1, subscriptions));
}

} // namespace acrnet
