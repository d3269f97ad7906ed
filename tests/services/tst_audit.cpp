// The audit over sandbox scenarios loaded through the app's own ARM path: every check fires on the demo scenario
// (with its evidence), none on the clean one; effective access and what-if; exports parsed back; the headless
// command's exit codes.
#include "app/arm/armclient.h"
#include "app/arm/tokensource.h"
#include "app/audit/accessevaluator.h"
#include "app/audit/auditengine.h"
#include "app/audit/auditreport.h"
#include "app/audit/suppression.h"
#include "app/services/inventoryloader.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

namespace {
const QString kProd = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
const QString kNet = QStringLiteral("2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7");
const QString kFab = QStringLiteral("3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9");
QString prodRegistry(const QString &name)
{
    return QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourcegroups/rg-platform/providers/"
                          "microsoft.containerregistry/registries/") +
           name;
}
QString prodSubnet(const QString &vnet, const QString &name)
{
    return QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/rg-platform/providers/"
                          "Microsoft.Network/virtualNetworks/%1/subnets/%2")
        .arg(vnet, name);
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoTriggersEveryCheck();
    void cleanScenarioTriggersNothing();
    void effectiveAccessAndWhatIf_data();
    void effectiveAccessAndWhatIf();
    void exportsReadBack();
    void headlessExitCodes();
    void gateFailsOnTheOnlyHighFinding();

private:
    void acceptedFindingLeavesTheGate(const QString &base, const QString &dirPath);
    void reportsInSpanish(const QString &base);
    InventorySnapshot load(const QString &scenario, const QList<QPair<QString, QStringList>> &clientsAndSubs);
    std::unique_ptr<SandboxFixture> m_sbx;
    QNetworkAccessManager m_nam;
    InventorySnapshot m_demo;
};

void TestAudit::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")));
    QCoreApplication::installTranslator(english);
    m_demo = load(QStringLiteral("demo"),
                  {{QStringLiteral("sandbox"), {kProd, kNet}}, {QStringLiteral("sandbox-fabrikam"), {kFab}}});
    QCOMPARE(m_demo.subscriptions.size(), 3);
}

InventorySnapshot TestAudit::load(const QString &scenario, const QList<QPair<QString, QStringList>> &clientsAndSubs)
{
    m_sbx = std::make_unique<SandboxFixture>(scenario);
    InventorySnapshot snap;
    for (const auto &[client, subs] : clientsAndSubs) {
        StaticTokenSource tokens(m_sbx->servicePrincipalToken(client));
        ArmClient arm(&m_nam, &tokens, Cloud::sandbox(m_sbx->server().baseUrl()));
        InventoryLoader loader(&arm);
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        connect(&loader, &InventoryLoader::subscriptionLoaded, this,
                [&snap](const SubscriptionInventory &inv) { snap.add(inv); });
        QList<Subscription> list;
        for (const QString &id : subs) {
            Subscription s;
            s.subscriptionId = id;
            s.displayName = id;
            list << s;
        }
        loader.load(list);
        [&] {
            QVERIFY(finished.wait(15000));
        }();
    }
    return snap;
}

void TestAudit::demoTriggersEveryCheck()
{
    const QList<Finding> findings = AuditEngine::run(m_demo, Cloud::sandbox(m_sbx->server().baseUrl()));
    QSet<QString> fired;
    for (const Finding &f : findings)
        fired.insert(f.checkId);
    for (const AuditEngine::Check &c : AuditEngine::checks()) {
        if (c.id == QLatin1String("ACR-113"))
            continue; // the demo's cloud supports service endpoints; see below
        QVERIFY2(fired.contains(c.id), qPrintable(c.id + QStringLiteral(" did not fire")));
    }
    auto find = [&](const QString &check, const QString &registry) {
        for (const Finding &f : findings) {
            if (f.checkId == check && f.registryName == registry)
                return f;
        }
        return Finding();
    };
    // Positive cases name the right registry and carry evidence.
    QCOMPARE(
        find(QStringLiteral("ACR-102"), QStringLiteral("contosolegacy")).evidence.first(),
        QString(QStringLiteral("rule: ") + prodSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-removed"))));
    QCOMPARE(find(QStringLiteral("ACR-101"), QStringLiteral("contosobuild")).fix, Finding::Fix::EnableEndpoint);
    QCOMPARE(find(QStringLiteral("ACR-107"), QStringLiteral("contosoprod")).fix, Finding::Fix::RegisterProvider);
    QCOMPARE(find(QStringLiteral("ACR-107"), QStringLiteral("contosoprod")).fixTarget, kNet);
    QCOMPARE(find(QStringLiteral("ACR-108"), QStringLiteral("fabrikamdev")).severity, Finding::Severity::High);
    QVERIFY(find(QStringLiteral("ACR-109"), QStringLiteral("contosolegacy"))
                .explanation.contains(QLatin1String("10.1.2.3")));
    QCOMPARE(find(QStringLiteral("ACR-103"), QStringLiteral("fabrikamdev")).evidence.size(), 89);
    QVERIFY(
        find(QStringLiteral("ACR-102"), QStringLiteral("fabrikamdev")).checkId.isEmpty()); // unseen is not "deleted"
    QCOMPARE(find(QStringLiteral("ACR-001"), QStringLiteral("contosobasic")).policyId,
             QStringLiteral("d0793b48-0edc-4296-a390-4c75d1bdfd71"));
    // Negative cases: what is right is not reported.
    QVERIFY(find(QStringLiteral("ACR-001"), QStringLiteral("contosoprod")).checkId.isEmpty());    // Deny
    QVERIFY(find(QStringLiteral("ACR-002"), QStringLiteral("contosoprivate")).checkId.isEmpty()); // public off
    QVERIFY(find(QStringLiteral("ACR-003"), QStringLiteral("contosoprivate")).checkId.isEmpty()); // approved PE
    QVERIFY(find(QStringLiteral("ACR-004"), QStringLiteral("contosoprod")).checkId.isEmpty());    // Premium
    QVERIFY(find(QStringLiteral("ACR-104"), QStringLiteral("contosoprod")).checkId.isEmpty());
    QVERIFY(find(QStringLiteral("ACR-111"), QStringLiteral("contosoprod")).checkId.isEmpty());
    // Rules to subnets whose endpoint is not Succeeded grant nothing: ACR-101, naming the state.
    QStringList notReady;
    for (const Finding &f : findings) {
        if (f.checkId == QLatin1String("ACR-101") && f.registryName == QLatin1String("contosoprod"))
            notReady << f.evidence.last();
    }
    QCOMPARE(notReady,
             (QStringList{QStringLiteral("serviceEndpoints of the subnet: Microsoft.ContainerRegistry (Updating)"),
                          QStringLiteral("serviceEndpoints of the subnet: Microsoft.ContainerRegistry (Failed)")}));
    // snet-aks has the endpoint: no ACR-101 for contosoprod's rule to it.
    for (const Finding &f : findings) {
        if (f.checkId == QLatin1String("ACR-101"))
            QVERIFY(!f.evidence.first().contains(QLatin1String("snet-aks")));
    }
    // The same estate in a cloud without registry service endpoints.
    const auto gov = AuditEngine::run(m_demo, Cloud::byName(QStringLiteral("AzureUSGovernment")));
    QVERIFY(
        std::any_of(gov.cbegin(), gov.cend(), [](const Finding &f) { return f.checkId == QLatin1String("ACR-113"); }));
    QVERIFY(AuditEngine::anyAtOrAbove(findings, Finding::Severity::High));
}

void TestAudit::cleanScenarioTriggersNothing()
{
    const InventorySnapshot clean = load(QStringLiteral("clean"), {{QStringLiteral("sandbox"), {}}});
    // The clean scenario's subscriptions, from its own listing.
    StaticTokenSource tokens(m_sbx->servicePrincipalToken());
    const auto list =
        m_sbx->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), m_sbx->servicePrincipalToken());
    QStringList subs;
    for (const QJsonValue &v : list.json().value(QLatin1String("value")).toArray())
        subs << v.toObject().value(QLatin1String("subscriptionId")).toString();
    QVERIFY(!subs.isEmpty());
    const InventorySnapshot snap = load(QStringLiteral("clean"), {{QStringLiteral("sandbox"), subs}});
    QCOMPARE(snap.registries.size(), 1);
    const auto findings = AuditEngine::run(snap, Cloud::sandbox(m_sbx->server().baseUrl()));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).checkId + QLatin1Char(' ') + findings.value(0).title));
    Q_UNUSED(clean)
}

void TestAudit::effectiveAccessAndWhatIf_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("from"); // a subnet ID or an address
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("reason");
    using R = AccessDecision::Result;
    QTest::newRow("rule + endpoint") << "contosoprod"
                                     << prodSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-aks"))
                                     << int(R::AllowedByRule) << "carries its identity";
    QTest::newRow("no rule") << "contosoprod" << prodSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-vms"))
                             << int(R::Denied) << "No VNet rule names this subnet";
    QTest::newRow("rule, provider missing")
        << "contosoprod"
        << "/subscriptions/2e1f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7/resourceGroups/rg-network-shared/providers/"
           "Microsoft.Network/virtualNetworks/vnet-shared/subnets/snet-shared-agents"
        << int(R::RuleIneffective) << "not registered";
    QTest::newRow("rule, endpoint Updating")
        << "contosoprod"
        << QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/"
                          "rg-platform/providers/Microsoft.Network/virtualNetworks/vnet-spoke-ne/"
                          "subnets/snet-jobs")
        << int(R::DependsOnEgress) << "endpoint is Updating, not Succeeded"; // public egress: 203.0.113.0/24 decides
    QTest::newRow("rule, endpoint Failed")
        << "contosoprod" << prodSubnet(QStringLiteral("vnet-spoke-ne"), QStringLiteral("snet-batch")).toLower()
        << int(R::DependsOnEgress) << "endpoint is Failed, not Succeeded";
    QTest::newRow("rule, no endpoint") << "contosolegacy"
                                       << prodSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-removed"))
                                       << int(R::RuleIneffective) << "does not exist";
    QTest::newRow("open registry") << "contosobuild"
                                   << prodSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-vms"))
                                   << int(R::AllowedOpen) << "default action is Allow";
    QTest::newRow("public off") << "contosoprivate"
                                << prodSubnet(QStringLiteral("vnet-hub"), QStringLiteral("snet-aks")) << int(R::Denied)
                                << "only private endpoints";
    QTest::newRow("address in range") << "contosoprod"
                                      << "203.0.113.77" << int(R::AllowedByRule) << "203.0.113.0/24";
    QTest::newRow("address outside") << "contosoprod"
                                     << "198.51.100.1" << int(R::Denied) << "No IP rule covers";
    QTest::newRow("private rule") << "contosolegacy"
                                  << "10.1.2.3" << int(R::RuleIneffective) << "private range";
    QTest::newRow("basic") << "contosobasic"
                           << "198.51.100.1" << int(R::AllowedOpen) << "cannot restrict";
}

void TestAudit::effectiveAccessAndWhatIf()
{
    QFETCH(QString, registry);
    QFETCH(QString, from);
    QFETCH(int, result);
    QFETCH(QString, reason);
    const Registry r = m_demo.registries.value(prodRegistry(registry));
    QVERIFY(r.id.isValid());
    const AccessDecision d = from.startsWith(QLatin1Char('/')) ? AccessEvaluator::fromSubnet(r, from, m_demo)
                                                               : AccessEvaluator::fromAddress(r, from);
    QCOMPARE(int(d.result), result);
    QVERIFY2(d.reasons.join(QLatin1Char(' ')).contains(reason, Qt::CaseInsensitive),
             qPrintable(d.reasons.join(QLatin1Char('|'))));
}

void TestAudit::exportsReadBack()
{
    AuditReport report;
    report.findings = AuditEngine::run(m_demo, Cloud::sandbox(m_sbx->server().baseUrl()));
    report.inventory = &m_demo;
    report.scope = QStringLiteral("sandbox · 3 subscriptions");
    auto same = [&](const QList<Finding> &back) {
        QCOMPARE(back.size(), report.findings.size());
        for (int i = 0; i < back.size(); ++i) {
            QCOMPARE(back.at(i).checkId, report.findings.at(i).checkId);
            QCOMPARE(back.at(i).severity, report.findings.at(i).severity);
            QCOMPARE(back.at(i).registryId, report.findings.at(i).registryId);
            QCOMPARE(back.at(i).explanation, report.findings.at(i).explanation);
            QCOMPARE(back.at(i).evidence, report.findings.at(i).evidence);
        }
    };
    QString error;
    same(AuditReport::fromJson(report.toJson(), &error));
    same(AuditReport::fromCsv(report.toCsv(), &error));
    const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
    QCOMPARE(json.value(QLatin1String("matrix")).toArray().size(), m_demo.subnets.size());
    QCOMPARE(json.value(QLatin1String("counts")).toObject().value(QLatin1String("high")).toInt(),
             int(std::count_if(report.findings.cbegin(), report.findings.cend(),
                               [](const Finding &f) { return f.severity == Finding::Severity::High; })));
    const QString html = QString::fromUtf8(report.toHtml());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("sandbox · 3 subscriptions")));
    QCOMPARE(html.count(QLatin1String("<tr><td>ACR-")), report.findings.size());
    QVERIFY(html.contains(QLatin1String("class=\"ineffective\"")));
    QVERIFY(!html.contains(QLatin1String("<script"))); // self-contained, static
    // The matrix as CSV: header of registries, a row per subnet, cells that match the evaluator.
    const QList<QByteArray> lines = report.matrixToCsv().trimmed().split('\n');
    QCOMPARE(lines.size(), m_demo.subnets.size() + 1);
    QCOMPARE(lines.first().split(',').size(), m_demo.registries.size() + 1);
    int rules = 0;
    for (const QByteArray &line : lines.mid(1))
        rules += line.split(',').count("rule");
    int expected = 0;
    for (const Subnet &s : m_demo.subnets) {
        for (const Registry &r : m_demo.registries)
            expected +=
                AccessEvaluator::fromSubnet(r, s.id.toString(), m_demo).result == AccessDecision::Result::AllowedByRule;
    }
    QCOMPARE(rules, expected);
    QVERIFY(expected > 0);
}

void TestAudit::headlessExitCodes()
{
    SandboxFixture sbx(QStringLiteral("demo"));
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(ACRNET_APP_EXE),
                QStringList{QStringLiteral("audit"), QStringLiteral("--endpoint"), sbx.base()} + args);
        [&] {
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
        }();
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    auto [code, out, err] =
        run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on"), QStringLiteral("high")});
    QCOMPARE(code, 3);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QLatin1String("findings")).toArray().size() > 0);
    QCOMPARE(err.count('\n'), 1);
    std::tie(code, out, err) = run({QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(code, 0); // no gate: findings are reported, not failed on
    QVERIFY(out.startsWith("checkId,severity,title"));
    std::tie(code, out, err) =
        run({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--fail-on"), QStringLiteral("low")});
    QCOMPARE(code, 3);
    QVERIFY(out.contains("<html>"));
    std::tie(code, out, err) = run({QStringLiteral("--fail-on"), QStringLiteral("severe")});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("--fail-on takes low, medium or high"));
    std::tie(code, out, err) = run({QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(code, 2);
    // On the clean scenario the gate passes.
    SandboxFixture clean(QStringLiteral("clean"));
    QProcess p;
    p.start(QStringLiteral(ACRNET_APP_EXE), {QStringLiteral("audit"), QStringLiteral("--endpoint"), clean.base(),
                                             QStringLiteral("--fail-on"), QStringLiteral("low")});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
    QCOMPARE(p.exitCode(), 0);
}

namespace {

const QString kGateTenant = QStringLiteral("6e5d4c3b-2a19-4f08-8e7d-6c5b4a392817");
const QString kGateApps = QStringLiteral("4b3a2918-0f1e-4d2c-9b8a-796857463524");
const QString kGateNetwork = QStringLiteral("5c4b3a29-1807-4e3d-8c9b-8a7968574635");

// Apps holds gateregistry (Premium, Deny) whose only rule points at snet-ci in Network, where
// Microsoft.ContainerRegistry is not registered.
QJsonObject gateScenario()
{
    const QString tenant = kGateTenant;
    const QString apps = kGateApps;
    const QString network = kGateNetwork;
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("acr107")},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("cloud"), QStringLiteral("AzureCloud")}}},
        {QStringLiteral("tenants"),
         QJsonArray{QJsonObject{{QStringLiteral("tenantId"), tenant},
                                {QStringLiteral("displayName"), QStringLiteral("Gate")},
                                {QStringLiteral("defaultDomain"), QStringLiteral("gate.example")}}}},
        {QStringLiteral("servicePrincipals"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), QStringLiteral("sandbox")},
                                {QStringLiteral("secret"), QStringLiteral("sandbox")},
                                {QStringLiteral("tenantId"), tenant}}}},
        {QStringLiteral("subscriptions"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("subscriptionId"), apps},
                 {QStringLiteral("displayName"), QStringLiteral("Apps")},
                 {QStringLiteral("tenantId"), tenant},
                 {QStringLiteral("providers"),
                  QJsonObject{{QStringLiteral("Microsoft.ContainerRegistry"), QStringLiteral("Registered")}}},
                 {QStringLiteral("resourceGroups"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("name"), QStringLiteral("rg-apps")},
                      {QStringLiteral("location"), QStringLiteral("westeurope")},
                      {QStringLiteral("registries"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("name"), QStringLiteral("gateregistry")},
                           {QStringLiteral("sku"), QStringLiteral("Premium")},
                           {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                           {QStringLiteral("virtualNetworkRules"),
                            QJsonArray{QStringLiteral("/subscriptions/%1/resourceGroups/rg-net/providers/"
                                                      "Microsoft.Network/virtualNetworks/vnet-shared/subnets/snet-ci")
                                           .arg(network)}}}}}}}}},
             QJsonObject{{QStringLiteral("subscriptionId"), network},
                         {QStringLiteral("displayName"), QStringLiteral("Network")},
                         {QStringLiteral("tenantId"), tenant},
                         {QStringLiteral("providers"), QJsonObject{{QStringLiteral("Microsoft.ContainerRegistry"),
                                                                    QStringLiteral("NotRegistered")}}},
                         {QStringLiteral("resourceGroups"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("name"), QStringLiteral("rg-net")},
                              {QStringLiteral("location"), QStringLiteral("westeurope")},
                              {QStringLiteral("virtualNetworks"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("name"), QStringLiteral("vnet-shared")},
                                   {QStringLiteral("addressPrefixes"), QJsonArray{QStringLiteral("10.50.0.0/16")}},
                                   {QStringLiteral("subnets"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("name"), QStringLiteral("snet-ci")},
                                        {QStringLiteral("addressPrefix"), QStringLiteral("10.50.1.0/24")},
                                        {QStringLiteral("serviceEndpoints"),
                                         QJsonArray{QStringLiteral("Microsoft.ContainerRegistry")}}}}}}}}}}}}}}};
}

// `audit --endpoint BASE --format json --fail-on GATE …`: its exit code and its JSON.
std::pair<int, QJsonObject> gateRun(const QString &base, const QString &gate, const QStringList &more = {})
{
    QProcess p;
    p.start(QStringLiteral(ACRNET_APP_EXE),
            QStringList{QStringLiteral("audit"), QStringLiteral("--endpoint"), base, QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--fail-on"), gate} +
                more);
    [&] {
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
    }();
    return std::make_pair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
}

} // namespace

void TestAudit::gateFailsOnTheOnlyHighFinding()
{
    // One registry, Deny, whose only rule points into a subscription without Microsoft.ContainerRegistry: ACR-107
    // is the single high finding, and `--fail-on high` must fail on it alone.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("acr107.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(gateScenario()).toJson());
    file.close();
    SandboxFixture sbx(file.fileName());
    QVERIFY2(sbx.ok(), qPrintable(sbx.error()));
    const auto [code, report] = gateRun(sbx.base(), QStringLiteral("high"));
    QStringList high;
    for (const QJsonValue &v : report.value(QLatin1String("findings")).toArray()) {
        if (v.toObject().value(QLatin1String("severity")).toString() == QLatin1String("high"))
            high << v.toObject().value(QLatin1String("checkId")).toString();
    }
    QCOMPARE(high, QStringList{QStringLiteral("ACR-107")});
    QCOMPARE(code, 3);
    acceptedFindingLeavesTheGate(sbx.base(), dir.path());
    if (QTest::currentTestFailed())
        return;
    reportsInSpanish(sbx.base());
}

void TestAudit::acceptedFindingLeavesTheGate(const QString &base, const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString apps = kGateApps;
    auto run = [&](const QString &gate, const QStringList &more) {
        return gateRun(base, gate, more);
    };
    // The auditor accepted ACR-107 on that registry (the file the Findings tab exports): the gate passes, and the
    // finding is still in the report, marked with the reason; the severity counts leave it out.
    const QString registryId =
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps/providers/Microsoft.ContainerRegistry/registries/"
                       "gateregistry")
            .arg(apps);
    SuppressionList accepted;
    accepted.accept(Suppression{QStringLiteral("ACR-107"),
                                registryId,
                                QStringLiteral("network team registers it in Q3"),
                                QDate(2099, 12, 31),
                                {}});
    QFile suppressions(dir.filePath(QStringLiteral("accepted.json")));
    QVERIFY(suppressions.open(QIODevice::WriteOnly));
    suppressions.write(accepted.toJson());
    suppressions.close();
    const auto [acceptedCode, acceptedReport] =
        run(QStringLiteral("high"), {QStringLiteral("--suppressions"), suppressions.fileName()});
    QCOMPARE(acceptedCode, 0);
    QCOMPARE(acceptedReport.value(QLatin1String("counts")).toObject().value(QLatin1String("high")).toInt(), 0);
    QCOMPARE(acceptedReport.value(QLatin1String("counts")).toObject().value(QLatin1String("suppressed")).toInt(), 1);
    QJsonObject marked;
    for (const QJsonValue &v : acceptedReport.value(QLatin1String("findings")).toArray()) {
        if (v.toObject().value(QLatin1String("checkId")).toString() == QLatin1String("ACR-107"))
            marked = v.toObject().value(QLatin1String("suppressed")).toObject();
    }
    QCOMPARE(marked.value(QLatin1String("reason")).toString(), QStringLiteral("network team registers it in Q3"));
    QCOMPARE(marked.value(QLatin1String("expires")).toString(), QStringLiteral("2099-12-31"));
    // Expired: it counts again.
    accepted.items.first().expires = QDate(2020, 1, 1);
    QVERIFY(suppressions.open(QIODevice::WriteOnly | QIODevice::Truncate));
    suppressions.write(accepted.toJson());
    suppressions.close();
    QCOMPARE(run(QStringLiteral("high"), {QStringLiteral("--suppressions"), suppressions.fileName()}).first, 3);
    // A file that does not parse is an error (exit 2), never "nothing accepted".
    QVERIFY(suppressions.open(QIODevice::WriteOnly | QIODevice::Truncate));
    suppressions.write(R"({"suppressions":[{"checkId":"ACR-107","resourceId":"/subscriptions/x","reason":""}]})");
    suppressions.close();
    QProcess p;
    p.start(QStringLiteral(ACRNET_APP_EXE), {QStringLiteral("audit"), QStringLiteral("--endpoint"), base,
                                             QStringLiteral("--suppressions"), suppressions.fileName()});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("suppression 1: the reason is empty"), err.constData());
}

void TestAudit::reportsInSpanish(const QString &base)
{
    // In Spanish: titles, explanations and the HTML's headings translated; the JSON keeps its English keys.
    QProcess es;
    es.start(QStringLiteral(ACRNET_APP_EXE),
             {QStringLiteral("audit"), QStringLiteral("--endpoint"), base, QStringLiteral("--lang"),
              QStringLiteral("es"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(es.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(es.state() == QProcess::NotRunning, 60000);
    const QJsonObject spanish = QJsonDocument::fromJson(es.readAllStandardOutput()).object();
    QString title;
    for (const QJsonValue &v : spanish.value(QLatin1String("findings")).toArray()) {
        if (v.toObject().value(QLatin1String("checkId")).toString() == QLatin1String("ACR-107"))
            title = v.toObject().value(QLatin1String("title")).toString();
    }
    QVERIFY(!title.isEmpty());
    QVERIFY2(title.contains(QStringLiteral("registrad")), qPrintable(title)); // "…no registrado…"
    QCOMPARE(spanish.value(QLatin1String("counts")).toObject().value(QLatin1String("high")).toInt(), 1);
    QProcess html;
    html.start(QStringLiteral(ACRNET_APP_EXE),
               {QStringLiteral("audit"), QStringLiteral("--endpoint"), base, QStringLiteral("--lang"),
                QStringLiteral("es"), QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY(html.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(html.state() == QProcess::NotRunning, 60000);
    const QString page = QString::fromUtf8(html.readAllStandardOutput());
    QVERIFY2(page.contains(QStringLiteral("Auditoría")) || page.contains(QStringLiteral("auditoría")),
             qPrintable(page.left(600)));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
