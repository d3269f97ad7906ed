#include "legacycleanup.h"
#include "changeservice.h"
#include "inventoryservice.h"
#include "registryruleswriter.h"
#include "runningoperations.h"
#include "subscriptionaccess.h"

#include <QSet>

namespace acrnet {

namespace {

QStringList privateEndpointCommands(const Registry &r, const QList<VirtualNetworkRule> &rules)
{
    QStringList out;
    QSet<QString> vnets;
    for (const VirtualNetworkRule &rule : rules) {
        const ResourceId subnet = ResourceId::parse(rule.subnetId);
        const QString vnet = rule.subnetId.section(QLatin1Char('/'), -3, -3);
        if (vnet.isEmpty() || vnets.contains(vnet.toLower()))
            continue;
        vnets.insert(vnet.toLower());
        out << QStringLiteral(
                   "az network private-endpoint create --name pe-%1-%2 --resource-group %3 --subscription %4 "
                   "--vnet-name %2 --subnet %5 --private-connection-resource-id %6 --group-id registry "
                   "--connection-name %1-%2")
                   .arg(r.name, vnet, subnet.resourceGroup(), subnet.subscriptionId(), subnet.name(), r.id.toString());
    }
    return out;
}

} // namespace

LegacyRuleCleanup::LegacyRuleCleanup(InventoryService *inventory, ChangeService *changes, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_changes(changes)
{}

QList<LegacyCleanupItem> LegacyRuleCleanup::plan(const QStringList &registryIds, const InventorySnapshot &inv,
                                                 const WhyRuleGrantsNothing &whyNothing, QStringList *others)
{
    QList<LegacyCleanupItem> items;
    for (const QString &id : registryIds) {
        const auto found = inv.registries.constFind(id.toLower());
        if (found == inv.registries.constEnd())
            continue;
        const Registry &r = *found;
        if (!r.networkRuleSet || r.networkRuleSet->virtualNetworkRules.isEmpty()) {
            if (others)
                *others << r.name;
            continue;
        }
        LegacyCleanupItem item;
        item.registry = r;
        item.before = RegistryNetworkConfig::from(r);
        item.after = item.before;
        item.after.rules.virtualNetworkRules.clear();
        // Who loses access: only through the rules that grant something today.
        RegistryNetworkConfig effective = item.before;
        effective.rules.virtualNetworkRules.clear();
        for (const VirtualNetworkRule &rule : item.before.rules.virtualNetworkRules) {
            const QString why = whyNothing ? whyNothing(rule.subnetId) : QString();
            if (why.isEmpty())
                effective.rules.virtualNetworkRules << rule;
            else
                item.grantingNothing << tr("%1/%2: %3")
                                            .arg(rule.subnetId.section(QLatin1Char('/'), -3, -3),
                                                 rule.subnetId.section(QLatin1Char('/'), -1), why);
        }
        item.losses = AccessLossReport::between(r, effective, item.after);
        item.removeCommands = RegistryChangeDiff::between(item.before, item.after).azCommands(r); // the editor's own
        item.privateEndpointCommands = privateEndpointCommands(r, r.networkRuleSet->virtualNetworkRules);
        items << item;
    }
    std::sort(items.begin(), items.end(), [](const LegacyCleanupItem &a, const LegacyCleanupItem &b) {
        return a.registry.name.compare(b.registry.name, Qt::CaseInsensitive) < 0;
    });
    if (others)
        others->sort(Qt::CaseInsensitive);
    return items;
}

void LegacyRuleCleanup::start(const QList<LegacyCleanupItem> &items)
{
    if (m_running || !m_changes)
        return;
    m_items = items;
    m_running = true;
    m_cancelled = false;
    m_current = -1;
    QPointer<LegacyRuleCleanup> guard(this);
    m_operation =
        m_changes->operations()->add(tr("Remove service-endpoint rules from %n registries", nullptr, int(items.size())),
                                     {[guard] { return guard && guard->m_running; },
                                      [guard] {
                                          return guard && guard->cancel();
                                      }});
    next();
}

bool LegacyRuleCleanup::cancel()
{
    if (!m_running)
        return false;
    m_cancelled = true;
    // The registry under way stops too if its PATCH has not left; otherwise it ends as it ends.
    if (m_writer && m_writer->canCancel())
        m_writer->cancel();
    else if (!m_writer)
        next();
    return true;
}

void LegacyRuleCleanup::next()
{
    ++m_current;
    if (m_cancelled) {
        for (int i = m_current; i < m_items.size(); ++i) {
            if (!m_items.at(i).isDone())
                settle(i, LegacyCleanupItem::State::Cancelled, tr("Cancelled before it started: not changed."));
        }
        m_current = int(m_items.size());
    }
    if (m_current >= m_items.size()) {
        m_running = false;
        if (m_changes)
            m_changes->operations()->finish(m_operation);
        emit finished(m_cancelled);
        return;
    }
    if (m_changes)
        m_changes->operations()->setProgress(
            m_operation,
            tr("%1 of %2: %3").arg(m_current + 1).arg(m_items.size()).arg(m_items.at(m_current).registry.name));
    LegacyCleanupItem &item = m_items[m_current];
    const SubscriptionAccess access =
        m_inventory ? m_inventory->access(item.registry.id.subscriptionId()) : SubscriptionAccess();
    RegistryRulesWriter *writer = access.isValid() ? access.rulesWriter(this) : nullptr;
    if (!writer || !m_changes) {
        settle(m_current, LegacyCleanupItem::State::FailedUnchanged,
               tr("No signed-in account reaches its subscription: not changed."));
        QMetaObject::invokeMethod(this, &LegacyRuleCleanup::next, Qt::QueuedConnection);
        return;
    }
    const int index = m_current;
    m_writer = writer;
    if (m_verifyDelayMs >= 0)
        writer->setVerifyDelayMs(m_verifyDelayMs);
    item.state = LegacyCleanupItem::State::Running;
    emit itemChanged(index);
    const int count = int(item.before.rules.virtualNetworkRules.size());
    connect(writer, &RegistryRulesWriter::succeeded, this, [this, index, count](const Registry &final) {
        const bool gone = !final.networkRuleSet || final.networkRuleSet->virtualNetworkRules.isEmpty();
        settle(index, gone ? LegacyCleanupItem::State::Removed : LegacyCleanupItem::State::FailedUnknown,
               gone ? tr("Removed %n rule(s); read back: no VNet rules left.", nullptr, count)
                    : tr("Applied, but read back with %n VNet rule(s) still there.", nullptr,
                         int(final.networkRuleSet->virtualNetworkRules.size())));
        next();
    });
    connect(writer, &RegistryRulesWriter::conflict, this, [this, index] {
        settle(index, LegacyCleanupItem::State::Conflict,
               tr("Changed by someone else since the review: nothing was sent. Review it again."));
        next();
    });
    connect(writer, &RegistryRulesWriter::failed, this, [this, index](const ArmError &e, bool unchanged) {
        using S = LegacyCleanupItem::State;
        const bool cancelled = e.kind() == ArmError::Kind::Cancelled;
        settle(index,
               cancelled   ? S::Cancelled
               : unchanged ? S::FailedUnchanged
                           : S::FailedUnknown,
               cancelled   ? tr("Cancelled: nothing was sent.")
               : unchanged ? tr("Failed, not changed: %1").arg(e.userText())
                           : tr("Failed, state unknown (check the activity log): %1").arg(e.userText()));
        next();
    });
    item.operationId = m_changes->adoptRulesWrite(writer, item.registry, item.before, item.after);
    emit writeStarted(item.operationId);
    writer->apply(item.registry, item.after);
}

void LegacyRuleCleanup::settle(int index, LegacyCleanupItem::State state, const QString &result)
{
    m_items[index].state = state;
    m_items[index].result = result;
    if (index == m_current)
        m_writer = nullptr;
    emit itemChanged(index);
}

QString LegacyRuleCleanup::summary() const
{
    int removed = 0, unchanged = 0, failed = 0;
    for (const LegacyCleanupItem &i : m_items) {
        using S = LegacyCleanupItem::State;
        removed += i.state == S::Removed ? 1 : 0;
        unchanged += i.state == S::Conflict || i.state == S::Cancelled || i.state == S::FailedUnchanged ? 1 : 0;
        failed += i.state == S::FailedUnknown ? 1 : 0;
    }
    return tr("%1 removed, %2 not changed, %3 with an unknown outcome.").arg(removed).arg(unchanged).arg(failed);
}

} // namespace acrnet
