#pragma once

// The whole app stack for GUI tests, built and torn down in one place: a sandbox on a free port, an account manager
// with an in-memory secret store, the inventory service, the activity log and the main window signed in to the
// sandbox with the scenario's automation principals, loaded. Fast polls and delays, and every question answered yes.
#include "app/arm/armclient.h"
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/secretstore.h"
#include "app/services/activitylog.h"
#include "app/services/inventoryservice.h"
#include "models/inventorytreemodel.h"
#include "tests/support/sandboxfixture.h"
#include "ui/adminactions.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace acrnet::test {

class AppFixture
{
public:
    // fastSandbox: the sandbox's provisioning, registration and delete delays cut to a few hundred milliseconds.
    explicit AppFixture(const QString &scenario, bool fastSandbox = true)
        : m_scenario(scenario)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sbx = std::make_unique<SandboxFixture>(scenario);
        auto &settings = m_sbx->server().store().settings;
        if (fastSandbox) {
            settings.provisioningDelayMs = 200;
            settings.registrationDelayMs = 300;
            settings.silentDropDelayMs = 300;
            settings.resourceGroupDeleteDelayMs = 300;
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<AccountStore>(m_settings.get());
        m_accounts = std::make_unique<AccountManager>(m_nam.get(), m_secrets.get(), m_store.get());
        m_service = std::make_unique<InventoryService>(m_accounts.get(), m_nam.get(), m_settings.get());
        m_activity = std::make_unique<ActivityLog>(m_dir.filePath(QStringLiteral("activity.jsonl")));
    }
    ~AppFixture()
    {
        // Views before what they show, services before the accounts they use, the sandbox last.
        m_tester.reset();
        m_window.reset();
        m_service.reset();
        m_accounts.reset();
        m_sbx.reset();
    }

    bool ok() const { return m_sbx->ok(); }

    // Builds the main window on this scenario (not signed in yet), with a model tester on its tree, fast verify and
    // registration polls, and every question answered yes. A window opened before is closed first.
    MainWindow *openWindow(MainWindowOptions options = {})
    {
        closeWindow();
        options.sandboxScenario = m_scenario;
        m_window = std::make_unique<MainWindow>(options, m_accounts.get(), m_service.get(), m_activity.get());
        m_window->show();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_window->treeModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->adminActions()->setVerifyDelayMs(300);
        m_window->adminActions()->setRegistrationPollMs(100);
        m_window->adminActions()->setAsk([](const QString &, std::function<void(bool)> answer) { answer(true); });
        return m_window.get();
    }
    void closeWindow()
    {
        m_tester.reset();
        m_window.reset();
    }
    // Signs the open window in to the sandbox with these principals and waits until `subscriptions` subscriptions
    // are loaded; then the clients poll long-running operations every 100 ms.
    bool signIn(int subscriptions, const QStringList &principals = {QStringLiteral("sandbox")})
    {
        m_window->sandboxStarted(QUrl(m_sbx->base()), principals);
        bool loaded = false;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->count(InventoryNodeType::Subscription) == subscriptions &&
                                         !m_service->isLoading(),
                                     20000);
            loaded = true;
        }();
        for (const auto &s : m_service->subscriptions()) {
            if (ArmClient *c = m_service->clientForSubscription(s.subscription.subscriptionId))
                c->setPollIntervalMs(100);
        }
        return loaded;
    }
    // Both: what most tests begin with.
    bool start(int subscriptions, const QStringList &principals = {QStringLiteral("sandbox")},
               const MainWindowOptions &options = {})
    {
        openWindow(options);
        return signIn(subscriptions, principals);
    }

    SandboxFixture &sandbox() { return *m_sbx; }
    QSettings *settings() { return m_settings.get(); }
    QNetworkAccessManager *network() { return m_nam.get(); }
    MemorySecretStore *secrets() { return m_secrets.get(); }
    AccountStore *accountStore() { return m_store.get(); }
    QString dir() const { return m_dir.path(); }
    MainWindow *window() { return m_window.get(); }
    InventoryService *service() { return m_service.get(); }
    AccountManager *accounts() { return m_accounts.get(); }
    ActivityLog *activity() { return m_activity.get(); }
    // A resource's JSON as the sandbox holds it (read with the sandbox's own principal).
    QJsonObject resource(const QString &id, const QString &apiVersion)
    {
        return m_sbx->get(id + QStringLiteral("?api-version=") + apiVersion, m_sbx->servicePrincipalToken()).json();
    }

private:
    QString m_scenario;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sbx;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<InventoryService> m_service;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace acrnet::test
