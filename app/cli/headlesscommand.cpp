#include "headlesscommand.h"
#include "auditcommand.h"
#include "headlessrun.h"
#include "inventorycommand.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

namespace acrnet {

HeadlessCommand::HeadlessCommand(const QString &name)
    : m_name(name)
{
    connect(&m_connection, &HeadlessConnection::ready, this, &HeadlessCommand::load);
    connect(&m_connection, &HeadlessConnection::failed, this, [this](const QString &error) { end(fail(1, error)); });
}

HeadlessCommand::~HeadlessCommand() = default;

std::unique_ptr<HeadlessCommand> HeadlessCommand::create(const QString &name)
{
    if (name == QLatin1String("inventory"))
        return std::make_unique<InventoryCommand>();
    if (name == QLatin1String("audit"))
        return std::make_unique<AuditCommand>();
    return nullptr;
}

QStringList HeadlessCommand::names()
{
    return {QStringLiteral("inventory"), QStringLiteral("audit")};
}

int HeadlessCommand::fail(int code, const QString &message) const
{
    std::fprintf(stderr, "acr-netadmin %s: %s\n", qPrintable(m_name), qPrintable(message));
    return code;
}

void HeadlessCommand::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int HeadlessCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(description());
    m_connection.addOptions(m_parser);
    addOptions(m_parser);
    m_parser.addHelpOption();
    if (!m_parser.parse(arguments))
        return fail(2, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(m_parser.helpText()));
        return 0;
    }
    const int code = checkOptions(m_parser);
    if (code >= 0)
        return code;
    if (m_parser.positionalArguments().size() > 1)
        return fail(
            2,
            QCoreApplication::translate("cli", "unexpected argument '%1'").arg(m_parser.positionalArguments().at(1)));
    QString error;
    if (!m_connection.check(m_parser, &error))
        return fail(2, error);
    m_connection.open();
    return -1;
}

void HeadlessCommand::load()
{
    m_run = std::make_unique<HeadlessRun>(m_connection.cloud(), m_connection.path(), m_connection.graphThreshold(),
                                          needsSnapshot());
    for (const Account &a : m_connection.accounts())
        m_run->addAccount(a, m_connection.clientSecret());
    connect(m_run.get(), &HeadlessRun::subscriptionRead, this,
            [this](const SubscriptionInventory &inventory) { read(inventory, m_connection.cloud()); });
    connect(m_run.get(), &HeadlessRun::finished, this, [this] { end(report(*m_run, m_connection.cloud())); });
    m_run->start();
}

void HeadlessCommand::read(const SubscriptionInventory &, const Cloud &) {}

int HeadlessCommand::incompleteExit(const HeadlessRun &run, const QString &incomplete) const
{
    // An inventory or audit that could not read everything is not a success.
    if (!run.fatalError().isEmpty())
        return fail(1, run.fatalError());
    if (!run.errors().isEmpty())
        return fail(1, incomplete.arg(run.errors().size()));
    return -1;
}

void HeadlessCommand::end(int exitCode)
{
    // Always from the event loop, never inside start(): the caller is listening by then.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

} // namespace acrnet
