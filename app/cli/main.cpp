// Composition root: parses the command line, loads the translation, wires concrete objects.
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/keychainsecretstore.h"
#include "app/auth/networksetup.h"
#include "app/cli/inventorycommand.h"
#include "app/sandbox/sandboxhost.h"
#include "app/sandbox/scenario.h"
#include "app/services/activitylog.h"
#include "app/services/inventoryservice.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif

namespace {

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    // Any language without a translation of its own (including the C locale) gets English, whose plural forms
    // ("3 subscriptions", not "3 subscription(s)") live in its translation file.
    if (appTranslator->load(locale, QStringLiteral("acrnetadmin"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
}

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

// --lang CODE or --lang=CODE anywhere on the command line; empty when not given.
QString languageArgument(const QStringList &args)
{
    QString language;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    return language;
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    // Headless commands need no display: dispatch before any GUI object exists.
    if (argc > 1 && (qstrcmp(argv[1], "inventory") == 0 || qstrcmp(argv[1], "audit") == 0)) {
        QCoreApplication app(argc, argv);
        QLoggingCategory::setFilterRules(QStringLiteral("acrnet.*.debug=false\nacrnet.*.info=false\nqt.*.debug=false"));
        // Reports are English unless --lang asks otherwise: a pipeline's output must not depend on the machine's
        // locale. JSON keys and CSV columns stay English in every language.
        const QString language = languageArgument(QCoreApplication::arguments());
        installTranslations(app, language.isEmpty() ? QStringLiteral("en") : language);
        return qstrcmp(argv[1], "audit") == 0 ? acrnet::runAuditCommand(QCoreApplication::arguments())
                                              : acrnet::runInventoryCommand(QCoreApplication::arguments());
    }
    // Request-level tracing is for troubleshooting (QT_LOGGING_RULES="acrnet.*.debug=true"), not the terminal's
    // default.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("acrnet.*.debug=false"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("acr-netadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACRNET_VERSION));

    // --lang must be known before any translated text (including --help) is produced.
    installTranslations(app, languageArgument(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "See and change who can reach your Azure Container Registries."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QCoreApplication::translate("main", "Run on the built-in sandbox cloud."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "User interface language (en, es)."),
                                  QStringLiteral("code"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QCoreApplication::translate("main", "Offer no actions that change Azure."));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
                                          QCoreApplication::translate("main", "Redact identifiers for screenshots."));
    parser.addOptions({sandbox, lang, readOnly, presentation});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QCoreApplication::translate("main", "Sandbox scenario (default: demo)."),
                                 QStringLiteral("[SCENARIO]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && !parser.isSet(sandbox))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unexpected argument '%1'. See --help.")
                                    .arg(positional.value(parser.isSet(sandbox) ? 1 : 0))));
        return 2;
    }

    acrnet::MainWindowOptions options;
    if (parser.isSet(sandbox))
        options.sandboxScenario = positional.value(0, QStringLiteral("demo"));
    options.readOnly = parser.isSet(readOnly);
    options.presentation = parser.isSet(presentation);

    QString networkError;
    if (!acrnet::NetworkSetup::apply(acrnet::NetworkOptions::fromSettings(), &networkError))
        std::fprintf(stderr, "%s\n", qPrintable(networkError)); // the defaults (system proxy) stay in force
    QNetworkAccessManager network;
    acrnet::KeychainSecretStore keychain;
    QSettings settings;
    acrnet::AccountStore accountStore(&settings);
    acrnet::AccountManager accounts(&network, &keychain, &accountStore);
    if (!parser.isSet(sandbox))
        accounts.restore(); // signed-in accounts come back from the keychain, no prompt

    acrnet::InventoryService inventory(&accounts, &network, &settings);
    // Sandbox practice is kept apart from the record of real changes.
    QString activityPath = acrnet::ActivityLog::defaultPath();
    if (parser.isSet(sandbox))
        activityPath.replace(QStringLiteral("activity.jsonl"), QStringLiteral("activity-sandbox.jsonl"));
    acrnet::ActivityLog activity(activityPath);
    acrnet::MainWindow window(options, &accounts, &inventory, &activity);
    acrnet::sandbox::SandboxHost sandboxHost;
    if (parser.isSet(sandbox)) {
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
