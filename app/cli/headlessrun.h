#pragma once

#include "app/auth/account.h"
#include "app/auth/entraclient.h"
#include "app/auth/secretstore.h"
#include "app/azure/cloud.h"
#include "app/inventory/inventory.h"
#include "app/services/inventoryservice.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <memory>
#include <vector>

namespace acrnet {

class AccountSession;
class ArmClient;
class InventoryLoad;

// One headless load (`inventory`, `audit`): every account's subscriptions listed once in each tenant it can see
// (only the tenant given with --tenant when there is one; a subscription seen through two accounts or tenants
// counts once, under the first), then loaded through Resource Graph or Resource Manager like the GUI —
// a failed Resource Graph load falls back to Resource Manager. Whatever could not be read completely is named in
// errors(): a subscription that failed, one read only in part (its warnings), an entry of a list that did not parse,
// an account whose subscriptions could not be listed. Emits subscriptionRead() per subscription as it arrives (kept in
// snapshot() too when asked), then finished() once.
class HeadlessRun : public QObject
{
    Q_OBJECT

public:
    HeadlessRun(const Cloud &cloud, InventoryPath setting, int graphThreshold, bool keepSnapshot,
                QObject *parent = nullptr);
    ~HeadlessRun() override;

    void addAccount(const Account &account, const QString &clientSecret = {});
    void start();

    // Set when nothing could be listed at all (no account could list its subscriptions).
    QString fatalError() const { return m_fatal; }
    QJsonArray errors() const { return m_errors; }
    const InventorySnapshot &snapshot() const { return m_snapshot; }
    QString pathUsed() const { return m_pathUsed; }
    QString fallbackReason() const { return m_fallbackReason; } // why Resource Graph was abandoned

signals:
    // Each subscription as soon as it is read (read only in part: also named in errors()), before finished().
    void subscriptionRead(const SubscriptionInventory &inventory);
    void finished();

private:
    struct Signer;
    struct Connection;
    void prepare(size_t index);
    void discover(size_t index);
    void addConnection(const Signer &signer, const QString &tenantId);
    void list(size_t index);
    void load(size_t index);
    void oneLoaded();
    void collect(const SubscriptionInventory &inventory);
    void addError(const QString &subscriptionId, const QString &error);

    Cloud m_cloud;
    InventoryPath m_setting;
    int m_threshold;
    bool m_keepSnapshot;
    QNetworkAccessManager m_network;
    EntraClient m_entra;
    MemorySecretStore m_secrets;
    std::vector<std::unique_ptr<Signer>> m_signers;
    std::vector<std::unique_ptr<Connection>> m_connections; // one per tenant read, after the signers' sessions
    int m_loading = 0;
    QSet<QString> m_seen; // lower-case subscription IDs already taken by an earlier account
    int m_listFailures = 0;
    QString m_firstListError;
    bool m_graph = false;
    QString m_fatal;
    QJsonArray m_errors;
    InventorySnapshot m_snapshot;
    QString m_pathUsed;
    QString m_fallbackReason;
};

// The JSON of one subscription's inventory in `inventory --format json`.
QJsonObject inventoryToJson(const SubscriptionInventory &inventory);

} // namespace acrnet
