// `acr-netadmin capture`: options, the fixed rendering that makes two runs write the same bytes, and the two ways
// to run — the training walkthrough on the built-in sandbox, or the user's own estate (--cloud, --endpoint),
// read-only, where a person must agree before a tenant's identifiers go into the images unredacted.
#include "capturecommand.h"
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/networksetup.h"
#include "app/auth/secretstore.h"
#include "app/azure/clock.h"
#include "app/sandbox/sandboxhost.h"
#include "app/services/activitylog.h"
#include "app/services/inventoryservice.h"
#include "startup.h"
#include "ui/mainwindow.h"
#include "ui/presentation.h"
#include "ui/walkthroughcapture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <cstdio>
#if defined(Q_OS_WIN)
#include <io.h>
#define ACRNET_ISATTY _isatty
#define ACRNET_FILENO _fileno
#else
#include <unistd.h>
#define ACRNET_ISATTY isatty
#define ACRNET_FILENO fileno
#endif

namespace acrnet::cli {

namespace {

// `acr-netadmin capture …`: what to capture, read before any window exists (help and mistakes need no display).
struct CaptureOptions
{
    QString scenario = QStringLiteral("training");
    QString language = QStringLiteral("en");
    bool presentation = false;
    QSize size{1280, 800};
    QString outDir;
    // --cloud (other than sandbox) or --endpoint: the estate that is there, read-only, signed in with `auth`.
    bool ownEstate = false;
    Cloud cloud;
    QString tenant;
    QString auth; // azcli, secret or sandbox
};

int usage(const QString &error)
{
    print(stderr,
          error + QLatin1Char(' ') + QCoreApplication::translate("main", "See capture --help.") + QLatin1Char('\n'));
    return 2;
}

struct CaptureCommandLine
{
    QCommandLineParser parser;
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                QCoreApplication::translate("main", "Sandbox scenario (default: training)."),
                                QStringLiteral("name"), QStringLiteral("training")};
    QCommandLineOption lang{QStringLiteral("lang"), QCoreApplication::translate("main", "Language (en, es)."),
                            QStringLiteral("code"), QStringLiteral("en")};
    QCommandLineOption presentation{QStringLiteral("presentation"),
                                    QCoreApplication::translate("main", "Redact identifiers.")};
    QCommandLineOption size{QStringLiteral("size"),
                            QCoreApplication::translate("main", "Main window size (default: 1280x800)."),
                            QStringLiteral("WxH"), QStringLiteral("1280x800")};
    QCommandLineOption out{QStringLiteral("out"), QCoreApplication::translate("main", "Output folder."),
                           QStringLiteral("dir")};
    QCommandLineOption cloud{
        QStringLiteral("cloud"),
        QCoreApplication::translate("main", "Capture your own estate in this cloud instead, read-only: AzureCloud, "
                                            "AzureUSGovernment or AzureChinaCloud."),
        QStringLiteral("name")};
    QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        QCoreApplication::translate("main", "Capture the estate behind this ARM endpoint instead, read-only (a sandbox "
                                            "started elsewhere, or a custom cloud)."),
        QStringLiteral("url")};
    QCommandLineOption tenant{QStringLiteral("tenant"),
                              QCoreApplication::translate("main", "Tenant ID or domain (with --cloud or --endpoint)."),
                              QStringLiteral("id")};
    QCommandLineOption auth{QStringLiteral("auth"),
                            QCoreApplication::translate(
                                "main", "Sign-in with --cloud or --endpoint: azcli (default; az login first), secret "
                                        "(AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and --tenant) or sandbox."),
                            QStringLiteral("method")};
    QCommandLineOption readOnly{
        QStringLiteral("read-only"),
        QCoreApplication::translate("main", "Send nothing that changes Azure (always so with --cloud or --endpoint).")};

    CaptureCommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Capture the walkthrough on the sandbox: a PNG per step, the control to click outlined, and "
                    "guide.md and guide.html. Two runs write the same bytes. With --cloud or --endpoint, capture your "
                    "own estate instead — the inventory, the audit and the rules editor up to its review page — and "
                    "send nothing; without --presentation it asks first."));
        parser.addHelpOption();
        parser.addOptions({scenario, lang, presentation, size, out, cloud, endpoint, tenant, auth, readOnly});
    }
};

// The estate to capture, when --cloud or --endpoint names one: its cloud and how to sign in to it.
int parseOwnEstate(const CaptureCommandLine &cli, CaptureOptions *o)
{
    const QCommandLineParser &p = cli.parser;
    const QString cloudName = p.value(cli.cloud);
    o->ownEstate = p.isSet(cli.endpoint) || (p.isSet(cli.cloud) && cloudName != QLatin1String("sandbox"));
    if (!o->ownEstate) {
        if (p.isSet(cli.tenant) || p.isSet(cli.auth))
            return usage(QCoreApplication::translate("main", "--tenant and --auth need --cloud or --endpoint."));
        return -1;
    }
    if (p.isSet(cli.scenario))
        return usage(QCoreApplication::translate(
            "main", "--scenario is for the built-in sandbox; --cloud and --endpoint capture what is there."));
    const QUrl endpoint(p.value(cli.endpoint));
    if (p.isSet(cli.endpoint) && (!endpoint.isValid() || endpoint.host().isEmpty()))
        return usage(QCoreApplication::translate(
                         "main", "--endpoint needs a URL such as https://management.example.com, not '%1'.")
                         .arg(p.value(cli.endpoint)));
    const bool loopback = p.isSet(cli.endpoint) && Cloud::isLoopbackHost(endpoint.host());
    o->cloud = !p.isSet(cli.endpoint) ? Cloud::byName(cloudName)
               : loopback             ? Cloud::sandbox(endpoint)
                                      : Cloud::custom(endpoint, Cloud::Kind::AzureCloud);
    if (!o->cloud.isValid())
        return usage(QCoreApplication::translate("main", "Unknown --cloud '%1'.").arg(cloudName));
    o->tenant = p.value(cli.tenant);
    o->auth = p.isSet(cli.auth) ? p.value(cli.auth) : loopback ? QStringLiteral("sandbox") : QStringLiteral("azcli");
    if (o->auth == QLatin1String("sandbox") && !loopback)
        return usage(QCoreApplication::translate("main", "--auth sandbox signs in to a sandbox on this machine only."));
    if (o->auth == QLatin1String("secret") && (o->tenant.isEmpty() || qEnvironmentVariableIsEmpty("AZURE_CLIENT_ID") ||
                                               qEnvironmentVariableIsEmpty("AZURE_CLIENT_SECRET")))
        return usage(QCoreApplication::translate(
            "main", "--auth secret needs --tenant and the AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment "
                    "variables."));
    if (o->auth != QLatin1String("azcli") && o->auth != QLatin1String("secret") && o->auth != QLatin1String("sandbox"))
        return usage(QCoreApplication::translate(
                         "main",
                         "--auth must be azcli, secret or sandbox, not '%1' (a capture cannot wait for a device "
                         "code: run az login first).")
                         .arg(o->auth));
    return -1;
}

// Without --presentation, a real tenant's subscription and tenant IDs, addresses and user names go into files made
// to be published: a person at a terminal must say yes, and without one the capture refuses.
int confirmUnredacted(const CaptureOptions &o)
{
    const QString where = o.cloud.name();
    if (!ACRNET_ISATTY(ACRNET_FILENO(stdin)) || !ACRNET_ISATTY(ACRNET_FILENO(stderr))) {
        print(stderr,
              QCoreApplication::translate(
                  "main", "Refusing to capture %1 without --presentation: the images and guides would show its "
                          "subscription and tenant IDs, addresses and user names, and no one is at a terminal to "
                          "agree. Add --presentation.")
                      .arg(where) +
                  QLatin1Char('\n'));
        return 2;
    }
    print(stderr,
          QCoreApplication::translate(
              "main", "The images and guides will show the subscription and tenant IDs, addresses and user names of "
                      "%1 (--presentation replaces them with placeholders). Capture anyway? [y/N] ")
              .arg(where));
    char line[64] = {};
    const QString answer =
        std::fgets(line, sizeof line, stdin) ? QString::fromLocal8Bit(line).trimmed().toLower() : QString();
    QStringList yes{QStringLiteral("y"), QStringLiteral("yes")};
    yes << QCoreApplication::translate("main", "y", "the answer yes to a [y/N] question, as typed")
        << QCoreApplication::translate("main", "yes", "the answer yes to a [y/N] question, as typed");
    if (!yes.contains(answer)) {
        print(stderr, QCoreApplication::translate("main", "Nothing captured.") + QLatin1Char('\n'));
        return 2;
    }
    return -1;
}

// `args` as given (args[1] is "capture"), in an application that exists already.
int parseCaptureArguments(QStringList args, CaptureOptions *o)
{
    CaptureCommandLine cli;
    QCommandLineParser &parser = cli.parser;
    args.removeAt(1); // "capture"
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
    o->scenario = parser.value(cli.scenario);
    o->language = parser.value(cli.lang);
    o->presentation = parser.isSet(cli.presentation);
    o->outDir = parser.value(cli.out);
    const QStringList wh = parser.value(cli.size).split(QLatin1Char('x'));
    o->size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    if (o->language != QLatin1String("en") && o->language != QLatin1String("es"))
        return usage(QCoreApplication::translate("main", "--lang must be en or es, not '%1'.").arg(o->language));
    if (wh.size() != 2 || o->size.width() < 800 || o->size.height() < 600 || o->size.width() > 3840 ||
        o->size.height() > 2160)
        return usage(
            QCoreApplication::translate("main", "--size must be WIDTHxHEIGHT between 800x600 and 3840x2160, not '%1'.")
                .arg(parser.value(cli.size)));
    if (o->outDir.isEmpty())
        return usage(QCoreApplication::translate("main", "--out is required."));
    if (const int code = parseOwnEstate(cli, o); code >= 0)
        return code;
    if (o->ownEstate && o->cloud.kind() != Cloud::Kind::Sandbox && !o->presentation) {
        if (const int code = confirmUnredacted(*o); code >= 0)
            return code;
    }
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

// What the capture prints when it ends, and its exit code.
void finish(int code, const QString &text)
{
    print(code == 0 ? stdout : stderr, text + QLatin1Char('\n'));
    QCoreApplication::exit(code);
}

// The training walkthrough on the built-in sandbox, on a fixed clock and a fixed port: the same bytes every run.
void startOnSandbox(const CaptureOptions &o, sandbox::SandboxHost &host, MainWindow &window,
                    WalkthroughCapture &capture)
{
    Clock::setFixed(QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::utc()));
    host.setSettingsOverride({{QStringLiteral("provisioningDelayMs"), 200},
                              {QStringLiteral("registrationDelayMs"), 300},
                              {QStringLiteral("silentDropDelayMs"), 300},
                              {QStringLiteral("resourceGroupDeleteDelayMs"), 300}});
    QObject::connect(&host, &sandbox::SandboxHost::started, &window, [&window, &host, &capture](const QUrl &url) {
        window.sandboxStarted(url, host.automationClients());
        capture.start();
    });
    QObject::connect(&host, &sandbox::SandboxHost::failed, &window, [](const QString &why) { finish(1, why); });
    // A fixed port: the review page's ARM request names the host, and two runs must draw the same request.
    host.start(o.scenario, 48123);
}

// The user's own estate: signed in as the options say, read-only; a sign-in that fails ends the capture.
void startOnOwnEstate(const CaptureOptions &o, AccountManager &accounts, WalkthroughCapture &capture)
{
    QObject::connect(&accounts, &AccountManager::addFailed, &capture, [](const QString &why) {
        finish(1, QCoreApplication::translate("main", "Could not sign in: %1").arg(why));
    });
    QObject::connect(&accounts, &AccountManager::statusChanged, &capture, [&accounts](const QString &id) {
        const AccountManager::Status status = accounts.status(id);
        if (status.state == AccountManager::State::Error || status.state == AccountManager::State::NeedsSignIn)
            finish(1, QCoreApplication::translate("main", "Could not sign in: %1").arg(status.message));
    });
    const QString tenant = o.tenant.isEmpty() ? QStringLiteral("organizations") : o.tenant;
    if (o.auth == QLatin1String("sandbox"))
        accounts.addSandbox(o.cloud, tenant, QStringLiteral("sandbox"));
    else if (o.auth == QLatin1String("secret"))
        accounts.addServicePrincipal(o.cloud, o.tenant, qEnvironmentVariable("AZURE_CLIENT_ID"),
                                     qEnvironmentVariable("AZURE_CLIENT_SECRET"));
    else
        accounts.addAzureCli(o.cloud, o.tenant);
    capture.startOwnEstate();
}

} // namespace

int runCapture(int argc, char *argv[])
{
    CaptureOptions o;
    if (const int code = parseCaptureCommandLine(argc, argv, &o); code >= 0)
        return code;
    QTemporaryDir temp; // settings, activity log, offscreen screen: nothing of the user's is written
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
    // From the user's own settings, before they are set aside: the proxy, and the installation's presentation key
    // (the same placeholders as in the user's own presentation-mode screenshots).
    QByteArray presentationKey;
    if (o.ownEstate) {
        if (!NetworkSetup::apply(NetworkOptions::fromSettings(), &error))
            print(stderr, error + QLatin1Char('\n'));
        presentationKey = Presentation::installationKey();
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, temp.path());
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    AccountStore accountStore(&settings);
    AccountManager accounts(&network, &secrets, &accountStore);
    InventoryService inventory(&accounts, &network, &settings);
    ActivityLog activity(temp.filePath(QStringLiteral("activity.jsonl")));
    MainWindowOptions options;
    options.sandboxScenario = o.ownEstate ? QString() : o.scenario;
    options.readOnly = o.ownEstate;
    options.presentation = o.presentation;
    MainWindow window(options, &accounts, &inventory, &activity);
    if (o.ownEstate)
        Presentation::instance()->setKey(presentationKey);
    window.resize(o.size);
    window.show();
    WalkthroughCapture capture(&window, &inventory, o.outDir);
    QObject::connect(&capture, &WalkthroughCapture::finished, &app, [&](int code, const QString &why) {
        finish(code, code == 0 ? QCoreApplication::translate("main", "Wrote %1 files to %2.")
                                         .arg(capture.written().size())
                                         .arg(QDir::toNativeSeparators(o.outDir)) +
                                     (why.isEmpty() ? QString() : QLatin1Char('\n') + why)
                               : why);
    });
    sandbox::SandboxHost host;
    if (o.ownEstate)
        startOnOwnEstate(o, accounts, capture);
    else
        startOnSandbox(o, host, window, capture);
    return QApplication::exec();
}

int printCaptureHelp(const QString &program)
{
    CaptureOptions ignored;
    return parseCaptureArguments({program, QStringLiteral("capture"), QStringLiteral("--help")}, &ignored);
}

} // namespace acrnet::cli
