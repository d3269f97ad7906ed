#include "captureguide.h"

#include <QFile>

namespace acrnet {

namespace {

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString CaptureGuide::title()
{
    return tr("Restricting access to an Azure container registry to a virtual network — step by step");
}

QList<GuideStep> CaptureGuide::seedSteps1To6()
{
    return {
        {QStringLiteral("01-register-provider"),
         QStringLiteral("1"),
         tr("Register the resource provider"),
         tr("Right-click the subscription that holds the virtual network (Training networking) and choose Register "
            "Microsoft.ContainerRegistry."),
         tr("A registry's network rule can point at a subnet of another subscription only when "
            "Microsoft.ContainerRegistry is registered in that subscription; otherwise Azure drops the rule without "
            "a word. Registration takes a few minutes; the tree shows its state."),
         tr("The main window with the Training networking subscription outlined; its state reads provider not "
            "registered."),
         {}},
        {QStringLiteral("02-vnets-and-subnets"),
         QStringLiteral("2"),
         tr("See the virtual networks and subnets"),
         tr("Select the Training subscription and open the Subnets tab."),
         tr("The tree and the tables list every virtual network and subnet the signed-in accounts can read, across "
            "subscriptions, with each subnet's address range and whether it has the Microsoft.ContainerRegistry "
            "service endpoint."),
         tr("The Subnets tab, outlined, lists myDockerVMSubnet and myOtherSubnet without the service endpoint."),
         {}},
        {QStringLiteral("03-service-endpoint"),
         QStringLiteral("3"),
         tr("Enable the service endpoint on the subnet"),
         tr("Right-click myDockerVMSubnet, choose Enable ACR service endpoint…, then click Apply."),
         tr("Traffic from the subnet reaches the registry through the subnet's Microsoft.ContainerRegistry service "
            "endpoint. The dialog keeps the subnet's other endpoints. Only virtual machines and AKS clusters can use "
            "it (not a subnet delegated to a service), and it takes a few minutes to take effect."),
         tr("The service endpoint dialog for myDockerVMSubnet with its Apply button outlined."),
         {}},
        {QStringLiteral("04-subnet-id"),
         QStringLiteral("4"),
         tr("Copy the subnet's resource ID"),
         tr("Select myDockerVMSubnet: the details pane shows its resource ID. Click Copy."),
         tr("A network rule names the subnet by its full resource ID. The app fills it in for you in the next steps; "
            "it is here when a script needs it."),
         tr("The details pane of myDockerVMSubnet with the Copy button outlined."),
         {}},
        {QStringLiteral("05-default-action-deny"),
         QStringLiteral("5"),
         tr("Deny access by default"),
         tr("Right-click mycontainerregistry, choose Edit network rules…, and set Default action to Deny."),
         tr("With Deny, only the networks the rules allow can reach the registry. Network rules need the Premium SKU. "
            "The sentence at the top says who can reach the registry after the change."),
         tr("The network rules editor of mycontainerregistry with the default action outlined."),
         {}},
        {QStringLiteral("06-add-network-rule"),
         QStringLiteral("6"),
         tr("Add the network rule for the subnet"),
         tr("Click Add subnets…, pick myDockerVMSubnet, click Review and apply…, check the changes and the commands, "
            "then click Apply."),
         tr("A registry takes at most 100 virtual network rules, and cannot use service-endpoint rules and private "
            "endpoints at the same time. The change takes a few minutes to take effect."),
         tr("The review page: the changes, the Azure CLI commands and the request the app sends, with Apply "
            "outlined."),
         {}},
    };
}

QList<GuideStep> CaptureGuide::seedSteps7To11()
{
    return {
        {QStringLiteral("07-check-from-vms"),
         QStringLiteral("7"),
         tr("Check access from the virtual machines"),
         tr("Right-click mycontainerregistry, choose Check access from a VM…, then click Run check."),
         tr("From the subnet with the rule, docker pull reaches the registry and asks for credentials (401); from "
            "any other network the registry answers 403 Forbidden. The app runs the check on each VM with Run "
            "Command."),
         tr("The check from the VMs: myDockerVM reaches the registry (401), myOtherHost is refused (403)."),
         {}},
        {QStringLiteral("08-list-rules"),
         QStringLiteral("8"),
         tr("List the registry's network rules"),
         tr("Select mycontainerregistry: the Registries table and the details pane show its rules."),
         tr("Every registry's default action and rules are in the table, so a wrong rule is seen at a glance."),
         tr("The Registries table with mycontainerregistry outlined: default action Deny, one VNet rule."),
         {}},
        {QStringLiteral("09-remove-rule"),
         QStringLiteral("9"),
         tr("Remove the network rule"),
         tr("In Edit network rules…, select the rule for myDockerVMSubnet, click Remove, then Review and apply… and "
            "Apply."),
         tr("The subnet loses access to the registry; the review page says who loses it before anything is sent."),
         tr("The network rules editor with the rule selected and the Remove button outlined."),
         {}},
        {QStringLiteral("10-restore-open-access"),
         QStringLiteral("10"),
         tr("Restore open access"),
         tr("In Edit network rules…, click Restore open access…, then Review and apply… and Apply."),
         tr("One guided change removes every rule and sets the default action back to Allow: every network can reach "
            "the registry again."),
         tr("The network rules editor with the Restore open access button outlined."),
         {}},
        {QStringLiteral("11-delete-group"),
         QStringLiteral("11"),
         tr("Delete the resource group"),
         tr("Right-click myResourceGroup, choose Delete resource group…, type its name to confirm, then click "
            "Delete."),
         tr("Deleting the group deletes everything in it — the registry, the virtual machines, the networks. The "
            "name must be typed to confirm; the deletion runs in the background and takes minutes."),
         tr("The delete dialog with the group's name typed and the Delete button outlined."),
         {}},
    };
}

QList<GuideStep> CaptureGuide::refusals()
{
    return {
        {QStringLiteral("a-basic-refused"),
         QStringLiteral("A"),
         tr("Refused: network rules on a Basic registry"),
         tr("Choose Edit network rules… on mybasicregistry."),
         tr("Network rules need the Premium SKU: the editor says so and offers nothing to change."),
         tr("The network rules editor of mybasicregistry, refusing: network rules need the Premium SKU."),
         {}},
        {QStringLiteral("b-invalid-range"),
         QStringLiteral("B"),
         tr("Refused: an address range that does not exist"),
         tr("Type 10.0.0.0/33 in the IP rule field and click Add."),
         tr("An IPv4 prefix cannot be longer than /32: the editor says what is wrong and adds nothing."),
         tr("The IP rule field with 10.0.0.0/33 and the editor's message, outlined."),
         {}},
        {QStringLiteral("c-403-from-outside"),
         QStringLiteral("C"),
         tr("Refused: a pull from outside the network"),
         tr("Select mycontainerregistry and type the address of a machine outside the network in the What if from "
            "field."),
         tr("With the default action Deny and no rule for it, the registry refuses that address (403 Forbidden), as "
            "docker pull sees it."),
         tr("The details pane's what-if for an outside address, outlined: refused."),
         {}},
    };
}

QString CaptureGuide::ownEstateTitle()
{
    return tr("Who can reach your container registries — a read-only tour of your estate");
}

QList<GuideStep> CaptureGuide::ownEstate()
{
    return {
        {QStringLiteral("e1-estate"),
         QStringLiteral("1"),
         tr("Your subscriptions, networks and registries"),
         tr("Select a subscription in the tree."),
         tr("The tree lists every subscription the signed-in account can read, with its virtual networks, subnets "
            "and registries; the Registries tab gives each registry's SKU, default action and rules. This capture "
            "ran read-only: it changed nothing in Azure."),
         tr("The main window on the estate, with the first subscription selected in the tree and outlined."),
         {}},
        {QStringLiteral("e2-subnets"),
         QStringLiteral("2"),
         tr("Virtual networks and subnets"),
         tr("Open the Subnets tab."),
         tr("Each subnet with its address range and whether it has the Microsoft.ContainerRegistry service "
            "endpoint, which a registry's network rule for that subnet needs."),
         tr("The Subnets tab, outlined, listing the selected subscription's subnets."),
         {}},
        {QStringLiteral("e3-findings"),
         QStringLiteral("3"),
         tr("The audit's findings"),
         tr("Open the Findings tab."),
         tr("The audit reads every registry's network rules and says who can reach it: open to the internet, rules "
            "for subnets without the endpoint, rules Azure dropped because the provider is not registered. What "
            "could not be read is listed as such, never counted as a pass."),
         tr("The Findings tab, outlined."),
         {}},
        {QStringLiteral("e4-rules-editor"),
         QStringLiteral("4"),
         tr("A registry's network rules"),
         tr("Right-click a Premium registry and choose Edit network rules…"),
         tr("The editor shows the default action, the subnet rules and the IP rules; network rules need the Premium "
            "SKU. In a read-only capture Apply is disabled: nothing is sent."),
         tr("The network rules editor of a Premium registry, its default action outlined."),
         {}},
        {QStringLiteral("e5-review"),
         QStringLiteral("5"),
         tr("Review a change before it is sent"),
         tr("Change the default action and click Review."),
         tr("The review page shows who would lose access, the equivalent az commands and the exact ARM request. "
            "Applied, a change takes a few minutes to take effect; here Apply stays disabled."),
         tr("The review page of the change with its az commands outlined; Apply is disabled."),
         {}},
    };
}

QList<GuideStep> CaptureGuide::steps()
{
    return seedSteps1To6() + seedSteps7To11() + refusals() + ownEstate();
}

QByteArray CaptureGuide::markdown(const QList<GuideStep> &steps, const QString &title, const QStringList &notes)
{
    QString out = QStringLiteral("# ") + title + QStringLiteral("\n");
    for (const QString &note : notes)
        out += QStringLiteral("\n> %1\n").arg(note);
    for (const GuideStep &s : steps) {
        out += QStringLiteral("\n## %1. %2\n\n").arg(s.number, s.title);
        out += QStringLiteral("![%1](%2)\n\n").arg(s.alt, s.file());
        out += QStringLiteral("**%1** %2\n\n").arg(tr("What to click:"), s.click);
        out += QStringLiteral("**%1** %2\n").arg(tr("What it does and why:"), s.why);
        if (!s.az.isEmpty())
            out += QStringLiteral("\n**%1**\n\n```sh\n%2\n```\n").arg(tr("With the Azure CLI:"), s.az);
    }
    return out.toUtf8();
}

QByteArray CaptureGuide::html(const QList<GuideStep> &steps, const QString &imageDir, const QString &title,
                              const QStringList &notes)
{
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                       "<style>body{font-family:sans-serif;max-width:1320px;margin:2em auto;padding:0 1em;"
                       "line-height:1.5}img{max-width:100%;border:1px solid #888}pre{background:#f3f3f3;"
                       "padding:.6em;overflow-x:auto}</style>\n</head>\n<body>\n<h1>%2</h1>\n")
            .arg(tr("en", "the guide's HTML language code"), htmlEscaped(title));
    for (const QString &note : notes)
        out += QStringLiteral("<p><strong>%1</strong></p>\n").arg(htmlEscaped(note));
    for (const GuideStep &s : steps) {
        QFile png(imageDir + QLatin1Char('/') + s.file());
        const QByteArray data = png.open(QIODevice::ReadOnly) ? png.readAll().toBase64() : QByteArray();
        out += QStringLiteral("<section id=\"%1\">\n<h2>%2. %3</h2>\n").arg(s.id, s.number, htmlEscaped(s.title));
        out += QStringLiteral("<p><img src=\"data:image/png;base64,%1\" alt=\"%2\"></p>\n")
                   .arg(QString::fromLatin1(data), htmlEscaped(s.alt));
        out += QStringLiteral("<p><strong>%1</strong> %2</p>\n")
                   .arg(htmlEscaped(tr("What to click:")), htmlEscaped(s.click));
        out += QStringLiteral("<p><strong>%1</strong> %2</p>\n")
                   .arg(htmlEscaped(tr("What it does and why:")), htmlEscaped(s.why));
        if (!s.az.isEmpty())
            out += QStringLiteral("<p><strong>%1</strong></p>\n<pre>%2</pre>\n")
                       .arg(htmlEscaped(tr("With the Azure CLI:")), s.az.toHtmlEscaped());
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace acrnet
