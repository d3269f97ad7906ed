#pragma once

#include "context.h"

#include <QHash>

namespace acrnet::sandbox {

// What hosts run on and connect through: Microsoft.Compute virtual machines (list, get, instance view, Run Command)
// and the Microsoft.Network resources they use — network interfaces, public IP addresses and prefixes, NAT
// gateways (list and get). Run Command executes nothing: it recognises the request the app and `az vm run-command
// invoke` send to test a registry (curl or Invoke-WebRequest against https://{loginServer}/v2/) and answers with
// what the registry's data plane answers that host, in the output shape of RunShellScript/RunPowerShellScript.
class ComputeProvider : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

    static QStringList versions();

private:
    std::optional<Reply> network(const Request &r);
    std::optional<Reply> compute(const Request &r);
    Reply list(const Request &r, const QString &prefix, const QString &type) const;
    Reply machine(const Request &r, const QJsonObject &doc) const;
    Reply runCommand(const Request &r, const QJsonObject &vm);
    Reply operation(const Request &r, const QString &id);
    QJsonObject instanceView(const QJsonObject &vm) const;
    std::optional<QJsonObject> hostOf(const QJsonObject &vm) const;
    // The output of the script as the VM would print it: the data plane's body, then HTTP_STATUS:nnn.
    QJsonArray scriptOutput(const QJsonObject &vm, const QString &commandId, const QString &script) const;

    QHash<QString, QJsonArray> m_outputs; // operation ID → RunCommandResult.value
};

} // namespace acrnet::sandbox
