#pragma once

#include "accessprobe.h"
#include "app/arm/armjob.h"
#include "app/azure/armerror.h"
#include "app/azure/machine.h"
#include "app/azure/registry.h"

#include <QObject>
#include <QPointer>

namespace acrnet {

class ArmClient;

// Reads the virtual machines of a subscription, optionally only those with an interface in the given subnets:
// one list of network interfaces, one of virtual machines, then each chosen machine's instance view (power state)
// and its public IP. A machine that cannot be read completely is named in the warnings, never silently dropped.
class MachineDirectory : public QObject
{
    Q_OBJECT

public:
    MachineDirectory(ArmClient *client, QObject *parent = nullptr);
    void read(const QString &subscriptionId, const QStringList &subnetIds = {});
    void cancel();

signals:
    void finished(const QList<acrnet::VirtualMachine> &machines, const QStringList &warnings);
    void failed(const acrnet::ArmError &error);

private:
    void listed();
    void readDetails(int index);
    void oneDone();

    QPointer<ArmClient> m_client;
    QStringList m_subnets; // lower-case; empty: all
    QList<NetworkInterface> m_interfaces;
    QList<VirtualMachine> m_machines;
    QStringList m_warnings;
    QList<QPointer<ArmJob>> m_jobs;
    int m_lists = 0;
    int m_outstanding = 0;
    bool m_done = false;
};

// Seed step 7 from inside the network: runs curl (Linux) or Invoke-WebRequest (Windows) against
// https://{loginServer}/v2/ on a virtual machine through Run Command, a long-running POST, and reads what the
// registry answered: 401 = reachable, 403 = blocked (with the address the registry saw), nothing = no answer.
// Executes a command on the machine: callers ask first in read-only mode.
class VmAccessCheck : public QObject
{
    Q_OBJECT

public:
    VmAccessCheck(ArmClient *client, const VirtualMachine &machine, const Registry &registry,
                  QObject *parent = nullptr);

    static QString apiVersion();
    // The script lines Run Command receives.
    static QStringList script(bool windows, const QString &loginServer);
    // The same check from a shell: az vm run-command invoke …
    static QString azCommand(const VirtualMachine &machine, const Registry &registry);
    // Reads a RunCommandResult ({"value": [...]}) or a finished operation status carrying it
    // (properties.output.value); sets *error when neither, or when the script's output has no HTTP_STATUS line.
    static std::optional<ProbeResult> parseOutput(const QByteArray &body, const QString &source, QString *error);

    const VirtualMachine &machine() const { return m_machine; }
    void start();
    void cancel();
    bool isRunning() const { return m_job; }

signals:
    void progress(const QString &status);
    void finished(const acrnet::ProbeResult &result);
    void failed(const acrnet::ArmError &error);

private:
    QPointer<ArmClient> m_client;
    VirtualMachine m_machine;
    Registry m_registry;
    QPointer<ArmJob> m_job;
};

} // namespace acrnet
