#pragma once

#include "app/auth/account.h"
#include "app/azure/cloud.h"
#include "app/sandbox/sandboxhost.h"
#include "app/services/subscriptionloader.h"
#include "app/services/subscriptionselection.h"

#include <QCommandLineOption>
#include <QObject>

class QCommandLineParser;

namespace acrnet {

// How every headless command reaches Azure, from its options: --cloud/--endpoint (or the built-in sandbox),
// --tenant, --auth (azcli, secret, sandbox), the inventory path (--resource-graph, --resource-manager,
// --graph-threshold) and --lang (read by main() before anything is translated; accepted here in any position).
// check() turns the options into accounts; open() starts the built-in sandbox when one is asked for and then
// reports ready() or failed() — asynchronously, never in a nested event loop.
class HeadlessConnection : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessConnection(QObject *parent = nullptr);

    void addOptions(QCommandLineParser &parser) const;
    // False with a one-line usage error when the options do not make a connection.
    bool check(const QCommandLineParser &parser, QString *error);
    void open();

    Cloud cloud() const { return m_cloud; }
    QList<Account> accounts() const { return m_accounts; }
    QString clientSecret() const { return m_secret; } // for --auth secret, from AZURE_CLIENT_SECRET
    InventoryPath path() const { return m_path; }
    int graphThreshold() const { return m_threshold; }

signals:
    void ready();
    void failed(const QString &error);

private:
    bool checkAuth(const QCommandLineParser &parser, QString *error);
    void addSandboxAccounts(const QStringList &clients);

    QCommandLineOption m_cloudOption;
    QCommandLineOption m_endpointOption;
    QCommandLineOption m_tenantOption;
    QCommandLineOption m_authOption;
    QCommandLineOption m_graphOption;
    QCommandLineOption m_armOption;
    QCommandLineOption m_thresholdOption;
    QCommandLineOption m_langOption;
    sandbox::SandboxHost m_host;
    bool m_inProcessSandbox = false;
    QString m_auth;
    Account m_template;
    Cloud m_cloud;
    QList<Account> m_accounts;
    QString m_secret;
    InventoryPath m_path = InventoryPath::Automatic;
    int m_threshold = SubscriptionSelection::defaultGraphThreshold();
};

} // namespace acrnet
