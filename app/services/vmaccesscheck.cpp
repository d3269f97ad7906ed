#include "vmaccesscheck.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armlistjob.h"
#include "app/arm/armoperationjob.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace acrnet {

MachineDirectory::MachineDirectory(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void MachineDirectory::read(const QString &subscriptionId, const QStringList &subnetIds)
{
    m_subnets.clear();
    for (const QString &s : subnetIds)
        m_subnets << s.toLower();
    m_interfaces.clear();
    m_machines.clear();
    m_warnings.clear();
    m_done = false;
    m_lists = 2;
    const QString sub = QStringLiteral("/subscriptions/") + subscriptionId;
    ArmListJob *nics =
        m_client->list(sub + QStringLiteral("/providers/Microsoft.Network/networkInterfaces"), ApiVersions::network());
    ArmListJob *vms = m_client->list(sub + QStringLiteral("/providers/Microsoft.Compute/virtualMachines"),
                                     VmAccessCheck::apiVersion());
    m_jobs << nics << vms;
    auto onFailure = [this](const ArmError &e) {
        if (m_done)
            return;
        cancel();
        emit failed(e);
    };
    connect(nics, &ArmListJob::finished, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            QString error;
            if (auto nic = NetworkInterface::fromJson(v.toObject(), &error))
                m_interfaces << *nic;
            else
                m_warnings << error;
        }
        if (--m_lists == 0)
            listed();
    });
    connect(vms, &ArmListJob::finished, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            QString error;
            if (auto vm = VirtualMachine::fromJson(v.toObject(), &error))
                m_machines << *vm;
            else
                m_warnings << error;
        }
        if (--m_lists == 0)
            listed();
    });
    connect(nics, &ArmListJob::failed, this, onFailure);
    connect(vms, &ArmListJob::failed, this, onFailure);
    nics->start();
    vms->start();
}

void MachineDirectory::listed()
{
    QList<VirtualMachine> chosen;
    for (VirtualMachine vm : std::as_const(m_machines)) {
        bool inFilter = m_subnets.isEmpty();
        for (const QString &nicId : std::as_const(vm.nicIds)) {
            for (const NetworkInterface &nic : std::as_const(m_interfaces)) {
                if (nic.id.key() != nicId.toLower())
                    continue;
                for (const InterfaceAddress &a : nic.addresses) {
                    if (vm.subnetId.isEmpty()) { // the primary interface's primary configuration
                        vm.subnetId = a.subnetId;
                        vm.privateIp = a.privateIp;
                        vm.publicIpId = a.publicIpId;
                    }
                    inFilter = inFilter || m_subnets.contains(a.subnetId.toLower());
                }
            }
        }
        if (vm.subnetId.isEmpty())
            m_warnings << tr("%1: its network interface was not listed; its subnet is unknown.").arg(vm.id.toString());
        if (inFilter)
            chosen << vm;
    }
    m_machines = chosen;
    m_outstanding = 1;
    for (int i = 0; i < m_machines.size(); ++i)
        readDetails(i);
    oneDone();
}

void MachineDirectory::readDetails(int index)
{
    const VirtualMachine &vm = m_machines.at(index);
    ++m_outstanding;
    ArmRequestJob *view =
        m_client->get(vm.id.toString() + QStringLiteral("/instanceView"), VmAccessCheck::apiVersion());
    m_jobs << view;
    connect(view, &ArmRequestJob::finished, this, [this, index](const ArmResponse &r) {
        QString error;
        const QJsonArray statuses = parseJsonObject(r.body, &error).value(QLatin1String("statuses")).toArray();
        for (const QJsonValue &v : statuses) {
            const QString code = v.toObject().value(QLatin1String("code")).toString();
            if (code.startsWith(QLatin1String("PowerState/")))
                m_machines[index].powerState = code.mid(11);
        }
        if (m_machines.at(index).powerState.isEmpty())
            m_warnings << tr("%1: the instance view has no power state.").arg(m_machines.at(index).name);
        oneDone();
    });
    connect(view, &ArmRequestJob::failed, this, [this, index](const ArmError &e) {
        m_warnings << tr("%1: power state not read: %2").arg(m_machines.at(index).name, e.userText());
        oneDone();
    });
    view->start();
    if (vm.publicIpId.isEmpty())
        return;
    ++m_outstanding;
    ArmRequestJob *ip = m_client->get(vm.publicIpId, ApiVersions::network());
    m_jobs << ip;
    connect(ip, &ArmRequestJob::finished, this, [this, index](const ArmResponse &r) {
        QString error;
        const QJsonObject json = parseJsonObject(r.body, &error);
        const QString range = error.isEmpty() ? NatGateway::rangeOfPublicIp(json, &error) : QString();
        if (range.isEmpty())
            m_warnings << tr("%1: public IP not read: %2").arg(m_machines.at(index).name, error);
        else
            m_machines[index].publicIp = range.section(QLatin1Char('/'), 0, 0);
        oneDone();
    });
    connect(ip, &ArmRequestJob::failed, this, [this, index](const ArmError &e) {
        m_warnings << tr("%1: public IP not read: %2").arg(m_machines.at(index).name, e.userText());
        oneDone();
    });
    ip->start();
}

void MachineDirectory::oneDone()
{
    if (m_done || --m_outstanding > 0)
        return;
    m_done = true;
    m_jobs.clear();
    std::sort(m_machines.begin(), m_machines.end(), [](const VirtualMachine &a, const VirtualMachine &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    emit finished(m_machines, m_warnings);
}

void MachineDirectory::cancel()
{
    const QList<QPointer<ArmJob>> jobs = m_jobs;
    m_jobs.clear();
    m_done = true;
    for (const QPointer<ArmJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

VmAccessCheck::VmAccessCheck(ArmClient *client, const VirtualMachine &machine, const Registry &registry,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_machine(machine)
    , m_registry(registry)
{}

QString VmAccessCheck::apiVersion()
{
    return QStringLiteral("2024-03-01");
}

QStringList VmAccessCheck::script(bool windows, const QString &loginServer)
{
    const QString url = QStringLiteral("https://%1/v2/").arg(loginServer);
    if (windows)
        return {QStringLiteral("try { $r = Invoke-WebRequest -UseBasicParsing -TimeoutSec 20 -Uri '%1'; "
                               "\"HTTP_STATUS:$([int]$r.StatusCode)\" } catch { if ($_.Exception.Response) { "
                               "$_.ErrorDetails.Message; \"HTTP_STATUS:$([int]$_.Exception.Response.StatusCode)\" } "
                               "else { Write-Error $_.Exception.Message; 'HTTP_STATUS:000' } }")
                    .arg(url)};
    return {QStringLiteral("curl -sS --max-time 20 -w '\\nHTTP_STATUS:%{http_code}\\n' %1").arg(url)};
}

QString VmAccessCheck::azCommand(const VirtualMachine &vm, const Registry &registry)
{
    auto quote = [](QString text) -> QString {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
    };
    return QStringLiteral("az vm run-command invoke --subscription %1 --resource-group %2 --name %3 "
                          "--command-id %4 --scripts %5")
        .arg(vm.id.subscriptionId(), vm.id.resourceGroup(), vm.name,
             vm.isWindows() ? QStringLiteral("RunPowerShellScript") : QStringLiteral("RunShellScript"),
             quote(script(vm.isWindows(), registry.loginServer).join(QLatin1Char('\n'))));
}

std::optional<ProbeResult> VmAccessCheck::parseOutput(const QByteArray &body, const QString &source, QString *error)
{
    const QJsonObject json = parseJsonObject(body, error);
    if (!error->isEmpty())
        return std::nullopt;
    QJsonValue value = json.value(QLatin1String("value"));
    if (!value.isArray())
        value = json.value(QLatin1String("properties"))
                    .toObject()
                    .value(QLatin1String("output"))
                    .toObject()
                    .value(QLatin1String("value"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        *error = tr("The Run Command result has no output ('value').");
        return std::nullopt;
    }
    QString out, err;
    for (const QJsonValue &v : value.toArray()) {
        const QString code = v.toObject().value(QLatin1String("code")).toString();
        const QString message = v.toObject().value(QLatin1String("message")).toString();
        if (code.contains(QLatin1String("StdErr"), Qt::CaseInsensitive)) {
            err += message;
        } else if (code.contains(QLatin1String("StdOut"), Qt::CaseInsensitive)) {
            out += message;
        } else { // Linux: one message with [stdout] and [stderr] sections
            const qsizetype o = message.indexOf(QLatin1String("[stdout]\n"));
            const qsizetype e = message.indexOf(QLatin1String("[stderr]\n"));
            if (o >= 0)
                out += message.mid(o + 9, (e > o ? e : message.size()) - o - 9);
            if (e >= 0)
                err += message.mid(e + 9);
        }
    }
    static const QRegularExpression statusLine(QStringLiteral("(?:^|\\n)HTTP_STATUS:(\\d{3})\\s*(?:\\n|$)"));
    QRegularExpressionMatch last;
    for (auto it = statusLine.globalMatch(out); it.hasNext();)
        last = it.next();
    if (!last.hasMatch()) {
        *error = tr("The command's output has no HTTP status: %1").arg(QString(out + err).trimmed().left(300));
        return std::nullopt;
    }
    const int status = last.captured(1).toInt();
    ProbeResult r = status == 0 ? ProbeResult::interpret(0, {}, QNetworkReply::UnknownNetworkError,
                                                         err.trimmed().isEmpty() ? tr("no answer") : err.trimmed())
                                : ProbeResult::interpret(status, out.left(last.capturedStart()).trimmed().toUtf8(),
                                                         QNetworkReply::NoError, {});
    r.source = source;
    return r;
}

void VmAccessCheck::start()
{
    const QJsonObject body{
        {QStringLiteral("commandId"),
         m_machine.isWindows() ? QStringLiteral("RunPowerShellScript") : QStringLiteral("RunShellScript")},
        {QStringLiteral("script"), QJsonArray::fromStringList(script(m_machine.isWindows(), m_registry.loginServer))}};
    ArmOperationJob *job = m_client->write("POST", m_machine.id.toString() + QStringLiteral("/runCommand"),
                                           apiVersion(), QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_job = job;
    connect(job, &ArmOperationJob::progress, this, [this](const QString &status) { emit progress(status); });
    connect(job, &ArmOperationJob::finished, this, [this](const ArmResponse &response) {
        QString error;
        const auto result = parseOutput(response.body, m_machine.name, &error);
        if (!result) {
            ArmError e(ArmError::Kind::InvalidResponse, error);
            e.setUrl(response.url);
            emit failed(e);
            return;
        }
        emit finished(*result);
    });
    connect(job, &ArmOperationJob::failed, this, &VmAccessCheck::failed);
    job->start();
}

void VmAccessCheck::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace acrnet
