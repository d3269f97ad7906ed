// Composition root: parses the command line, loads the translation, wires concrete objects.
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/keychainsecretstore.h"
#include "app/auth/networksetup.h"
#include "app/auth/secretstore.h"
#include "app/cli/allocator.h"
#include "app/cli/capturecommand.h"
#include "app/cli/headlesscommand.h"
#include "app/cli/startup.h"
#include "app/sandbox/sandboxhost.h"
#include "app/sandbox/scenario.h"
#include "app/services/activitylog.h"
#include "app/services/inventoryservice.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <cstdio>
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif

namespace {

using acrnet::cli::installTranslations;
using acrnet::cli::languageArgument;
using acrnet::cli::print;
using acrnet::cli::setNames;

// The process holds refresh tokens and client secrets in memory: a release build writes no core file. Every file
// it creates — the settings file (QSettings writes through a temporary file, so it cannot be opened 0600 by us),
// the activity log, exports, caches — is created readable by the user only. (The one platform-specific spot of the
// app; on Windows the profile folder's ACL already keeps other users out, and no dumps are written unless
// configured.)
void hardenProcess()
{
#if defined(Q_OS_UNIX)
    umask(0077);
#if defined(NDEBUG)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#endif
}

// The GUI's command line. Parsed in a QCoreApplication before any GUI object exists, so --help, --version, `help`
// and mistakes work over SSH without a display.
struct GuiCommandLine
{
    QCommandLineParser parser;
    QCommandLineOption sandbox{QStringLiteral("sandbox"),
                               QCoreApplication::translate("main", "Run on the built-in sandbox cloud.")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("main", "User interface language (en, es)."),
                            QStringLiteral("code")};
    QCommandLineOption readOnly{QStringLiteral("read-only"),
                                QCoreApplication::translate("main", "Offer no actions that change Azure.")};
    QCommandLineOption presentation{QStringLiteral("presentation"),
                                    QCoreApplication::translate("main", "Redact identifiers for screenshots.")};

    GuiCommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "See and change who can reach your Azure Container Registries."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandbox, lang, readOnly, presentation});
        parser.addPositionalArgument(QStringLiteral("scenario"),
                                     QCoreApplication::translate("main", "Sandbox scenario (default: demo)."),
                                     QStringLiteral("[SCENARIO]"));
    }

    QString helpText() const
    {
        QString text = parser.helpText();
        text += QLatin1Char('\n') +
                QCoreApplication::translate("main", "Commands (no window; run over SSH or in pipelines):") +
                QLatin1Char('\n');
        const QList<QPair<QString, QString>> commands{
            {QStringLiteral("inventory"),
             QCoreApplication::translate("main", "Print the subscriptions, VNets, subnets and registries as JSON.")},
            {QStringLiteral("audit"),
             QCoreApplication::translate("main",
                                         "Audit who can reach the registries (JSON, CSV or HTML; --fail-on for CI).")},
            {QStringLiteral("capture"),
             QCoreApplication::translate("main",
                                         "Write the walkthrough as screenshots and a step guide (on the sandbox), or a "
                                         "read-only tour of your own estate.")},
            {QStringLiteral("help COMMAND"), QCoreApplication::translate("main", "Show a command's options.")}};
        for (const auto &[name, what] : commands)
            text += QStringLiteral("  %1  %2\n").arg(name, -14).arg(what);
        return text;
    }
};

// `acr-netadmin COMMAND …` in a plain QCoreApplication: the command runs in the application's one event loop.
int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("acrnet.*.debug=false\nacrnet.*.info=false\nqt.*.debug=false"));
    // Reports are English unless --lang asks otherwise: a pipeline's output must not depend on the machine's
    // locale. JSON keys and CSV columns stay English in every language.
    const QString language = languageArgument(QCoreApplication::arguments());
    installTranslations(app, language.isEmpty() ? QStringLiteral("en") : language);
    const auto command = acrnet::HeadlessCommand::create(QCoreApplication::arguments().at(1));
    QObject::connect(command.get(), &acrnet::HeadlessCommand::finished, &app, &QCoreApplication::exit);
    const int code = command->start(QCoreApplication::arguments());
    return code >= 0 ? code : QCoreApplication::exec();
}

// The GUI's command line, in a QCoreApplication that is gone before the window's QApplication exists: an exit code
// when it ends here (help, version, a mistake), or -1 with the options filled.
int parseGuiCommandLine(int argc, char *argv[], acrnet::MainWindowOptions *options)
{
    QCoreApplication pre(argc, argv);
    setNames();
    // --lang must be known before any translated text (including --help) is produced.
    installTranslations(pre, languageArgument(QCoreApplication::arguments()));
    const QStringList args = QCoreApplication::arguments();
    int first = 1; // the first word that is not an option (nor --lang's value)
    while (first < args.size() && args.at(first).startsWith(QLatin1Char('-')))
        first += args.at(first) == QLatin1String("--lang") ? 2 : 1;
    if (args.value(first) == QLatin1String("help")) { // help, help inventory, help audit
        const QString command = args.value(first + 1);
        if (command == QLatin1String("capture"))
            return acrnet::cli::printCaptureHelp(args.first());
        if (auto cmd = acrnet::HeadlessCommand::create(command))
            return cmd->start({args.first(), command, QStringLiteral("--help")});
        if (!command.isEmpty()) {
            print(stderr, QCoreApplication::translate("main", "Unknown command '%1'. See --help.").arg(command) +
                              QLatin1Char('\n'));
            return 2;
        }
        print(stdout, GuiCommandLine().helpText());
        return 0;
    }
    GuiCommandLine cli;
    if (!cli.parser.parse(args)) {
        print(stderr, cli.parser.errorText() + QLatin1Char(' ') + QCoreApplication::translate("main", "See --help.") +
                          QLatin1Char('\n'));
        return 2;
    }
    if (cli.parser.isSet(QStringLiteral("help"))) {
        print(stdout, cli.helpText());
        return 0;
    }
    if (cli.parser.isSet(QStringLiteral("version"))) {
        print(stdout, QStringLiteral("acr-netadmin %1 (Qt %2)\n")
                          .arg(QStringLiteral(ACRNET_VERSION), QString::fromLatin1(qVersion())));
        return 0;
    }
    const QStringList positional = cli.parser.positionalArguments();
    const bool sandbox = cli.parser.isSet(cli.sandbox);
    if (positional.size() > 1 || (!positional.isEmpty() && !sandbox)) {
        print(stderr, QCoreApplication::translate("main", "Unexpected argument '%1'. See --help.")
                              .arg(positional.value(sandbox ? 1 : 0)) +
                          QLatin1Char('\n'));
        return 2;
    }
    if (sandbox)
        options->sandboxScenario = positional.value(0, QStringLiteral("demo"));
    options->readOnly = cli.parser.isSet(cli.readOnly);
    options->presentation = cli.parser.isSet(cli.presentation);
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    acrnet::useOneAllocationArena();
    hardenProcess();
    // Headless commands need no display: dispatch before any GUI object exists.
    if (argc > 1 && acrnet::HeadlessCommand::names().contains(QString::fromLocal8Bit(argv[1])))
        return runCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "capture") == 0)
        return acrnet::cli::runCapture(argc, argv);
    acrnet::MainWindowOptions options;
    if (const int code = parseGuiCommandLine(argc, argv, &options); code >= 0)
        return code;
    const bool sandbox = !options.sandboxScenario.isEmpty();

    // Request-level tracing is for troubleshooting (QT_LOGGING_RULES="acrnet.*.debug=true"), not the terminal's
    // default.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("acrnet.*.debug=false"));
    QApplication app(argc, argv);
    setNames();
    // Wayland compositors and docks match the window to its desktop entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.acrnetadmin.AcrNetworkAdmin"));
    installTranslations(app, languageArgument(QCoreApplication::arguments()));

    QString networkError;
    if (!acrnet::NetworkSetup::apply(acrnet::NetworkOptions::fromSettings(), &networkError))
        std::fprintf(stderr, "%s\n", qPrintable(networkError)); // the defaults (system proxy) stay in force
    QNetworkAccessManager network;
    acrnet::KeychainSecretStore keychain;
    QSettings settings;
    acrnet::AccountStore accountStore(&settings);
    acrnet::AccountManager accounts(&network, &keychain, &accountStore);
    if (!sandbox)
        accounts.restore(); // signed-in accounts come back from the keychain, no prompt

    acrnet::InventoryService inventory(&accounts, &network, &settings);
    // Sandbox practice is kept apart from the record of real changes.
    QString activityPath = acrnet::ActivityLog::defaultPath();
    if (sandbox)
        activityPath.replace(QStringLiteral("activity.jsonl"), QStringLiteral("activity-sandbox.jsonl"));
    acrnet::ActivityLog activity(activityPath);
    acrnet::MainWindow window(options, &accounts, &inventory, &activity);
    acrnet::sandbox::SandboxHost sandboxHost;
    if (sandbox) {
        QObject::connect(
            &sandboxHost, &acrnet::sandbox::SandboxHost::started, &window,
            [&window, &sandboxHost](const QUrl &url) { window.sandboxStarted(url, sandboxHost.automationClients()); });
        QObject::connect(&sandboxHost, &acrnet::sandbox::SandboxHost::failed, &window,
                         &acrnet::MainWindow::sandboxFailed);
        sandboxHost.start(options.sandboxScenario);
    }
    window.show();
    return QApplication::exec();
}
