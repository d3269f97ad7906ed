// Chaos: the headless inventory and audit, on both loading paths, and the two write flows, against the sandbox
// under seeded random faults (429 storms, 5xx, dropped connections, latency spikes, failed long-running
// operations). Every run must end in one of two ways: identical to the fault-free result, or declared incomplete
// with every part it calls complete identical to the fault-free one. A write ends with the resource either as
// reviewed or as it was, and the app's claim must match what the sandbox holds. Silently wrong, hangs and crashes
// must be zero.
//
// ACRNET_CHAOS_SEEDS (default 2) sets the number of seeds; tests/bench/chaos.sh runs many and prints the matrix.
#include "app/arm/armclient.h"
#include "app/arm/tokensource.h"
#include "app/azure/registry.h"
#include "app/azure/subnet.h"
#include "app/services/registryruleswriter.h"
#include "app/services/subnetendpointwriter.h"
#include "tests/support/sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace acrnet;
using acrnet::test::SandboxFixture;

namespace {

enum class Verdict { Identical, DeclaredIncomplete, SilentlyWrong, Hang, Crash };

const char *verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Identical:
        return "identical";
    case Verdict::DeclaredIncomplete:
        return "declared incomplete";
    case Verdict::SilentlyWrong:
        return "silently wrong";
    case Verdict::Hang:
        return "hang";
    case Verdict::Crash:
        return "crash";
    }
    return "?";
}

struct Run
{
    bool finished = false;
    bool crashed = false;
    int code = -1;
    QJsonObject json;
};

// Faults for one seed: every kind, at rates that make some runs fail and most recover.
QJsonObject faultsFor(quint32 seed)
{
    QRandomGenerator dice(seed);
    auto rate = [&](double max) {
        return dice.generateDouble() * max;
    };
    return QJsonObject{
        {QStringLiteral("seed"), int(seed)},
        {QStringLiteral("latencyMs"), 2},
        {QStringLiteral("jitterMs"), dice.bounded(300)}, // latency spikes up to 0.3 s
        {QStringLiteral("throttleRate"), rate(0.1)},
        {QStringLiteral("errorRate"), rate(0.5)},
        {QStringLiteral("dropRate"), rate(0.3)},
        {QStringLiteral("lroFailRate"), rate(0.5)},
        {QStringLiteral("throttleNext"), dice.bounded(4)}, // a 429 storm at the start
        {QStringLiteral("errorNext"), dice.bounded(8)},    // a burst of 5xx, at times longer than the retries
    };
}

QJsonObject noFaults()
{
    return QJsonObject{{QStringLiteral("latencyMs"), 0},    {QStringLiteral("jitterMs"), 0},
                       {QStringLiteral("throttleRate"), 0}, {QStringLiteral("errorRate"), 0},
                       {QStringLiteral("dropRate"), 0},     {QStringLiteral("lroFailRate"), 0},
                       {QStringLiteral("throttleNext"), 0}, {QStringLiteral("errorNext"), 0},
                       {QStringLiteral("dropNext"), 0},     {QStringLiteral("lroFailNext"), 0}};
}

// Order-independent comparison: arrays of objects are sorted by their text, volatile keys dropped.
QJsonValue normalized(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("generatedAt"));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = normalized(*it);
        return o;
    }
    if (v.isArray()) {
        QList<QByteArray> items;
        for (const QJsonValue &e : v.toArray())
            items << QJsonDocument(QJsonArray{normalized(e)}).toJson(QJsonDocument::Compact);
        std::sort(items.begin(), items.end());
        QJsonArray out;
        for (const QByteArray &i : std::as_const(items))
            out.append(QJsonDocument::fromJson(i).array().at(0));
        return out;
    }
    return v;
}

QSet<QString> failedSubscriptions(const QJsonObject &doc, bool *accountFailed)
{
    QSet<QString> failed;
    *accountFailed = false;
    for (const QJsonValue &e : doc.value(QLatin1String("errors")).toArray()) {
        const QString sub = e.toObject().value(QLatin1String("subscriptionId")).toString().toLower();
        if (sub.isEmpty())
            *accountFailed = true; // an account or tenant listing: which subscriptions it hid is unknown
        else
            failed.insert(sub);
    }
    return failed;
}

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsUnderFaults_data();
    void readsUnderFaults();
    void writesUnderFaults();

private:
    void rulesUnderFaults(ArmClient &client, const QString &token, QStringList *wrong);
    void endpointUnderFaults(ArmClient &client, const QString &token, QStringList *wrong);
    Run runCli(const QString &command, const QStringList &args);
    Verdict judgeInventory(const Run &run, const QJsonObject &truth) const;
    Verdict judgeAudit(const Run &run, const QJsonObject &truth, int truthCode) const;
    void setFaults(const QJsonObject &faults);

    std::unique_ptr<SandboxFixture> m_sbx;
    int m_seeds = 2;
    QMap<QString, QMap<Verdict, int>> m_matrix; // "inventory/arm" → verdict → runs
};

void TestChaos::initTestCase()
{
    m_seeds = qMax(1, qEnvironmentVariableIntValue("ACRNET_CHAOS_SEEDS"));
    if (!qEnvironmentVariableIsSet("ACRNET_CHAOS_SEEDS"))
        m_seeds = 2;
    m_sbx = std::make_unique<SandboxFixture>(QStringLiteral("demo"));
    QVERIFY(m_sbx->ok());
    m_sbx->server().store().settings.pageSize = 2; // more pages, more requests for the dice to hit
    m_sbx->server().store().settings.provisioningDelayMs = 100;
}

void TestChaos::cleanupTestCase()
{
    // The matrix, for the log and for tests/bench/chaos.sh.
    QTextStream out(stdout);
    out << "\nchaos matrix (" << m_seeds << " seeds)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("flow"), -22)
               .arg(QStringLiteral("runs"), 5)
               .arg(QStringLiteral("identical"), 10)
               .arg(QStringLiteral("declared-incomplete"), 20)
               .arg(QStringLiteral("silently-wrong"), 15)
               .arg(QStringLiteral("hangs"), 6)
               .arg(QStringLiteral("crashes"), 8);
    for (auto it = m_matrix.cbegin(); it != m_matrix.cend(); ++it) {
        int runs = 0;
        for (int n : it.value())
            runs += n;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(it.key(), -22)
                   .arg(runs, 5)
                   .arg(it.value().value(Verdict::Identical), 10)
                   .arg(it.value().value(Verdict::DeclaredIncomplete), 20)
                   .arg(it.value().value(Verdict::SilentlyWrong), 15)
                   .arg(it.value().value(Verdict::Hang), 6)
                   .arg(it.value().value(Verdict::Crash), 8);
    }
    out.flush();
    m_sbx.reset();
}

void TestChaos::setFaults(const QJsonObject &faults)
{
    QCOMPARE(m_sbx->admin(QStringLiteral("faults"), faults).status, 200);
}

Run TestChaos::runCli(const QString &command, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ACRNET_APP_EXE), QStringList{command, QStringLiteral("--endpoint"), m_sbx->base(),
                                                        QStringLiteral("--format"), QStringLiteral("json")} +
                                                args);
    Run run;
    QElapsedTimer clock;
    clock.start();
    // The sandbox answers from this thread's event loop: spin it while the command runs. Past the bound: a hang.
    while (p.state() != QProcess::NotRunning && clock.elapsed() < 180000)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        return run;
    }
    run.finished = true;
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.code = p.exitCode();
    run.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return run;
}

Verdict TestChaos::judgeInventory(const Run &run, const QJsonObject &truth) const
{
    if (!run.finished)
        return Verdict::Hang;
    if (run.crashed || (run.code != 0 && run.code != 1) || run.json.isEmpty())
        return Verdict::Crash;
    const bool complete = run.json.value(QLatin1String("complete")).toBool();
    if (complete != (run.code == 0))
        return Verdict::SilentlyWrong; // the exit code and the document disagree
    if (complete)
        return normalized(run.json) == normalized(truth) ? Verdict::Identical : Verdict::SilentlyWrong;
    // Declared incomplete: every subscription it calls complete must be the truth; every missing one accounted for.
    bool accountFailed = false;
    const QSet<QString> failed = failedSubscriptions(run.json, &accountFailed);
    QHash<QString, QJsonObject> truthSubs;
    for (const QJsonValue &s : truth.value(QLatin1String("subscriptions")).toArray())
        truthSubs.insert(s.toObject().value(QLatin1String("subscriptionId")).toString().toLower(), s.toObject());
    QSet<QString> seen;
    for (const QJsonValue &v : run.json.value(QLatin1String("subscriptions")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(QLatin1String("subscriptionId")).toString().toLower();
        seen.insert(id);
        if (!truthSubs.contains(id))
            return Verdict::SilentlyWrong; // a subscription that does not exist
        if (s.value(QLatin1String("complete")).toBool()) {
            if (normalized(s) != normalized(truthSubs.value(id)))
                return Verdict::SilentlyWrong;
        } else if (!failed.contains(id)) {
            return Verdict::SilentlyWrong; // incomplete without a word in errors
        }
    }
    for (auto it = truthSubs.cbegin(); it != truthSubs.cend(); ++it) {
        if (!seen.contains(it.key()) && !failed.contains(it.key()) && !accountFailed)
            return Verdict::SilentlyWrong; // left out without a word
    }
    return Verdict::DeclaredIncomplete;
}

Verdict TestChaos::judgeAudit(const Run &run, const QJsonObject &truth, int truthCode) const
{
    if (!run.finished)
        return Verdict::Hang;
    if (run.crashed || (run.code != 0 && run.code != 1 && run.code != 3) || run.json.isEmpty())
        return Verdict::Crash;
    const bool complete = run.json.value(QLatin1String("complete")).toBool();
    if (complete) {
        if (run.code != truthCode)
            return Verdict::SilentlyWrong;
        return normalized(run.json.value(QLatin1String("findings"))) ==
                           normalized(truth.value(QLatin1String("findings"))) &&
                       normalized(run.json.value(QLatin1String("matrix"))) ==
                           normalized(truth.value(QLatin1String("matrix")))
                   ? Verdict::Identical
                   : Verdict::SilentlyWrong;
    }
    if (run.code == 0)
        return Verdict::SilentlyWrong; // incomplete but passed
    bool accountFailed = false;
    const QSet<QString> failed = failedSubscriptions(run.json, &accountFailed);
    // Every finding about a subscription it read must be one the truth has, and none of the truth's findings about
    // such a subscription may be missing.
    auto about = [&](const QJsonObject &doc) {
        QJsonArray kept;
        for (const QJsonValue &f : doc.value(QLatin1String("findings")).toArray()) {
            if (!failed.contains(f.toObject().value(QLatin1String("subscriptionId")).toString().toLower()))
                kept.append(f);
        }
        return normalized(kept);
    };
    if (accountFailed)
        return Verdict::DeclaredIncomplete; // which subscriptions are missing is unknown; it says so
    return about(run.json) == about(truth) ? Verdict::DeclaredIncomplete : Verdict::SilentlyWrong;
}

void TestChaos::readsUnderFaults_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("path");
    for (const char *command : {"inventory", "audit"}) {
        for (const char *path : {"--resource-manager", "--resource-graph"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(command), QLatin1String(path))))
                << QString::fromLatin1(command) << QString::fromLatin1(path);
    }
}

void TestChaos::readsUnderFaults()
{
    QFETCH(QString, command);
    QFETCH(QString, path);
    const QString flow =
        command + (path == QLatin1String("--resource-graph") ? QStringLiteral("/graph") : QStringLiteral("/arm"));
    setFaults(noFaults());
    const Run truth = runCli(command, {path});
    QVERIFY(truth.finished && !truth.crashed);
    QCOMPARE(truth.json.value(QLatin1String("complete")).toBool(), true);
    QVERIFY(truth.code == 0);
    QStringList wrong;
    for (int seed = 1; seed <= m_seeds; ++seed) {
        setFaults(faultsFor(quint32(seed) * 7919u + (command == QLatin1String("audit") ? 1u : 0u)));
        const Run run = runCli(command, {path});
        const Verdict v = command == QLatin1String("inventory") ? judgeInventory(run, truth.json)
                                                                : judgeAudit(run, truth.json, truth.code);
        ++m_matrix[flow][v];
        if (v != Verdict::Identical && v != Verdict::DeclaredIncomplete)
            wrong << QStringLiteral("seed %1: %2 (exit %3) %4")
                         .arg(seed)
                         .arg(QLatin1String(verdictName(v)))
                         .arg(run.code)
                         .arg(QString::fromUtf8(QJsonDocument(run.json.value(QLatin1String("errors")).toArray())
                                                    .toJson(QJsonDocument::Compact)));
    }
    setFaults(noFaults());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

// Registry rules: one IP rule toggled per seed on a Premium registry of demo.
void TestChaos::rulesUnderFaults(ArmClient &client, const QString &token, QStringList *wrong)
{
    auto readRegistry = [&](const QString &id) {
        QString error;
        return Registry::fromJson(m_sbx->get(id + QStringLiteral("?api-version=2021-08-01-preview"), token).json(),
                                  &error)
            .value_or(Registry());
    };
    const QJsonArray regs =
        m_sbx
            ->get(QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/providers/"
                                 "Microsoft.ContainerRegistry/registries?api-version=2021-08-01-preview"),
                  token)
            .json()
            .value(QLatin1String("value"))
            .toArray();
    QString premiumId;
    for (const QJsonValue &v : regs) {
        if (v.toObject().value(QLatin1String("sku")).toObject().value(QLatin1String("name")).toString() ==
            QLatin1String("Premium"))
            premiumId = v.toObject().value(QLatin1String("id")).toString();
    }
    QVERIFY(!premiumId.isEmpty());
    for (int seed = 1; seed <= m_seeds; ++seed) {
        setFaults(noFaults());
        const Registry before = readRegistry(premiumId);
        QVERIFY(before.id.isValid());
        RegistryNetworkConfig desired = RegistryNetworkConfig::from(before);
        const QString ip = QStringLiteral("203.0.113.%1").arg(seed % 250);
        if (desired.hasIpRule(ip))
            desired.rules.ipRules.removeIf([&](const IpRule &r) { return r.value == ip; });
        else
            desired.rules.ipRules.append(IpRule{ip, QStringLiteral("Allow")});
        setFaults(faultsFor(quint32(seed) * 104729u));
        RegistryRulesWriter writer(&client);
        writer.setVerifyDelayMs(0);
        enum class Claim { None, Applied, Unchanged, Unknown, Conflict } claim = Claim::None;
        connect(&writer, &RegistryRulesWriter::succeeded, this, [&] { claim = Claim::Applied; });
        connect(&writer, &RegistryRulesWriter::conflict, this, [&] { claim = Claim::Conflict; });
        connect(&writer, &RegistryRulesWriter::failed, this,
                [&](const ArmError &, bool unchanged) { claim = unchanged ? Claim::Unchanged : Claim::Unknown; });
        writer.apply(before, desired);
        QElapsedTimer clock;
        clock.start();
        while (claim == Claim::None && clock.elapsed() < 120000)
            QTest::qWait(20);
        setFaults(noFaults());
        QTest::qWait(300); // a long-running operation the app stopped following may still land
        const RegistryNetworkConfig now = RegistryNetworkConfig::from(readRegistry(premiumId));
        Verdict v = Verdict::SilentlyWrong;
        if (claim == Claim::None)
            v = Verdict::Hang;
        else if (claim == Claim::Applied)
            v = now == desired ? Verdict::Identical : Verdict::SilentlyWrong;
        else if (claim == Claim::Unchanged || claim == Claim::Conflict)
            v = now == RegistryNetworkConfig::from(before) ? Verdict::DeclaredIncomplete : Verdict::SilentlyWrong;
        else // "may have changed": honest only if it is one of the two
            v = now == desired || now == RegistryNetworkConfig::from(before) ? Verdict::DeclaredIncomplete
                                                                             : Verdict::SilentlyWrong;
        ++m_matrix[QStringLiteral("write/registry-rules")][v];
        if (v == Verdict::SilentlyWrong || v == Verdict::Hang)
            *wrong << QStringLiteral("rules seed %1: %2 (claim %3)")
                          .arg(seed)
                          .arg(QLatin1String(verdictName(v)))
                          .arg(int(claim));
    }
}

// Subnet endpoint: toggled each seed on one subnet.
void TestChaos::endpointUnderFaults(ArmClient &client, const QString &token, QStringList *wrong)
{
    const QString subnetId = QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211/resourceGroups/"
                                            "rg-platform/providers/Microsoft.Network/virtualNetworks/vnet-hub/"
                                            "subnets/snet-vms");
    auto subnetHas = [&] {
        QString error;
        const auto s =
            Subnet::fromJson(m_sbx->get(subnetId + QStringLiteral("?api-version=2024-01-01"), token).json(), &error);
        return s && s->hasEndpoint(Subnet::acrService());
    };
    setFaults(noFaults());
    if (m_sbx->get(subnetId + QStringLiteral("?api-version=2024-01-01"), token).status != 200)
        QSKIP("the demo scenario has no such subnet");
    for (int seed = 1; seed <= m_seeds; ++seed) {
        setFaults(noFaults());
        const bool had = subnetHas();
        setFaults(faultsFor(quint32(seed) * 15485863u));
        SubnetEndpointWriter writer([&](const QString &) { return &client; });
        bool done = false;
        SubnetEndpointWriter::Result result;
        connect(&writer, &SubnetEndpointWriter::subnetFinished, this,
                [&](const SubnetEndpointWriter::Result &r) { result = r; });
        connect(&writer, &SubnetEndpointWriter::finished, this, [&] { done = true; });
        writer.apply({subnetId}, !had);
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 120000)
            QTest::qWait(20);
        setFaults(noFaults());
        QTest::qWait(300);
        const bool has = subnetHas();
        Verdict v = Verdict::SilentlyWrong;
        if (!done)
            v = Verdict::Hang;
        else if (result.outcome == SubnetEndpointWriter::Outcome::Changed)
            v = has == !had ? Verdict::Identical : Verdict::SilentlyWrong;
        else if (result.outcome == SubnetEndpointWriter::Outcome::Failed && result.verifiedAt.isValid())
            v = has == had ? Verdict::DeclaredIncomplete : Verdict::SilentlyWrong; // "unchanged", read again
        else if (result.outcome == SubnetEndpointWriter::Outcome::Failed)
            v = Verdict::DeclaredIncomplete; // failed, state not verifiable: the result claims nothing more
        else
            v = has == had ? Verdict::Identical : Verdict::SilentlyWrong;
        ++m_matrix[QStringLiteral("write/subnet-endpoint")][v];
        if (v == Verdict::SilentlyWrong || v == Verdict::Hang)
            *wrong << QStringLiteral("endpoint seed %1: %2").arg(seed).arg(QLatin1String(verdictName(v)));
    }
}

void TestChaos::writesUnderFaults()
{
    // Registry rules (one PATCH, re-read, verify) and a subnet endpoint (GET, PUT with If-Match, LRO), under the
    // same faults. After each attempt the sandbox is read fault-free and compared with the app's claim.
    setFaults(noFaults());
    const QString token = m_sbx->servicePrincipalToken();
    QNetworkAccessManager nam;
    StaticTokenSource tokens(token);
    ArmClient client(&nam, &tokens, Cloud::sandbox(m_sbx->server().baseUrl()));
    client.setPollIntervalMs(50);
    RetryPolicy fast = client.retryPolicy();
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 200;
    client.setRetryPolicy(fast);
    QStringList wrong;
    rulesUnderFaults(client, token, &wrong);
    if (QTest::currentTestFailed())
        return;
    endpointUnderFaults(client, token, &wrong);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
