// acr-netadmin-sandbox: the sandbox cloud on its own, for scripts, other clients and benchmarks.
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#if defined(Q_OS_UNIX)
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}
#endif

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "acr-netadmin-sandbox: %s\n", qPrintable(message));
    return code;
}

// The sandbox's options.
struct Options
{
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                QStringLiteral("Built-in scenario (%1) or a scenario JSON file.")
                                    .arg(acrnet::sandbox::Scenario::builtInNames().join(QStringLiteral(", "))),
                                QStringLiteral("name|file"), QStringLiteral("demo")};
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (default: a free one)."),
                            QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption tls{QStringLiteral("tls"), QStringLiteral("Serve HTTPS with a self-signed certificate.")};
    QCommandLineOption latency{QStringLiteral("latency"), QStringLiteral("Added latency per ARM request."),
                               QStringLiteral("ms")};
    QCommandLineOption jitter{QStringLiteral("jitter"), QStringLiteral("Random extra latency up to this."),
                              QStringLiteral("ms")};
    QCommandLineOption pageSize{QStringLiteral("page-size"), QStringLiteral("Items per page of ARM lists."),
                                QStringLiteral("n")};
    QCommandLineOption state{QStringLiteral("state"),
                             QStringLiteral("Load the state from FILE if it exists, and save it there on exit."),
                             QStringLiteral("file")};
    QCommandLineOption throttleRate{QStringLiteral("throttle-rate"),
                                    QStringLiteral("Share of ARM requests answered 429."), QStringLiteral("0..1")};
    QCommandLineOption errorRate{QStringLiteral("error-rate"), QStringLiteral("Share answered 500/503."),
                                 QStringLiteral("0..1")};
    QCommandLineOption dropRate{QStringLiteral("drop-rate"),
                                QStringLiteral("Share whose connection is cut mid-answer."), QStringLiteral("0..1")};
    QCommandLineOption lroFailRate{QStringLiteral("lro-fail-rate"),
                                   QStringLiteral("Share of long-running operations that fail."),
                                   QStringLiteral("0..1")};
    QCommandLineOption requestLog{QStringLiteral("request-log"),
                                  QStringLiteral("Append one JSON line per ARM request to FILE (benchmarks)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption certOut{QStringLiteral("cert-out"),
                               QStringLiteral("With --tls, write the certificate as PEM to FILE (for "
                                              "REQUESTS_CA_BUNDLE, SSL_CERT_FILE or the Azure CLI)."),
                               QStringLiteral("FILE")};

    QList<QCommandLineOption> all() const
    {
        return {scenario,     port,      tls,      latency,     jitter,     pageSize, state,
                throttleRate, errorRate, dropRate, lroFailRate, requestLog, certOut};
    }
};

// The latency and fault-rate options as the sandbox's faults; an exit code when one is not a number in range.
int readFaults(const QCommandLineParser &parser, const Options &o, QJsonObject *faults)
{
    bool ok = false;
    for (const auto &[option, key] : {std::pair{&o.latency, "latencyMs"}, std::pair{&o.jitter, "jitterMs"}}) {
        if (!parser.isSet(*option))
            continue;
        const int value = parser.value(*option).toInt(&ok);
        if (!ok || value < 0)
            return fail(2, QStringLiteral("--%1 needs a number of milliseconds").arg(option->names().first()));
        faults->insert(QLatin1String(key), value);
    }
    for (const auto &[option, key] : {std::pair{&o.throttleRate, "throttleRate"}, std::pair{&o.errorRate, "errorRate"},
                                      std::pair{&o.dropRate, "dropRate"}, std::pair{&o.lroFailRate, "lroFailRate"}}) {
        if (!parser.isSet(*option))
            continue;
        const double value = parser.value(*option).toDouble(&ok);
        if (!ok || value < 0 || value > 1)
            return fail(2, QStringLiteral("--%1 needs a number from 0 to 1").arg(option->names().first()));
        faults->insert(QLatin1String(key), value);
    }
    return -1;
}

// Ctrl-C and SIGTERM end the event loop cleanly, so the state can be saved. (POSIX only: elsewhere Ctrl-C ends the
// process; GET /_sandbox/state returns the state to keep.)
void quitOnSignals([[maybe_unused]] QCoreApplication &app)
{
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("acr-netadmin-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACRNET_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of Azure Resource Manager and Microsoft Entra ID."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions(o.all());
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(2, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    if (parser.isSet(o.certOut) && !parser.isSet(o.tls))
        return fail(2, QStringLiteral("--cert-out needs --tls"));
    bool ok = false;
    const int portNumber = parser.value(o.port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return fail(2, QStringLiteral("--port needs a number from 0 to 65535"));
    QJsonObject faults;
    if (const int code = readFaults(parser, o, &faults); code >= 0)
        return code;

    acrnet::sandbox::SandboxServer server;
    QString error;
    const QString stateFile = parser.value(o.state);
    if (!stateFile.isEmpty() && QFileInfo::exists(stateFile)) {
        if (!server.loadState(stateFile, &error))
            return fail(1, QStringLiteral("cannot load state %1: %2").arg(stateFile, error));
    } else if (!server.loadScenario(parser.value(o.scenario), &error)) {
        return fail(2, error);
    }
    if (parser.isSet(o.pageSize)) {
        const int size = parser.value(o.pageSize).toInt(&ok);
        if (!ok || size < 1)
            return fail(2, QStringLiteral("--page-size needs a positive number"));
        server.store().settings.pageSize = size;
    }
    server.store().faults.merge(faults);
    if (parser.isSet(o.requestLog) && !server.setRequestLog(parser.value(o.requestLog), &error))
        return fail(2, QStringLiteral("cannot write --request-log: %1").arg(error));
    if (!server.start(quint16(portNumber), parser.isSet(o.tls), &error))
        return fail(1, error);

    if (parser.isSet(o.certOut)) {
        QSaveFile pem(parser.value(o.certOut));
        if (!pem.open(QIODevice::WriteOnly) || pem.write(server.certificatePem()) < 0 || !pem.commit())
            return fail(
                1, QStringLiteral("cannot write --cert-out %1: %2").arg(parser.value(o.certOut), pem.errorString()));
    }
    std::printf("Sandbox listening on %s\n", qPrintable(server.baseUrl().toString()));
    if (parser.isSet(o.tls))
        std::printf("TLS certificate SHA-256 fingerprint: %s\n", qPrintable(server.certificateFingerprint()));
    std::fflush(stdout);

    quitOnSignals(app);
    const int code = QCoreApplication::exec();
    if (!stateFile.isEmpty() && !server.saveState(stateFile, &error))
        return fail(1, QStringLiteral("cannot save state %1: %2").arg(stateFile, error));
    return code;
}
