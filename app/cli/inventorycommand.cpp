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

namespace {

// The members of an indented object, without its braces: "    \"a\": 1,\n    \"b\": 2\n".
QByteArray members(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    return text.mid(2, text.size() - 2 - 2); // "{\n" ... "}\n"
}

// `text` (an indented document ending in a newline) indented by `spaces` more, without its last newline.
QByteArray indented(const QByteArray &text, int spaces)
{
    const QByteArray pad(spaces, ' ');
    QByteArray out;
    out.reserve(text.size() + (text.count('\n') + 1) * spaces);
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        if (from > 0)
            out += '\n';
        out += pad;
        out.append(text.constData() + from, end - from);
        from = end + 1;
    }
    return out;
}

} // namespace

// The document is written as it is read: its head and each subscription as it arrives (so the output starts at once
// and the whole estate is never held as JSON), the verdict last.
void InventoryCommand::writeHead(const Cloud &cloud)
{
    if (m_headWritten)
        return;
    m_headWritten = true;
    const QJsonObject head{{QStringLiteral("cloud"), cloud.name()},
                           {QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    write("{\n" + members(head).chopped(1) + ",\n    \"subscriptions\": [");
}

void InventoryCommand::read(const SubscriptionInventory &inventory, const Cloud &cloud)
{
    writeHead(cloud);
    write((m_written++ > 0 ? ",\n" : "\n") +
          indented(QJsonDocument(inventoryToJson(inventory)).toJson(QJsonDocument::Indented), 8));
}

int InventoryCommand::report(const HeadlessRun &run, const Cloud &cloud)
{
    // Even when no account could list anything, the document is printed: complete false, and what failed.
    writeHead(cloud);
    const QJsonArray errors = run.errors();
    QJsonObject tail{{QStringLiteral("loadedThrough"), run.pathUsed()},
                     {QStringLiteral("complete"), errors.isEmpty()},
                     {QStringLiteral("errors"), errors}};
    if (!run.fallbackReason().isEmpty())
        tail.insert(QStringLiteral("resourceGraphFailed"), run.fallbackReason());
    write("\n    ],\n" + members(tail) + "}\n");
    const int incomplete =
        incompleteExit(run, QCoreApplication::translate("cli", "incomplete: %1 part(s) of the estate could not be read "
                                                               "(subscriptions, tenants or accounts); see \"errors\""));
    return incomplete >= 0 ? incomplete : 0;
}

} // namespace acrnet
