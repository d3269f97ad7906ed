#include "subscriptionloader.h"
#include "graphinventoryloader.h"
#include "inventoryloader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLoad, "acrnet.inventory.load")

namespace acrnet {

SubscriptionLoader *SubscriptionLoader::create(InventoryPath path, ArmClient *client, QObject *parent)
{
    if (path == InventoryPath::ResourceGraph)
        return new GraphInventoryLoader(client, parent);
    return new InventoryLoader(client, parent);
}

InventoryPath SubscriptionLoader::choosePath(InventoryPath setting, int threshold, int subscriptionCount)
{
    if (setting != InventoryPath::Automatic)
        return setting;
    // Per-subscription listing costs three or more reads per subscription; one Resource Graph query covers 1,000.
    return subscriptionCount > threshold ? InventoryPath::ResourceGraph : InventoryPath::ResourceManager;
}

InventoryLoad::InventoryLoad(ArmClient *client, InventoryPath path, QObject *parent)
    : SubscriptionLoader(parent)
    , m_client(client)
    , m_path(path == InventoryPath::ResourceGraph ? path : InventoryPath::ResourceManager)
{}

void InventoryLoad::load(const QList<Subscription> &subscriptions)
{
    m_subscriptions = subscriptions;
    m_running = true;
    run(m_path);
}

void InventoryLoad::run(InventoryPath path)
{
    m_path = path;
    SubscriptionLoader *loader = create(path, m_client, this);
    m_loader = loader;
    connect(loader, &SubscriptionLoader::subscriptionLoaded, this, &SubscriptionLoader::subscriptionLoaded);
    connect(loader, &SubscriptionLoader::subscriptionFailed, this, &SubscriptionLoader::subscriptionFailed);
    connect(loader, &SubscriptionLoader::failed, this, [this, loader, path](const ArmError &e) {
        if (path != InventoryPath::ResourceGraph || e.kind() == ArmError::Kind::SignedOut) {
            for (const Subscription &s : std::as_const(m_subscriptions))
                emit subscriptionFailed(s, e);
            return;
        }
        qCWarning(lcLoad) << "Resource Graph failed, loading through Resource Manager:" << e.technicalText();
        m_fallback = e;
        loader->disconnect(this);
        loader->deleteLater();
        run(InventoryPath::ResourceManager);
    });
    connect(loader, &SubscriptionLoader::finished, this, [this, loader](bool cancelled) {
        if (loader != m_loader)
            return;
        loader->deleteLater();
        m_loader = nullptr;
        m_running = false;
        emit finished(cancelled);
    });
    loader->load(m_subscriptions);
}

void InventoryLoad::cancel()
{
    if (!m_running)
        return;
    if (m_loader)
        m_loader->cancel(); // reports finished(true) through the connection above
    if (m_running) {
        m_running = false;
        emit finished(true);
    }
}

} // namespace acrnet
