#include "detailspane.h"
#include "app/audit/accessevaluator.h"
#include "app/azure/azureterms.h"
#include "app/azure/registry.h"
#include "app/azure/subnethosts.h"
#include "app/azure/subscription.h"
#include "app/azure/virtualnetwork.h"
#include "models/inventoryroles.h"
#include "models/inventorytreemodel.h"
#include "models/stateicons.h"
#include "presentation.h"
#include "widgethelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace acrnet {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("detailsKind"));
    layout->addWidget(m_title);
    layout->addWidget(m_kind);

    layout->addLayout(buildIdRow());
    layout->addWidget(buildTabs(), 1);
    layout->addWidget(buildWhatIf());
    m_placeholder = new QLabel(tr("Select a subscription, network, subnet or registry to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder);
    clear();
}

QHBoxLayout *DetailsPane::buildIdRow()
{
    auto *idRow = new QHBoxLayout;
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("detailsResourceId"));
    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Resource ID"));
    m_id->setPlaceholderText(tr("Resource ID"));
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyResourceIdButton"));
    m_copy->setIcon(StateIcons::icon(QStringLiteral("copy")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the resource ID (Ctrl+C)"));
    m_copy->setAccessibleName(tr("Copy resource ID"));
    connect(m_copy, &QToolButton::clicked, this, &DetailsPane::copyResourceId);
    m_portal = new QToolButton(this);
    m_portal->setObjectName(QStringLiteral("detailsPortalButton"));
    m_portal->setText(tr("Portal"));
    m_portal->setToolTip(tr("Open in Azure portal (Ctrl+Shift+O)"));
    m_portal->setAccessibleName(tr("Open in Azure portal"));
    connect(m_portal, &QToolButton::clicked, this, &DetailsPane::portalRequested);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copy);
    idRow->addWidget(m_portal);
    return idRow;
}

QTabWidget *DetailsPane::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_properties = new QTreeWidget(m_tabs);
    m_properties->setObjectName(QStringLiteral("detailsProperties"));
    m_properties->setAccessibleName(tr("Properties"));
    m_properties->setColumnCount(2);
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->setRootIsDecorated(false);
    m_properties->setWordWrap(true);
    m_properties->header()->setSectionResizeMode(0, QHeaderView::Interactive); // see fitPropertyColumns()
    m_json = new QPlainTextEdit(m_tabs);
    m_json->setObjectName(QStringLiteral("detailsJson"));
    m_json->setAccessibleName(tr("Raw JSON"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_properties, tr("Overview"));
    m_tabs->addTab(m_json, tr("JSON"));
    return m_tabs;
}

QWidget *DetailsPane::buildWhatIf()
{
    m_whatIfBox = new QWidget(this);
    // The answer is read whole: the properties above give up height first.
    m_whatIfBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *whatIfLayout = new QVBoxLayout(m_whatIfBox);
    whatIfLayout->setContentsMargins(0, 0, 0, 0);
    m_whatIfEdit = new QLineEdit(m_whatIfBox);
    m_whatIfEdit->setObjectName(QStringLiteral("whatIfEdit"));
    m_whatIfEdit->setAccessibleName(tr("What if from"));
    m_whatIfEdit->setPlaceholderText(
        tr("What if from… an address (10.0.0.4, 203.0.113.7), a subnet's name (myVNet/mySubnet) or its ID"));
    enableNamedClearButton(m_whatIfEdit);
    // The loaded subnets by name, matched anywhere in the name; the button lists them all (a picker).
    m_subnetNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_subnetNames, m_whatIfEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_whatIfEdit->setCompleter(completer);
    auto *pick = new QToolButton(m_whatIfBox);
    pick->setObjectName(QStringLiteral("whatIfPickSubnet"));
    pick->setText(tr("Subnets…"));
    pick->setToolTip(tr("Pick one of the loaded subnets"));
    connect(pick, &QToolButton::clicked, this, [this, completer] {
        m_whatIfEdit->setFocus();
        completer->setCompletionPrefix(QString());
        completer->complete();
    });
    m_whatIfResult = new QLabel(m_whatIfBox);
    m_whatIfResult->setObjectName(QStringLiteral("whatIfResult"));
    m_whatIfResult->setWordWrap(true);
    m_whatIfResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *whatIfRow = new QHBoxLayout;
    whatIfRow->addWidget(m_whatIfEdit, 1);
    whatIfRow->addWidget(pick);
    whatIfLayout->addLayout(whatIfRow);
    whatIfLayout->addWidget(m_whatIfResult);
    connect(m_whatIfEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_whatIfResult->setText(whatIf(text)); });
    return m_whatIfBox;
}

void DetailsPane::clear()
{
    m_title->clear();
    m_kind->clear();
    m_id->clear();
    m_resourceId.clear();
    m_properties->clear();
    m_json->clear();
    for (QWidget *w :
         {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_id),
          static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_portal), static_cast<QWidget *>(m_tabs)})
        w->setVisible(false);
    m_placeholder->setVisible(true);
    m_whatIfBox->setVisible(false);
}

QString DetailsPane::whatIf(const QString &fromText) const
{
    const QString from = fromText.trimmed();
    if (from.isEmpty() || !m_inventory)
        return {};
    const Registry r = m_inventory->registries.value(m_registryId.toLower());
    if (!r.id.isValid())
        return {};
    const AccessDecision d = AccessEvaluator::whatIf(r, from, *m_inventory);
    return AccessEvaluator::resultText(d.result) + QStringLiteral(":\n• ") + d.reasons.join(QStringLiteral("\n• "));
}

void DetailsPane::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QString DetailsPane::resourceId() const
{
    return m_resourceId; // not the field's text: presentation mode shows a placeholder there
}

QList<QPair<QString, QString>> DetailsPane::properties() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 0; i < m_properties->topLevelItemCount(); ++i)
        out.append({m_properties->topLevelItem(i)->text(0), m_properties->topLevelItem(i)->text(1)});
    return out;
}

void DetailsPane::copyResourceId()
{
    if (m_resourceId.isEmpty())
        return;
    Presentation::instance()->copyToClipboard(m_resourceId);
    emit copied(m_resourceId);
}

void DetailsPane::addProperty(const QString &label, const QString &value, const QString &toolTip)
{
    auto *item = new QTreeWidgetItem(m_properties, {label, value});
    item->setTextAlignment(0,
                           Qt::AlignLeft | Qt::AlignTop); // a label beside a multi-line value stays on its first line
    item->setToolTip(1, toolTip.isEmpty() ? value : toolTip);
}

void DetailsPane::setNote(const QString &resourceId, const QString &label, const QString &text)
{
    auto &notes = m_notes[resourceId.toLower()];
    notes.erase(std::remove_if(notes.begin(), notes.end(), [&](const auto &n) { return n.first == label; }),
                notes.end());
    notes.append({label, text});
    if (m_shown.isValid() && m_shown.data(ResourceIdRole).toString().compare(resourceId, Qt::CaseInsensitive) == 0)
        showIndex(m_shown);
}

// Fills the properties for this kind of node; returns the kind's name.
QString DetailsPane::describe(const QModelIndex &first, InventoryNodeType type, const QString &id, bool unreadable)
{
    QString kind;
    switch (type) {
    case InventoryNodeType::Account:
        kind = tr("Account");
        break;
    case InventoryNodeType::Tenant:
        kind = tr("Tenant");
        addProperty(tr("Tenant ID"), id);
        break;
    case InventoryNodeType::Subscription:
        kind = tr("Subscription");
        describeSubscription(first);
        break;
    case InventoryNodeType::ResourceGroup:
        kind = tr("Resource group");
        addProperty(tr("Location"), first.data(JsonRole).toJsonObject().value(QLatin1String("location")).toString());
        break;
    case InventoryNodeType::VirtualNetwork:
        kind = tr("Virtual network");
        if (!unreadable)
            describeVirtualNetwork(first.data(ValueRole));
        break;
    case InventoryNodeType::Subnet:
        kind = tr("Subnet");
        describeSubnet(first.data(ValueRole));
        break;
    case InventoryNodeType::Registry:
        kind = tr("Container registry");
        if (!unreadable)
            describeRegistry(first.data(ValueRole));
        break;
    }
    return kind;
}

void DetailsPane::showIndex(const QModelIndex &index)
{
    m_shown = index;
    if (!index.isValid()) {
        clear();
        return;
    }
    const QModelIndex first = index.siblingAtColumn(0);
    const auto type = InventoryNodeType(first.data(NodeTypeRole).toInt());
    m_placeholder->setVisible(false);
    // Listed but unreadable: no values to describe, only the reason.
    const bool unreadable = !first.data(ErrorRole).toString().isEmpty() && type != InventoryNodeType::Subscription;
    m_whatIfBox->setVisible(type == InventoryNodeType::Registry && m_inventory && !unreadable);
    const QString previous = m_registryId;
    m_registryId = type == InventoryNodeType::Registry ? first.data(ResourceIdRole).toString() : QString();
    if (m_whatIfBox->isVisibleTo(this))
        m_subnetNames->setStringList(AccessEvaluator::subnetNames(*m_inventory));
    if (previous != m_registryId)
        m_whatIfEdit->clear();
    else
        m_whatIfResult->setText(whatIf(m_whatIfEdit->text()));
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_tabs)})
        w->setVisible(true);
    const QString id = first.data(ResourceIdRole).toString();
    const bool hasId = type != InventoryNodeType::Account && !id.isEmpty();
    m_id->setVisible(hasId);
    m_copy->setVisible(hasId);
    m_portal->setVisible(hasId && m_portalAvailable);
    m_resourceId = hasId ? id : QString();
    m_id->setText(m_resourceId);
    m_id->setCursorPosition(0);
    m_properties->clear();
    m_kind->setText(describe(first, type, id, unreadable));
    QString name = first.data(Qt::DisplayRole).toString();
    if (type == InventoryNodeType::Subnet || type == InventoryNodeType::Registry) {
        const QJsonObject json = first.data(JsonRole).toJsonObject();
        if (json.contains(QLatin1String("name")))
            name = json.value(QLatin1String("name")).toString();
    }
    m_title->setText(name);
    for (const auto &[label, text] : m_notes.value(id.toLower()))
        addProperty(label, text);
    const QString error = first.data(ErrorRole).toString();
    if (!error.isEmpty())
        addProperty(type == InventoryNodeType::Subscription ? tr("Could not be loaded") : tr("Could not be read"),
                    error,
                    type == InventoryNodeType::Subscription
                        ? QString()
                        : tr("Azure listed it, but its data did not parse: it is left out of the tables and the "
                             "audit, which say that they are incomplete."));
    const QJsonObject json = first.data(JsonRole).toJsonObject();
    m_json->setPlainText(json.isEmpty() ? QString()
                                        : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    fitPropertyColumns();
}

void DetailsPane::fitPropertyColumns()
{
    // Labels as wide as the longest, but never more than 45 % of the pane: the values need the room more (a longer
    // label wraps).
    m_properties->resizeColumnToContents(0);
    const int cap = m_properties->viewport()->width() * 45 / 100;
    if (m_properties->columnWidth(0) > cap)
        m_properties->setColumnWidth(0, cap);
    // Each row as tall as its wrapped label or value (a view measures wrapped rows once, not when widths change).
    const QFontMetrics metrics(m_properties->font());
    const int margin =
        2 * (m_properties->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_properties) + 1);
    const int widths[2] = {m_properties->columnWidth(0) - margin,
                           m_properties->viewport()->width() - m_properties->columnWidth(0) - margin};
    for (int i = 0; i < m_properties->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_properties->topLevelItem(i);
        int height = metrics.height();
        for (int c = 0; c < 2; ++c) {
            const QRect r =
                metrics.boundingRect(QRect(0, 0, qMax(widths[c], 20), 100000), Qt::TextWordWrap, item->text(c));
            height = qMax(height, r.height());
        }
        for (int c = 0; c < 2; ++c) // the width a line of it needs (what resizeColumnToContents() reads)
            item->setSizeHint(c, QSize(metrics.boundingRect(QRect(), 0, item->text(c)).width() + margin, height + 2));
    }
    m_properties->doItemsLayout();
}

void DetailsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &DetailsPane::fitPropertyColumns);
}

void DetailsPane::describeSubscription(const QModelIndex &index)
{
    const auto s = index.data(ValueRole).value<Subscription>();
    const QJsonObject json = index.data(JsonRole).toJsonObject();
    addProperty(tr("Subscription ID"), s.subscriptionId);
    addProperty(tr("Tenant ID"), json.value(QLatin1String("tenantId")).toString());
    addProperty(tr("State"), AzureTerms::text(s.state), AzureTerms::tooltip(s.state));
    const QString provider = json.value(QLatin1String("provider")).toString();
    addProperty(tr("Microsoft.ContainerRegistry"), provider.isEmpty() ? tr("unknown") : AzureTerms::text(provider),
                provider == QLatin1String("Registered")
                    ? AzureTerms::tooltip(provider)
                    : tr("Registry rules that point at subnets of this subscription are dropped while the provider "
                         "is not registered."));
    QStringList missing;
    for (const QJsonValue &w : json.value(QLatin1String("warnings")).toArray())
        missing << w.toString();
    if (!missing.isEmpty())
        addProperty(tr("Read in part"), missing.join(QLatin1Char('\n')),
                    tr("These items could not be read; everything else of this subscription was."));
}

void DetailsPane::describeVirtualNetwork(const QVariant &value)
{
    const auto v = value.value<VirtualNetwork>();
    addProperty(tr("Location"), v.location);
    addProperty(tr("Address space"), v.addressPrefixes.join(QStringLiteral(", ")));
    addProperty(tr("Subnets"), QString::number(v.json.object()
                                                   .value(QLatin1String("properties"))
                                                   .toObject()
                                                   .value(QLatin1String("subnets"))
                                                   .toArray()
                                                   .size()));
    addProperty(tr("Provisioning state"), AzureTerms::text(v.provisioningState),
                AzureTerms::tooltip(v.provisioningState));
}

void DetailsPane::describeSubnet(const QVariant &value)
{
    const auto s = value.value<Subnet>();
    addProperty(tr("Address prefixes"), s.addressPrefixes.join(QStringLiteral(", ")));
    const auto ep = s.endpoint(Subnet::acrService());
    addProperty(tr("ACR service endpoint"), !ep ? tr("not enabled: registry rules for this subnet grant nothing")
                                            : ep->isSucceeded() ? tr("enabled")
                                                                : AzureTerms::text(ep->provisioningState));
    QStringList endpoints;
    for (const ServiceEndpoint &e : s.serviceEndpoints) {
        QString text = e.service;
        if (!e.locations.isEmpty())
            text += QStringLiteral(" (") + e.locations.join(QStringLiteral(", ")) + QLatin1Char(')');
        endpoints << text;
    }
    addProperty(tr("Service endpoints"), endpoints.isEmpty() ? tr("none") : endpoints.join(QLatin1Char('\n')));
    if (!s.delegations.isEmpty())
        addProperty(tr("Delegated to"), s.delegations.join(QStringLiteral(", ")));
    if (const QString hosts = SubnetHosts::describe(s); !hosts.isEmpty())
        addProperty(tr("Hosts"), hosts, SubnetHosts::whyCannotUseEndpoint(s));
    if (!s.networkSecurityGroupId.isEmpty())
        addProperty(tr("Network security group"), ResourceId::parse(s.networkSecurityGroupId).name(),
                    s.networkSecurityGroupId);
    if (!s.routeTableId.isEmpty())
        addProperty(tr("Route table"), ResourceId::parse(s.routeTableId).name(), s.routeTableId);
    if (s.privateEndpointCount > 0)
        addProperty(tr("Private endpoints"), QString::number(s.privateEndpointCount));
    addProperty(tr("Provisioning state"), AzureTerms::text(s.provisioningState),
                AzureTerms::tooltip(s.provisioningState));
}

void DetailsPane::describeRegistry(const QVariant &value)
{
    const auto r = value.value<Registry>();
    if (m_inventory)
        addProperty(tr("Who can reach it"), AccessEvaluator::summary(r, *m_inventory).join(QLatin1Char('\n')));
    addProperty(tr("Login server"), r.loginServer);
    addProperty(tr("SKU"), r.sku,
                r.isPremium() ? QString() : tr("Only Premium registries can restrict network access."));
    addProperty(tr("Location"), r.location);
    const QString publicAccess = r.publicNetworkAccess.isEmpty() ? QStringLiteral("Enabled") : r.publicNetworkAccess;
    addProperty(tr("Public network access"), AzureTerms::text(publicAccess), AzureTerms::tooltip(publicAccess));
    if (r.networkRuleSet) {
        const NetworkRuleSet &rules = *r.networkRuleSet;
        const QString action = NetworkRuleSet::defaultActionName(rules.defaultAction);
        addProperty(tr("Default action"), AzureTerms::text(action), AzureTerms::tooltip(action));
        QStringList subnets;
        for (const VirtualNetworkRule &rule : rules.virtualNetworkRules) {
            const ResourceId id = rule.subnet();
            // "vnet/subnet" tells rules apart where subnet names repeat across VNets.
            subnets << (id.isValid() ? rule.subnetId.section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') + id.name()
                                     : rule.subnetId);
        }
        addProperty(tr("VNet rules"), rules.virtualNetworkRulesPresent
                                          ? (subnets.isEmpty() ? tr("none") : subnets.join(QLatin1Char('\n')))
                                          : tr("not read"));
        QStringList ips;
        for (const IpRule &rule : rules.ipRules)
            ips << rule.value;
        addProperty(tr("IP rules"), ips.isEmpty() ? tr("none") : ips.join(QLatin1Char('\n')));
    } else {
        addProperty(tr("Network rules"), tr("not available for the %1 SKU: open to all networks").arg(r.sku));
    }
    addProperty(tr("Trusted Azure services"),
                r.networkRuleBypassOptions == QLatin1String("None") ? tr("not allowed") : tr("allowed"));
    QStringList pes;
    for (const PrivateEndpointConnection &c : r.privateEndpointConnections)
        pes << QStringLiteral("%1 (%2)").arg(c.name, AzureTerms::text(c.status));
    addProperty(tr("Private endpoints"), pes.isEmpty() ? tr("none") : pes.join(QLatin1Char('\n')));
    addProperty(tr("Provisioning state"), AzureTerms::text(r.provisioningState),
                AzureTerms::tooltip(r.provisioningState));
}

void DetailsPane::setPortalAvailable(bool available)
{
    m_portalAvailable = available;
    m_portal->setVisible(available && m_copy->isVisibleTo(this));
}

} // namespace acrnet
