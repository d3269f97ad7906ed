#include "inventorycommand.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/audit/auditengine.h"
#include "app/audit/auditreport.h"
#include "app/audit/suppression.h"
#include "app/auth/accountsession.h"
#include "app/auth/entraclient.h"
#include "app/auth/secretstore.h"
#include "app/sandbox/sandboxhost.h"
#include "app/services/graphinventoryloader.h"
#include "app/services/inventoryloader.h"
#include "app/services/inventoryservice.h"
#include "headlessrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <cstdio>

namespace acrnet {

namespace {

QString g_command = QStringLiteral("inventory");

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "acr-netadmin %s: %s\n", qPrintable(g_command), qPrintable(message));
    return code;
}

} // namespace

namespace {

int runHeadless(const QStringList &arguments, bool audit)
{
    g_command = audit ? QStringLiteral("audit") : QStringLiteral("inventory");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        audit ? QCoreApplication::translate("cli", "Audits who can reach the registries; exit code 3 when a "
                                                   "finding at or above --fail-on exists.")
              : QCoreApplication::translate("cli", "Prints the inventory: subscriptions, VNets, subnets, "
                                                   "registries."));
    const QCommandLineOption cloudOption(
        QStringLiteral("cloud"),
        QCoreApplication::translate("cli", "AzureCloud, AzureUSGovernment, AzureChinaCloud or sandbox."),
        QStringLiteral("name"), QStringLiteral("AzureCloud"));
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"), QCoreApplication::translate("cli", "A running sandbox or a custom ARM endpoint."),
        QStringLiteral("url"));
    const QCommandLineOption tenantOption(
        QStringLiteral("tenant"), QCoreApplication::translate("cli", "Tenant ID or domain."), QStringLiteral("id"));
    const QCommandLineOption authOption(
        QStringLiteral("auth"),
        QCoreApplication::translate("cli", "azcli, secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET) or sandbox."),
        QStringLiteral("method"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          audit
                                              ? QCoreApplication::translate("cli", "Output format: json, csv or html.")
                                              : QCoreApplication::translate("cli", "Output format: json."),
                                          QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption failOnOption(
        QStringLiteral("fail-on"),
        QCoreApplication::translate("cli", "Exit with 3 when a finding of this severity or higher exists: "
                                           "low, medium or high."),
        QStringLiteral("severity"));
    const QCommandLineOption graphOption(QStringLiteral("resource-graph"),
                                         QCoreApplication::translate("cli", "Load through Azure Resource Graph."));
    const QCommandLineOption armOption(
        QStringLiteral("resource-manager"),
        QCoreApplication::translate("cli", "Load per subscription through Azure Resource Manager."));
    const QCommandLineOption thresholdOption(
        QStringLiteral("graph-threshold"),
        QCoreApplication::translate(
            "cli", "Without --resource-graph or --resource-manager, use Resource Graph above N subscriptions "
                   "(default %1).")
            .arg(InventoryService::defaultGraphThreshold()),
        QStringLiteral("N"), QString::number(InventoryService::defaultGraphThreshold()));
    const QCommandLineOption suppressionsOption(
        QStringLiteral("suppressions"),
        QCoreApplication::translate(
            "cli", "Accepted findings (the JSON the app's Findings tab exports): reported apart with their reason "
                   "and ignored by --fail-on."),
        QStringLiteral("file"));
    // Read by main() before anything is translated; accepted here so `audit --lang es` works in any position.
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("cli", "Report language (en, es)."),
                                        QStringLiteral("language"));
    parser.addOptions({cloudOption, endpointOption, tenantOption, authOption, formatOption, graphOption, armOption,
                       thresholdOption, langOption});
    if (audit)
        parser.addOptions({failOnOption, suppressionsOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QString format = parser.value(formatOption);
    if (audit ? !QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html")}.contains(format)
              : format != QLatin1String("json"))
        return fail(2, QCoreApplication::translate("cli", "unsupported --format '%1' (use %2)")
                           .arg(format, audit ? QCoreApplication::translate("cli", "json, csv or html")
                                              : QStringLiteral("json")));
    Finding::Severity failOn = Finding::Severity::High;
    const bool gate = audit && parser.isSet(failOnOption);
    if (gate && !Finding::parseSeverity(parser.value(failOnOption), &failOn))
        return fail(2, QCoreApplication::translate("cli", "--fail-on takes low, medium or high, not '%1'")
                           .arg(parser.value(failOnOption)));
    SuppressionList suppressions;
    if (audit && parser.isSet(suppressionsOption)) {
        // A suppressions file that cannot be read is an error, never "nothing accepted".
        QFile file(parser.value(suppressionsOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(2, QCoreApplication::translate("cli", "cannot read --suppressions %1: %2")
                               .arg(file.fileName(), file.errorString()));
        QString error;
        const auto read = SuppressionList::fromJson(file.readAll(), &error);
        if (!read)
            return fail(2, QCoreApplication::translate("cli", "--suppressions %1: %2").arg(file.fileName(), error));
        suppressions = *read;
    }
    if (parser.isSet(graphOption) && parser.isSet(armOption))
        return fail(2, QCoreApplication::translate("cli", "choose one of --resource-graph and --resource-manager"));
    bool thresholdOk = false;
    const int threshold = parser.value(thresholdOption).toInt(&thresholdOk);
    if (!thresholdOk || threshold < 1)
        return fail(2, QCoreApplication::translate("cli", "--graph-threshold needs a positive number"));
    if (parser.positionalArguments().size() > 1)
        return fail(
            2, QCoreApplication::translate("cli", "unexpected argument '%1'").arg(parser.positionalArguments().at(1)));

    const QString cloudName = parser.value(cloudOption);
    const bool inProcessSandbox = cloudName == QLatin1String("sandbox") && !parser.isSet(endpointOption);
    QUrl endpoint(parser.value(endpointOption));
    if (parser.isSet(endpointOption) && (!endpoint.isValid() || endpoint.host().isEmpty()))
        return fail(2, QCoreApplication::translate("cli", "--endpoint needs a URL such as http://127.0.0.1:5000"));
    if (!inProcessSandbox && !parser.isSet(endpointOption) && !Cloud::byName(cloudName).isValid())
        return fail(2, QCoreApplication::translate("cli", "unknown --cloud '%1'").arg(cloudName));

    // Start the built-in sandbox when asked for one without an endpoint.
    sandbox::SandboxHost host;
    if (inProcessSandbox) {
        QEventLoop wait; // a command-line tool with nothing else to do: waiting here blocks no one
        QString error;
        QObject::connect(&host, &sandbox::SandboxHost::started, &wait, [&] { wait.quit(); });
        QObject::connect(&host, &sandbox::SandboxHost::failed, &wait, [&](const QString &e) {
            error = e;
            wait.quit();
        });
        host.start(QStringLiteral("demo"));
        wait.exec();
        if (!error.isEmpty())
            return fail(1, error);
        endpoint = host.baseUrl();
    }
    const bool sandboxCloud = inProcessSandbox || (endpoint.isValid() && Cloud::isLoopbackHost(endpoint.host()));
    const Cloud cloud = endpoint.isValid() ? (sandboxCloud ? Cloud::sandbox(endpoint)
                                                           : Cloud::custom(endpoint, Cloud::Kind::AzureCloud))
                                           : Cloud::byName(cloudName);
    const QString auth = parser.value(authOption).isEmpty()
                             ? (sandboxCloud ? QStringLiteral("sandbox") : QStringLiteral("azcli"))
                             : parser.value(authOption);
    Account account;
    account.id = QStringLiteral("headless");
    account.cloudName = cloud.name();
    account.homeTenantId =
        parser.value(tenantOption).isEmpty() ? QStringLiteral("organizations") : parser.value(tenantOption);
    QList<Account> accounts;
    if (auth == QLatin1String("sandbox")) {
        account.method = Account::Method::Sandbox;
        // Every automation principal of the scenario, as the GUI signs in on the sandbox (the built-in one names
        // them; a sandbox started elsewhere is signed in to with its documented principal).
        const QStringList clients =
            inProcessSandbox ? host.automationClients() : QStringList{QStringLiteral("sandbox")};
        for (const QString &client : clients) {
            account.id = QStringLiteral("headless-") + client;
            account.clientId = client;
            accounts << account;
        }
    } else if (auth == QLatin1String("azcli")) {
        account.method = Account::Method::AzureCli;
        if (!parser.isSet(tenantOption))
            account.homeTenantId.clear();
        accounts << account;
    } else if (auth == QLatin1String("secret")) {
        account.method = Account::Method::ServicePrincipal;
        account.clientId = qEnvironmentVariable("AZURE_CLIENT_ID");
        if (account.clientId.isEmpty() || qEnvironmentVariableIsEmpty("AZURE_CLIENT_SECRET") ||
            !parser.isSet(tenantOption))
            return fail(2,
                        QCoreApplication::translate("cli", "--auth secret needs --tenant and the AZURE_CLIENT_ID and "
                                                           "AZURE_CLIENT_SECRET environment variables"));
        accounts << account;
    } else if (auth == QLatin1String("device")) {
        return fail(2, QCoreApplication::translate(
                           "cli", "--auth device needs the GUI; use azcli, secret or sandbox headless"));
    } else {
        return fail(
            2, QCoreApplication::translate("cli", "unknown --auth '%1' (device, secret, azcli, sandbox)").arg(auth));
    }
    const InventoryPath setting = parser.isSet(graphOption) ? InventoryPath::ResourceGraph
                                  : parser.isSet(armOption) ? InventoryPath::ResourceManager
                                                            : InventoryPath::Automatic;
    HeadlessRun run(cloud, setting, threshold, audit);
    for (const Account &a : std::as_const(accounts))
        run.addAccount(a, auth == QLatin1String("secret") ? qEnvironmentVariable("AZURE_CLIENT_SECRET") : QString());
    QEventLoop loop; // the one event loop of a command-line run: everything below is asynchronous
    QObject::connect(&run, &HeadlessRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();
    // Even when no account could list anything, the document is printed: complete false, and what failed.
    const QJsonArray errors = run.errors();
    if (audit) {
        AuditReport report;
        report.findings = AuditEngine::run(run.snapshot(), cloud);
        suppressions.apply(report.findings);
        report.inventory = &run.snapshot();
        report.scope = QCoreApplication::translate("cli", "%1 · %2 subscription(s)")
                           .arg(cloud.name())
                           .arg(run.snapshot().subscriptions.size());
        report.errors = errors;
        const QByteArray text = report.format(format);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
        if (gate && AuditEngine::anyAtOrAbove(report.findings, failOn))
            return fail(
                3, QCoreApplication::translate("cli", "findings at or above %1").arg(Finding::severityName(failOn)));
        // An audit that could not read everything is not a pass.
        if (!run.fatalError().isEmpty())
            return fail(1, run.fatalError());
        if (!errors.isEmpty())
            return fail(1, QCoreApplication::translate(
                               "cli", "incomplete: %1 subscription(s) could not be read completely; see the "
                                      "report's errors")
                               .arg(errors.size()));
        return 0;
    }
    QJsonObject out{{QStringLiteral("cloud"), cloud.name()},
                    {QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {QStringLiteral("loadedThrough"), run.pathUsed()},
                    {QStringLiteral("complete"), errors.isEmpty()},
                    {QStringLiteral("subscriptions"), run.subscriptionsJson()},
                    {QStringLiteral("errors"), errors}};
    if (!run.fallbackReason().isEmpty())
        out.insert(QStringLiteral("resourceGraphFailed"), run.fallbackReason());
    const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    if (!run.fatalError().isEmpty())
        return fail(1, run.fatalError());
    if (!errors.isEmpty())
        return fail(1, QCoreApplication::translate(
                           "cli", "incomplete: %1 subscription(s) could not be read completely; see \"errors\"")
                           .arg(errors.size()));
    return 0;
}

} // namespace

int runInventoryCommand(const QStringList &arguments)
{
    return runHeadless(arguments, false);
}

int runAuditCommand(const QStringList &arguments)
{
    return runHeadless(arguments, true);
}

} // namespace acrnet
