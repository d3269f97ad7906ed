#include "headlessconnection.h"
#include "app/services/subscriptionselection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace acrnet {

HeadlessConnection::HeadlessConnection(QObject *parent)
    : QObject(parent)
    , m_cloudOption(QStringLiteral("cloud"),
                    QCoreApplication::translate("cli", "AzureCloud, AzureUSGovernment, AzureChinaCloud or sandbox."),
                    QStringLiteral("name"), QStringLiteral("AzureCloud"))
    , m_endpointOption(QStringLiteral("endpoint"),
                       QCoreApplication::translate("cli", "A running sandbox or a custom ARM endpoint."),
                       QStringLiteral("url"))
    , m_tenantOption(QStringLiteral("tenant"), QCoreApplication::translate("cli", "Tenant ID or domain."),
                     QStringLiteral("id"))
    , m_authOption(
          QStringLiteral("auth"),
          QCoreApplication::translate("cli", "azcli, secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET) or sandbox."),
          QStringLiteral("method"))
    , m_graphOption(QStringLiteral("resource-graph"),
                    QCoreApplication::translate("cli", "Load through Azure Resource Graph."))
    , m_armOption(QStringLiteral("resource-manager"),
                  QCoreApplication::translate("cli", "Load per subscription through Azure Resource Manager."))
    , m_thresholdOption(
          QStringLiteral("graph-threshold"),
          QCoreApplication::translate(
              "cli",
              "Without --resource-graph or --resource-manager, use Resource Graph above N subscriptions (default %1).")
              .arg(SubscriptionSelection::defaultGraphThreshold()),
          QStringLiteral("N"), QString::number(SubscriptionSelection::defaultGraphThreshold()))
    , m_langOption(QStringLiteral("lang"), QCoreApplication::translate("cli", "Report language (en, es)."),
                   QStringLiteral("language"))
{
    connect(&m_host, &sandbox::SandboxHost::started, this, [this](const QUrl &url) {
        m_cloud = Cloud::sandbox(url);
        if (m_auth == QLatin1String("sandbox"))
            addSandboxAccounts(m_host.automationClients());
        for (Account &account : m_accounts)
            account.cloudName = m_cloud.name();
        emit ready();
    });
    connect(&m_host, &sandbox::SandboxHost::failed, this, &HeadlessConnection::failed);
}

void HeadlessConnection::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_cloudOption, m_endpointOption, m_tenantOption, m_authOption, m_graphOption, m_armOption,
                       m_thresholdOption, m_langOption});
}

bool HeadlessConnection::check(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(m_graphOption) && parser.isSet(m_armOption)) {
        *error = QCoreApplication::translate("cli", "choose one of --resource-graph and --resource-manager");
        return false;
    }
    bool thresholdOk = false;
    m_threshold = parser.value(m_thresholdOption).toInt(&thresholdOk);
    if (!thresholdOk || m_threshold < 1) {
        *error = QCoreApplication::translate("cli", "--graph-threshold needs a positive number");
        return false;
    }
    m_path = parser.isSet(m_graphOption) ? InventoryPath::ResourceGraph
             : parser.isSet(m_armOption) ? InventoryPath::ResourceManager
                                         : InventoryPath::Automatic;
    const QString cloudName = parser.value(m_cloudOption);
    m_inProcessSandbox = cloudName == QLatin1String("sandbox") && !parser.isSet(m_endpointOption);
    const QUrl endpoint(parser.value(m_endpointOption));
    if (parser.isSet(m_endpointOption) && (!endpoint.isValid() || endpoint.host().isEmpty())) {
        *error = QCoreApplication::translate("cli", "--endpoint needs a URL such as http://127.0.0.1:5000");
        return false;
    }
    if (!m_inProcessSandbox && !parser.isSet(m_endpointOption) && !Cloud::byName(cloudName).isValid()) {
        *error = QCoreApplication::translate("cli", "unknown --cloud '%1'").arg(cloudName);
        return false;
    }
    const bool sandboxCloud = m_inProcessSandbox || (endpoint.isValid() && Cloud::isLoopbackHost(endpoint.host()));
    if (!m_inProcessSandbox)
        m_cloud = endpoint.isValid()
                      ? (sandboxCloud ? Cloud::sandbox(endpoint) : Cloud::custom(endpoint, Cloud::Kind::AzureCloud))
                      : Cloud::byName(cloudName);
    m_auth = parser.value(m_authOption).isEmpty() ? (sandboxCloud ? QStringLiteral("sandbox") : QStringLiteral("azcli"))
                                                  : parser.value(m_authOption);
    return checkAuth(parser, error);
}

bool HeadlessConnection::checkAuth(const QCommandLineParser &parser, QString *error)
{
    m_template.id = QStringLiteral("headless");
    m_template.homeTenantId =
        parser.value(m_tenantOption).isEmpty() ? QStringLiteral("organizations") : parser.value(m_tenantOption);
    m_accounts.clear();
    if (m_auth == QLatin1String("sandbox")) {
        m_template.method = Account::Method::Sandbox;
        // Every automation principal of the scenario, as the GUI signs in on the sandbox (the built-in one names
        // them once started; a sandbox started elsewhere is signed in to with its documented principal).
        if (!m_inProcessSandbox)
            addSandboxAccounts({QStringLiteral("sandbox")});
        return true;
    }
    m_template.cloudName = m_cloud.name();
    if (m_auth == QLatin1String("azcli")) {
        m_template.method = Account::Method::AzureCli;
        if (!parser.isSet(m_tenantOption))
            m_template.homeTenantId.clear();
        m_accounts << m_template;
        return true;
    }
    if (m_auth == QLatin1String("secret")) {
        m_template.method = Account::Method::ServicePrincipal;
        m_template.clientId = qEnvironmentVariable("AZURE_CLIENT_ID");
        m_secret = qEnvironmentVariable("AZURE_CLIENT_SECRET");
        if (m_template.clientId.isEmpty() || m_secret.isEmpty() || !parser.isSet(m_tenantOption)) {
            *error = QCoreApplication::translate(
                "cli", "--auth secret needs --tenant and the AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment "
                       "variables");
            return false;
        }
        m_accounts << m_template;
        return true;
    }
    *error =
        m_auth == QLatin1String("device")
            ? QCoreApplication::translate("cli", "--auth device needs the GUI; use azcli, secret or sandbox headless")
            : QCoreApplication::translate("cli", "unknown --auth '%1' (device, secret, azcli, sandbox)").arg(m_auth);
    return false;
}

void HeadlessConnection::addSandboxAccounts(const QStringList &clients)
{
    for (const QString &client : clients) {
        Account account = m_template;
        account.cloudName = m_cloud.name();
        account.id = QStringLiteral("headless-") + client;
        account.clientId = client;
        m_accounts << account;
    }
}

void HeadlessConnection::open()
{
    if (m_inProcessSandbox)
        m_host.start(QStringLiteral("demo"));
    else
        QTimer::singleShot(0, this, &HeadlessConnection::ready);
}

} // namespace acrnet
