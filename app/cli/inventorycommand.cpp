#include "inventorycommand.h"
#include "headlessrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace acrnet {

InventoryCommand::InventoryCommand()
    : HeadlessCommand(QStringLiteral("inventory"))
    , m_formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output format: json."),
                     QStringLiteral("format"), QStringLiteral("json"))
{}

QString InventoryCommand::description() const
{
    return QCoreApplication::translate("cli", "Prints the inventory: subscriptions, VNets, subnets, registries.");
}

void InventoryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_formatOption);
}

int InventoryCommand::checkOptions(const QCommandLineParser &parser)
{
    const QString format = parser.value(m_formatOption);
    if (format != QLatin1String("json"))
        return fail(2, QCoreApplication::translate("cli", "unsupported --format '%1' (use %2)")
                           .arg(format, QStringLiteral("json")));
    return -1;
}

int InventoryCommand::report(const HeadlessRun &run, const Cloud &cloud)
{
    // Even when no account could list anything, the document is printed: complete false, and what failed.
    const QJsonArray errors = run.errors();
    QJsonObject out{{QStringLiteral("cloud"), cloud.name()},
                    {QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {QStringLiteral("loadedThrough"), run.pathUsed()},
                    {QStringLiteral("complete"), errors.isEmpty()},
                    {QStringLiteral("subscriptions"), run.subscriptionsJson()},
                    {QStringLiteral("errors"), errors}};
    if (!run.fallbackReason().isEmpty())
        out.insert(QStringLiteral("resourceGraphFailed"), run.fallbackReason());
    write(QJsonDocument(out).toJson(QJsonDocument::Indented));
    const int incomplete =
        incompleteExit(run, QCoreApplication::translate(
                                "cli", "incomplete: %1 subscription(s) could not be read completely; see \"errors\""));
    return incomplete >= 0 ? incomplete : 0;
}

} // namespace acrnet
