#include "computeprovider.h"
#include "networkprovider.h"
#include "registryprovider.h"

#include <QRegularExpression>

namespace acrnet::sandbox {

namespace {

const char *const kNetworkTypes[] = {"natgateways", "publicipaddresses", "publicipprefixes", "networkinterfaces"};

QString canonicalType(const QString &lower)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("natgateways"), QStringLiteral("Microsoft.Network/natGateways")},
        {QStringLiteral("publicipaddresses"), QStringLiteral("Microsoft.Network/publicIPAddresses")},
        {QStringLiteral("publicipprefixes"), QStringLiteral("Microsoft.Network/publicIPPrefixes")},
        {QStringLiteral("networkinterfaces"), QStringLiteral("Microsoft.Network/networkInterfaces")},
        {QStringLiteral("virtualmachines"), QStringLiteral("Microsoft.Compute/virtualMachines")}};
    return names.value(lower);
}

bool isNetworkType(const QString &lower)
{
    for (const char *t : kNetworkTypes) {
        if (lower == QLatin1String(t))
            return true;
    }
    return false;
}

Reply notFound(const QString &type, const QString &name, const QString &group)
{
    return Reply::armError(404, QStringLiteral("ResourceNotFound"),
                           QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more "
                                          "details please go to https://aka.ms/ARMResourceNotFoundFix")
                               .arg(type, name, group));
}

} // namespace

QStringList ComputeProvider::versions()
{
    return {QStringLiteral("2022-08-01"), QStringLiteral("2022-11-01"), QStringLiteral("2023-03-01"),
            QStringLiteral("2023-07-01"), QStringLiteral("2023-09-01"), QStringLiteral("2024-03-01"),
            QStringLiteral("2024-07-01"), QStringLiteral("2024-11-01")};
}

std::optional<Reply> ComputeProvider::handle(const Request &r)
{
    if (r.lowerSegments.value(0) != QLatin1String("subscriptions"))
        return std::nullopt;
    if (r.lowerSegments.contains(QLatin1String("microsoft.network")))
        return network(r);
    if (r.lowerSegments.contains(QLatin1String("microsoft.compute")))
        return compute(r);
    return std::nullopt;
}

Reply ComputeProvider::list(const Request &r, const QString &prefix, const QString &type) const
{
    QJsonArray items;
    const QString lowerPrefix = prefix.toLower();
    for (auto it = m_context.store.resources.constBegin(); it != m_context.store.resources.constEnd(); ++it) {
        if (it.key().startsWith(lowerPrefix) &&
            it->value(QLatin1String("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            items.append(*it);
    }
    return m_context.page(r, items);
}

std::optional<Reply> ComputeProvider::network(const Request &r)
{
    QStringList c;
    if (r.method != "GET")
        return std::nullopt;
    const bool subscriptionList = r.matches({"subscriptions", "*", "providers", "microsoft.network", "*"}, &c);
    const bool groupList =
        !subscriptionList &&
        r.matches({"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.network", "*"}, &c);
    const bool one =
        !subscriptionList && !groupList &&
        r.matches({"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.network", "*", "*"}, &c);
    if (!subscriptionList && !groupList && !one)
        return std::nullopt;
    const QString lowerType = c.value(subscriptionList ? 1 : 2).toLower();
    if (!isNetworkType(lowerType))
        return std::nullopt;
    if (auto e = m_context.admit(r, NetworkProvider::versions(), c.at(0), lowerType))
        return e;
    if (subscriptionList)
        return list(r, QStringLiteral("/subscriptions/%1/").arg(c.at(0)), canonicalType(lowerType));
    if (auto e = m_context.requireResourceGroup(c.at(0), c.at(1)))
        return e;
    if (groupList)
        return list(r, QStringLiteral("/subscriptions/%1/resourceGroups/%2/").arg(c.at(0), c.at(1)),
                    canonicalType(lowerType));
    const auto doc = m_context.store.resources.constFind(r.path.toLower());
    if (doc == m_context.store.resources.constEnd())
        return notFound(canonicalType(lowerType), c.at(3), c.at(1));
    return Reply::json(200, *doc, {{"ETag", doc->value(QLatin1String("etag")).toString().toUtf8()}});
}

std::optional<Reply> ComputeProvider::compute(const Request &r)
{
    QStringList c;
    const QString vmType = QStringLiteral("Microsoft.Compute/virtualMachines");
    auto admit = [&](const QString &sub) {
        return m_context.admit(r, versions(), sub, QStringLiteral("virtualMachines"));
    };
    if (r.method == "GET" &&
        r.matches({"subscriptions", "*", "providers", "microsoft.compute", "locations", "*", "operations", "*"}, &c)) {
        if (auto e = admit(c.at(0)))
            return e;
        return operation(r, c.at(2));
    }
    if (r.method == "GET" &&
        r.matches({"subscriptions", "*", "providers", "microsoft.compute", "virtualmachines"}, &c)) {
        if (auto e = admit(c.at(0)))
            return e;
        return list(r, QStringLiteral("/subscriptions/%1/").arg(c.at(0)), vmType);
    }
    if (r.method == "GET" &&
        r.matches({"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.compute", "virtualmachines"},
                  &c)) {
        if (auto e = admit(c.at(0)))
            return e;
        if (auto e = m_context.requireResourceGroup(c.at(0), c.at(1)))
            return e;
        return list(r, QStringLiteral("/subscriptions/%1/resourceGroups/%2/").arg(c.at(0), c.at(1)), vmType);
    }
    const bool one = r.matches(
        {"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.compute", "virtualmachines", "*"}, &c);
    const bool sub = !one && r.matches({"subscriptions", "*", "resourcegroups", "*", "providers", "microsoft.compute",
                                        "virtualmachines", "*", "*"},
                                       &c);
    if (!one && !sub)
        return std::nullopt;
    if (auto e = admit(c.at(0)))
        return e;
    const QString vmPath =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/virtualMachines/%3")
            .arg(c.at(0), c.at(1), c.at(2));
    const auto doc = m_context.store.resources.constFind(vmPath.toLower());
    if (doc == m_context.store.resources.constEnd())
        return notFound(vmType, c.at(2), c.at(1));
    if (one && r.method == "GET")
        return machine(r, *doc);
    const QString action = sub ? c.at(3).toLower() : QString();
    if (action == QLatin1String("instanceview") && r.method == "GET")
        return Reply::json(200, instanceView(*doc));
    if (action == QLatin1String("runcommand") && r.method == "POST")
        return runCommand(r, *doc);
    return Reply::armError(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("The sandbox does not emulate %1 %2.").arg(QString::fromLatin1(r.method), r.path));
}

std::optional<QJsonObject> ComputeProvider::hostOf(const QJsonObject &vm) const
{
    const QString id = vm.value(QLatin1String("id")).toString();
    for (const QJsonValue &h : m_context.store.hosts) {
        if (h.toObject().value(QLatin1String("vmId")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return h.toObject();
    }
    return std::nullopt;
}

QJsonObject ComputeProvider::instanceView(const QJsonObject &vm) const
{
    const QString power =
        hostOf(vm).value_or(QJsonObject()).value(QLatin1String("powerState")).toString(QStringLiteral("running"));
    static const QHash<QString, QString> display{{QStringLiteral("running"), QStringLiteral("VM running")},
                                                 {QStringLiteral("deallocated"), QStringLiteral("VM deallocated")},
                                                 {QStringLiteral("stopped"), QStringLiteral("VM stopped")},
                                                 {QStringLiteral("starting"), QStringLiteral("VM starting")}};
    return {{QStringLiteral("computerName"), vm.value(QLatin1String("name"))},
            {QStringLiteral("osName"), QStringLiteral("ubuntu")},
            {QStringLiteral("statuses"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("ProvisioningState/succeeded")},
                                    {QStringLiteral("level"), QStringLiteral("Info")},
                                    {QStringLiteral("displayStatus"), QStringLiteral("Provisioning succeeded")}},
                        QJsonObject{{QStringLiteral("code"), QString(QStringLiteral("PowerState/") + power)},
                                    {QStringLiteral("level"), QStringLiteral("Info")},
                                    {QStringLiteral("displayStatus"), display.value(power, power)}}}}};
}

Reply ComputeProvider::machine(const Request &r, const QJsonObject &doc) const
{
    QJsonObject out = doc;
    if (r.query.queryItemValue(QStringLiteral("$expand")).compare(QLatin1String("instanceView"), Qt::CaseInsensitive) ==
            0 ||
        r.query.queryItemValue(QStringLiteral("%24expand"))
                .compare(QLatin1String("instanceView"), Qt::CaseInsensitive) == 0) {
        QJsonObject props = out.value(QLatin1String("properties")).toObject();
        props.insert(QStringLiteral("instanceView"), instanceView(doc));
        out.insert(QStringLiteral("properties"), props);
    }
    return Reply::json(200, out);
}

QJsonArray ComputeProvider::scriptOutput(const QJsonObject &vm, const QString &commandId, const QString &script) const
{
    static const QRegularExpression url(QStringLiteral("https://([A-Za-z0-9.-]+)/v2/"));
    const auto m = url.match(script);
    QString stdOut, stdErr;
    if (!m.hasMatch()) {
        stdErr = QStringLiteral("sandbox: this Run Command script is not a registry check; nothing was run.");
    } else {
        const QString login = m.captured(1).toLower();
        QString registryName;
        for (const QJsonObject &reg : m_context.store.registries) {
            if (reg.value(QLatin1String("properties"))
                    .toObject()
                    .value(QLatin1String("loginServer"))
                    .toString()
                    .toLower() == login)
                registryName = reg.value(QLatin1String("name")).toString();
        }
        if (registryName.isEmpty()) {
            stdOut = QStringLiteral("HTTP_STATUS:000\n");
            stdErr = QStringLiteral("curl: (6) Could not resolve host: %1\n").arg(login);
        } else {
            const Reply answer = RegistryProvider::dataPlaneAnswer(m_context.store, registryName,
                                                                   vm.value(QLatin1String("name")).toString());
            stdOut = QString::fromUtf8(answer.body) + QStringLiteral("\nHTTP_STATUS:%1\n").arg(answer.status);
        }
    }
    if (commandId.compare(QLatin1String("RunPowerShellScript"), Qt::CaseInsensitive) == 0)
        return {QJsonObject{{QStringLiteral("code"), QStringLiteral("ComponentStatus/StdOut/succeeded")},
                            {QStringLiteral("level"), QStringLiteral("Info")},
                            {QStringLiteral("displayStatus"), QStringLiteral("Provisioning succeeded")},
                            {QStringLiteral("message"), stdOut}},
                QJsonObject{{QStringLiteral("code"), QStringLiteral("ComponentStatus/StdErr/succeeded")},
                            {QStringLiteral("level"), QStringLiteral("Info")},
                            {QStringLiteral("displayStatus"), QStringLiteral("Provisioning succeeded")},
                            {QStringLiteral("message"), stdErr}}};
    return {QJsonObject{{QStringLiteral("code"), QStringLiteral("ProvisioningState/succeeded")},
                        {QStringLiteral("level"), QStringLiteral("Info")},
                        {QStringLiteral("displayStatus"), QStringLiteral("Provisioning succeeded")},
                        {QStringLiteral("message"),
                         QStringLiteral("Enable succeeded: \n[stdout]\n%1\n[stderr]\n%2").arg(stdOut, stdErr)}}};
}

Reply ComputeProvider::runCommand(const Request &r, const QJsonObject &vm)
{
    bool ok = false;
    const QJsonObject body = r.jsonBody(&ok);
    const QString commandId = body.value(QLatin1String("commandId")).toString();
    if (!ok || commandId.isEmpty())
        return Reply::armError(400, QStringLiteral("InvalidParameter"),
                               QStringLiteral("The value of parameter commandId is invalid."));
    const QJsonObject host = hostOf(vm).value_or(QJsonObject());
    const QString os = host.value(QLatin1String("os")).toString(QStringLiteral("Linux"));
    const bool shell = commandId.compare(QLatin1String("RunShellScript"), Qt::CaseInsensitive) == 0;
    const bool powerShell = commandId.compare(QLatin1String("RunPowerShellScript"), Qt::CaseInsensitive) == 0;
    if (!shell && !powerShell)
        return Reply::armError(404, QStringLiteral("NotFound"),
                               QStringLiteral("The entity was not found in this Azure location."));
    if ((shell && os == QLatin1String("Windows")) || (powerShell && os != QLatin1String("Windows")))
        return Reply::armError(409, QStringLiteral("Conflict"),
                               QStringLiteral("Run command %1 is not supported for OS type %2.").arg(commandId, os));
    const QString power = host.value(QLatin1String("powerState")).toString(QStringLiteral("running"));
    if (power != QLatin1String("running"))
        return Reply::armError(409, QStringLiteral("OperationNotAllowed"),
                               QStringLiteral("Operation 'RunCommand' is not allowed on VM '%1' since the VM is %2.")
                                   .arg(vm.value(QLatin1String("name")).toString(), power));
    QStringList lines;
    for (const QJsonValue &v : body.value(QLatin1String("script")).toArray())
        lines << v.toString();
    Store &store = m_context.store;
    const bool fails = store.faults.lroFailNext > 0 || store.random().generateDouble() < store.faults.lroFailRate;
    if (store.faults.lroFailNext > 0)
        --store.faults.lroFailNext;
    const QString id = store.startOperation(store.settings.provisioningDelayMs, fails, {});
    m_outputs.insert(id.toLower(), scriptOutput(vm, commandId, lines.join(QLatin1Char('\n'))));
    const QString sub = vm.value(QLatin1String("id")).toString().section(QLatin1Char('/'), 2, 2);
    const QString base =
        m_context.url(QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/locations/%2/operations/%3")
                          .arg(sub, vm.value(QLatin1String("location")).toString(), id));
    const QString version = QStringLiteral("?api-version=") + r.apiVersion();
    return Reply::empty(202, {{"Azure-AsyncOperation", (base + version).toUtf8()},
                              {"Location", (base + version + QStringLiteral("&monitor=true")).toUtf8()},
                              {"Retry-After", "1"}});
}

Reply ComputeProvider::operation(const Request &r, const QString &id)
{
    const auto op = m_context.store.operation(id);
    if (!op || !m_outputs.contains(id.toLower()))
        return Reply::armError(404, QStringLiteral("OperationNotFound"),
                               QStringLiteral("Operation %1 was not found.").arg(id));
    const bool monitor = r.query.queryItemValue(QStringLiteral("monitor")) == QLatin1String("true");
    const QJsonArray output = m_outputs.value(id.toLower());
    if (monitor) { // the Location URL: 202 until done, then the RunCommandResult
        if (!op->settled)
            return Reply::empty(202, {{"Retry-After", "1"}});
        if (op->fails)
            return Reply::armError(500, op->errorCode, op->errorMessage);
        return Reply::json(200, QJsonObject{{QStringLiteral("value"), output}});
    }
    QJsonObject body{{QStringLiteral("name"), id}, {QStringLiteral("status"), op->status}};
    if (op->settled && op->fails)
        body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), op->errorCode},
                                                         {QStringLiteral("message"), op->errorMessage}});
    else if (op->settled)
        body.insert(QStringLiteral("properties"),
                    QJsonObject{{QStringLiteral("output"), QJsonObject{{QStringLiteral("value"), output}}}});
    return Reply::json(200, body, op->settled ? HeaderList{} : HeaderList{{"Retry-After", "1"}});
}

} // namespace acrnet::sandbox
