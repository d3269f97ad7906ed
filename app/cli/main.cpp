// Composition root: parses the command line, loads the translation, wires concrete objects.
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/keychainsecretstore.h"
#include "app/auth/networksetup.h"
#include "app/auth/secretstore.h"
#include "app/azure/clock.h"
#include "app/cli/headlesscommand.h"
#include "app/sandbox/sandboxhost.h"
#include "app/sandbox/scenario.h"
#include "app/services/activitylog.h"
#include "app/services/inventoryservice.h"
#include "ui/mainwindow.h"
#include "ui/walkthroughcapture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimeZone>
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
    // Numbers and dates follow the chosen language too ("11.997" in Spanish), not only the words.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
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

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("acr-netadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACRNET_VERSION));
}

void print(FILE *to, const QString &text)
{
    std::fputs(text.toUtf8().constData(), to);
    std::fflush(to);
}

// `acr-netadmin capture …`: what to capture, read before any window exists (help and mistakes need no display).
struct CaptureOptions
{
    QString scenario = QStringLiteral("training");
    QString language = QStringLiteral("en");
    bool presentation = false;
    QSize size{1280, 800};
    QString outDir;
};

int parseCaptureArguments(QStringList args, CaptureOptions *o);

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
                                         "Write the walkthrough as screenshots and a step guide (on the sandbox).")},
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
        if (command == QLatin1String("capture")) {
            CaptureOptions ignored;
            return parseCaptureArguments({args.first(), command, QStringLiteral("--help")}, &ignored);
        }
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

// `args` as given (args[1] is "capture"), in an application that exists already.
int parseCaptureArguments(QStringList args, CaptureOptions *o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Capture the walkthrough on the sandbox: a PNG per step, the control to click outlined, and "
                "guide.md and guide.html. Two runs write the same bytes."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("main", "Sandbox scenario (default: training)."),
                                      QStringLiteral("name"), o->scenario);
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("main", "Language (en, es)."),
                                  QStringLiteral("code"), o->language);
    const QCommandLineOption presentation(QStringLiteral("presentation"),
                                          QCoreApplication::translate("main", "Redact identifiers."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Main window size (default: 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("main", "Output folder."),
                                 QStringLiteral("dir"));
    parser.addHelpOption();
    parser.addOptions({scenario, lang, presentation, size, out});
    args.removeAt(1); // "capture"
    const auto usage = [](const QString &error) {
        print(stderr, error + QLatin1Char(' ') + QCoreApplication::translate("main", "See capture --help.") +
                          QLatin1Char('\n'));
        return 2;
    };
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("acr-netadmin capture"));
        print(stdout, help);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("main", "Unexpected argument '%1'.")
                         .arg(parser.positionalArguments().constFirst()));
    o->scenario = parser.value(scenario);
    o->language = parser.value(lang);
    o->presentation = parser.isSet(presentation);
    o->outDir = parser.value(out);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    o->size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    if (o->language != QLatin1String("en") && o->language != QLatin1String("es"))
        return usage(QCoreApplication::translate("main", "--lang must be en or es, not '%1'.").arg(o->language));
    if (wh.size() != 2 || o->size.width() < 800 || o->size.height() < 600 || o->size.width() > 3840 ||
        o->size.height() > 2160)
        return usage(QCoreApplication::translate("main", "--size must be WIDTHxHEIGHT between 800x600 and "
                                                         "3840x2160, not '%1'.")
                         .arg(parser.value(size)));
    if (o->outDir.isEmpty())
        return usage(QCoreApplication::translate("main", "--out is required."));
    if (!QDir().mkpath(o->outDir)) {
        print(stderr, QCoreApplication::translate("main", "Cannot create %1.").arg(o->outDir) + QLatin1Char('\n'));
        return 1;
    }
    return -1;
}

int parseCaptureCommandLine(int argc, char *argv[], CaptureOptions *o)
{
    QCoreApplication pre(argc, argv);
    setNames();
    installTranslations(pre, languageArgument(QCoreApplication::arguments()));
    return parseCaptureArguments(QCoreApplication::arguments(), o);
}

// Everything that decides a pixel, fixed: platform screen (offscreen without a display), pixel ratio, DPI, time
// zone, style, palette, font (DejaVu, which the set-up installs), no cursor blink and no animations.
bool fixRendering(const QString &tempDir, QString *error)
{
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if ((platform.isEmpty() && !display) || platform == "offscreen") {
        const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("capture")},
                                 {QStringLiteral("x"), 0},
                                 {QStringLiteral("y"), 0},
                                 {QStringLiteral("width"), 3840},
                                 {QStringLiteral("height"), 2160},
                                 {QStringLiteral("logicalDpi"), 96},
                                 {QStringLiteral("logicalBaseDpi"), 96},
                                 {QStringLiteral("dpr"), 1}};
        const QString config = tempDir + QStringLiteral("/offscreen.json");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}},
                                             {QStringLiteral("windowFrameMargins"), false}})
                       .toJson());
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    }
    qputenv("QT_FONT_DPI", "96");
    qputenv("QT_SCALE_FACTOR", "1");
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    qputenv("TZ", "UTC");
    Q_UNUSED(error)
    return true;
}

bool fixLook(QString *error)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    const QString fonts = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
    for (const QString &f : {QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf"),
                             QStringLiteral("DejaVuSansMono.ttf")}) {
        if (QFontDatabase::addApplicationFont(fonts + f) < 0) {
            *error = QCoreApplication::translate("main", "The capture draws with DejaVu Sans; %1 is missing "
                                                         "(Debian package fonts-dejavu-core).")
                         .arg(fonts + f);
            return false;
        }
    }
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QApplication::setCursorFlashTime(0);
    QApplication::setEffectEnabled(Qt::UI_General, false);
    return true;
}

int runCapture(int argc, char *argv[])
{
    CaptureOptions o;
    if (const int code = parseCaptureCommandLine(argc, argv, &o); code >= 0)
        return code;
    QTemporaryDir temp; // settings, activity log, offscreen screen: nothing of the user's is read or written
    QString error;
    if (!temp.isValid() || !fixRendering(temp.path(), &error))
        return 1;
    QLoggingCategory::setFilterRules(QStringLiteral("acrnet.*.debug=false\nacrnet.*.info=false\nqt.*=false"));
    // The offscreen platform's notes about what it cannot do (size hints, a runtime folder) are not the user's news.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type != QtDebugMsg && type != QtInfoMsg && !message.contains(QLatin1String("propagateSizeHints")) &&
            !message.contains(QLatin1String("XDG_RUNTIME_DIR")))
            print(stderr, message + QLatin1Char('\n'));
    });
    QApplication app(argc, argv);
    setNames();
    if (!fixLook(&error)) {
        print(stderr, error + QLatin1Char('\n'));
        return 1;
    }
    installTranslations(app, o.language);
    acrnet::Clock::setFixed(QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::utc()));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, temp.path());
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    acrnet::MemorySecretStore secrets;
    acrnet::AccountStore accountStore(&settings);
    acrnet::AccountManager accounts(&network, &secrets, &accountStore);
    acrnet::InventoryService inventory(&accounts, &network, &settings);
    acrnet::ActivityLog activity(temp.filePath(QStringLiteral("activity.jsonl")));
    acrnet::MainWindowOptions options;
    options.sandboxScenario = o.scenario;
    options.presentation = o.presentation;
    acrnet::MainWindow window(options, &accounts, &inventory, &activity);
    window.resize(o.size);
    window.show();
    acrnet::sandbox::SandboxHost host;
    host.setSettingsOverride({{QStringLiteral("provisioningDelayMs"), 200},
                              {QStringLiteral("registrationDelayMs"), 300},
                              {QStringLiteral("silentDropDelayMs"), 300},
                              {QStringLiteral("resourceGroupDeleteDelayMs"), 300}});
    acrnet::WalkthroughCapture capture(&window, &inventory, o.outDir);
    QObject::connect(&host, &acrnet::sandbox::SandboxHost::started, &window, [&](const QUrl &url) {
        window.sandboxStarted(url, host.automationClients());
        capture.start();
    });
    // A fixed port: the review page's ARM request names the host, and two runs must draw the same request.
    quint16 port = 48123;
    QObject::connect(&host, &acrnet::sandbox::SandboxHost::failed, &app, [&](const QString &why) {
        print(stderr, why + QLatin1Char('\n'));
        QCoreApplication::exit(1);
    });
    QObject::connect(&capture, &acrnet::WalkthroughCapture::finished, &app, [&](int code, const QString &why) {
        print(code == 0 ? stdout : stderr, code == 0 ? QCoreApplication::translate("main", "Wrote %1 files to %2.")
                                                               .arg(capture.written().size())
                                                               .arg(QDir::toNativeSeparators(o.outDir)) +
                                                           QLatin1Char('\n')
                                                     : why + QLatin1Char('\n'));
        QCoreApplication::exit(code);
    });
    host.start(o.scenario, port);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    // Headless commands need no display: dispatch before any GUI object exists.
    if (argc > 1 && acrnet::HeadlessCommand::names().contains(QString::fromLocal8Bit(argv[1])))
        return runCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "capture") == 0)
        return runCapture(argc, argv);
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
