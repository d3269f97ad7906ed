#include "ruleseditordialog.h"
#include "app/audit/accessevaluator.h"
#include "app/azure/clock.h"
#include "app/azure/iprange.h"
#include "app/azure/jsonreader.h"
#include "app/inventory/inventory.h"
#include "app/services/registrylimits.h"
#include "app/services/registryruleswriter.h"
#include "models/stateicons.h"
#include "widgethelpers.h"
#include "windowgeometry.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace acrnet {

RulesEditorDialog::RulesEditorDialog(const Registry &registry, const SubscriptionAccess &access,
                                     const InventorySnapshot *inventory, QWidget *parent)
    : WriteDialog(parent)
    , m_registry(registry)
    , m_subscriptionAccess(access)
    , m_cloud(access.cloud())
    , m_inventory(inventory)
    , m_config(RegistryNetworkConfig::from(registry))
{
    setObjectName(QStringLiteral("rulesEditor"));
    setWindowTitle(tr("Network access of %1").arg(registry.name));
    WindowGeometry::fitToScreen(this, QSize(860, 640));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(
        tr("<b>%1</b> · %2 · %3")
            .arg(registry.name.toHtmlEscaped(), registry.sku.toHtmlEscaped(), registry.location.toHtmlEscaped()),
        this);
    layout->addWidget(title);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEditPage());
    m_pages->addWidget(buildReviewPage());
    layout->addWidget(m_pages, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    refresh();
    // Signing the account out invalidates the access: this window then says so and can send nothing more.
    connect(access.lifetime(), &QObject::destroyed, this, &RulesEditorDialog::onSignedOut);
    // The registry's own limit, from the usages API when it answers (else the documented 100).
    if (RegistryLimitsReader *limits = access.limitsReader(this)) {
        connect(limits, &RegistryLimitsReader::read, this, [this](int vnetRuleLimit) {
            m_vnetLimit = vnetRuleLimit;
            refreshIssues();
        });
        limits->start(registry.id);
    }
}

QWidget *RulesEditorDialog::buildEditPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_access = new QLabel(page);
    m_access->setObjectName(QStringLiteral("accessSentence"));
    m_access->setWordWrap(true);
    layout->addWidget(m_access);
    layout->addWidget(buildSettingsBox(page));
    layout->addWidget(buildVnetBox(page), 2);
    layout->addWidget(buildIpBox(page), 1);
    if (QLabel *pe = buildPrivateEndpointNote(page))
        layout->addWidget(pe);
    buildChecksAndButtons(page, layout);
    return page;
}

QWidget *RulesEditorDialog::buildSettingsBox(QWidget *page)
{
    auto *settings = new QGroupBox(tr("Access"), page);
    auto *form = new QFormLayout(settings);
    m_defaultAction = new QComboBox(settings);
    m_defaultAction->setObjectName(QStringLiteral("defaultActionCombo"));
    m_defaultAction->setAccessibleName(tr("Default action"));
    m_defaultAction->addItem(tr("Allow — every network (rules have no effect)"),
                             int(NetworkRuleSet::DefaultAction::Allow));
    m_defaultAction->addItem(tr("Deny — only the networks below"), int(NetworkRuleSet::DefaultAction::Deny));
    m_publicAccess = new QCheckBox(tr("Public network access"), settings);
    m_publicAccess->setObjectName(QStringLiteral("publicAccessCheck"));
    m_trusted = new QCheckBox(tr("Allow trusted Azure services to bypass the rules"), settings);
    m_trusted->setObjectName(QStringLiteral("trustedServicesCheck"));
    form->addRow(tr("&Default action:"), m_defaultAction);
    form->addRow(QString(), m_publicAccess);
    form->addRow(QString(), m_trusted);
    connect(m_defaultAction, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_config.rules.defaultAction = NetworkRuleSet::DefaultAction(m_defaultAction->currentData().toInt());
        refresh();
    });
    connect(m_publicAccess, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_config.publicNetworkAccess = on;
        refresh();
    });
    connect(m_trusted, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_config.trustedServices = on;
        refresh();
    });

    return settings;
}

QWidget *RulesEditorDialog::buildVnetBox(QWidget *page)
{
    auto *vnetBox = new QGroupBox(tr("Virtual network rules (subnets through their service endpoint)"), page);
    auto *vnetLayout = new QVBoxLayout(vnetBox);
    m_subnets = new QTableWidget(0, 6, vnetBox);
    m_subnets->setObjectName(QStringLiteral("vnetRuleTable"));
    m_subnets->setAccessibleName(tr("VNet rules"));
    m_subnets->setHorizontalHeaderLabels(
        {tr("Subnet"), tr("Virtual network"), tr("Subscription"), tr("Exists"), tr("ACR endpoint"), tr("Effect")});
    m_subnets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subnets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subnets->verticalHeader()->hide();
    m_subnets->horizontalHeader()->setStretchLastSection(true);
    vnetLayout->addWidget(m_subnets);
    auto *vnetButtons = new QHBoxLayout;
    auto *addSubnet = new QPushButton(tr("Add subnets…"), vnetBox);
    addSubnet->setObjectName(QStringLiteral("addSubnetsButton"));
    auto *removeSubnet = new QPushButton(tr("Remove"), vnetBox);
    removeSubnet->setObjectName(QStringLiteral("removeSubnetsButton"));
    removeSubnet->setAccessibleName(tr("Remove selected VNet rules"));
    connect(addSubnet, &QPushButton::clicked, this, [this] {
        if (m_pick)
            m_pick([self = QPointer<RulesEditorDialog>(this)](const QStringList &ids) {
                if (self)
                    self->addSubnets(ids);
            });
    });
    connect(removeSubnet, &QPushButton::clicked, this, &RulesEditorDialog::removeSelectedSubnets);
    vnetButtons->addWidget(addSubnet);
    vnetButtons->addWidget(removeSubnet);
    vnetButtons->addStretch(1);
    vnetLayout->addLayout(vnetButtons);

    return vnetBox;
}

QWidget *RulesEditorDialog::buildIpBox(QWidget *page)
{
    auto *ipBox = new QGroupBox(tr("IP rules (public IPv4 addresses and ranges)"), page);
    auto *ipLayout = new QVBoxLayout(ipBox);
    m_ips = new QListWidget(ipBox);
    m_ips->setObjectName(QStringLiteral("ipRuleList"));
    m_ips->setAccessibleName(tr("IP rules"));
    m_ips->setSelectionMode(QAbstractItemView::ExtendedSelection);
    ipLayout->addWidget(m_ips);
    auto *ipRow = new QHBoxLayout;
    m_ipEdit = new QLineEdit(ipBox);
    m_ipEdit->setObjectName(QStringLiteral("ipRuleEdit"));
    m_ipEdit->setAccessibleName(tr("New IP rule"));
    m_ipEdit->setPlaceholderText(tr("203.0.113.7 or 203.0.113.0/24"));
    auto *addIp = new QPushButton(tr("Add"), ipBox);
    addIp->setObjectName(QStringLiteral("addIpButton"));
    auto *myIp = new QPushButton(tr("Add my IP"), ipBox);
    myIp->setObjectName(QStringLiteral("addMyIpButton"));
    myIp->setToolTip(tr("This machine's public address, as a registry last saw it (Check access learns it)"));
    auto *removeIp = new QPushButton(tr("Remove"), ipBox);
    removeIp->setObjectName(QStringLiteral("removeIpButton"));
    removeIp->setAccessibleName(tr("Remove selected IP rules"));
    connect(addIp, &QPushButton::clicked, this, [this] {
        if (addIpRule(m_ipEdit->text()))
            m_ipEdit->clear();
    });
    new ReturnKeyFilter(m_ipEdit, [addIp] { addIp->click(); });                    // Enter adds the rule, never reviews
    connect(m_ipEdit, &QLineEdit::textChanged, this, [this](const QString &text) { // validated as typed
        QString e;
        m_ipError->setText(text.trimmed().isEmpty() || IpRange::parse(text, &e) ? QString() : e);
    });
    connect(myIp, &QPushButton::clicked, this, [this] {
        if (m_myAddress.isEmpty()) {
            m_ipError->setText(tr("This machine's public address is not known yet: type it (search \"what is my IP\"), "
                                  "or run Check access on a registry that denies it — its answer names the address."));
            m_ipEdit->setFocus();
            return;
        }
        addIpRule(m_myAddress);
    });
    connect(removeIp, &QPushButton::clicked, this, &RulesEditorDialog::removeSelectedIps);
    ipRow->addWidget(m_ipEdit, 1);
    ipRow->addWidget(addIp);
    ipRow->addWidget(myIp);
    ipRow->addWidget(removeIp);
    ipLayout->addLayout(ipRow);
    m_ipError = new QLabel(ipBox);
    m_ipError->setObjectName(QStringLiteral("ipRuleError"));
    m_ipError->setWordWrap(true);
    ipLayout->addWidget(m_ipError);

    return ipBox;
}

QLabel *RulesEditorDialog::buildPrivateEndpointNote(QWidget *page)
{
    if (m_registry.privateEndpointConnections.isEmpty())
        return nullptr;
    QStringList pes;
    for (const PrivateEndpointConnection &c : m_registry.privateEndpointConnections)
        pes << QStringLiteral("%1 (%2)").arg(c.name, c.status);
    auto *pe = new QLabel(tr("Private endpoint connections: %1. Service-endpoint (VNet) rules cannot be combined "
                             "with Private Link on one registry; Microsoft recommends private endpoints for new "
                             "designs.")
                              .arg(pes.join(QStringLiteral(", "))),
                          page);
    pe->setObjectName(QStringLiteral("privateEndpointNote"));
    pe->setWordWrap(true);
    return pe;
}

void RulesEditorDialog::buildChecksAndButtons(QWidget *page, QVBoxLayout *layout)
{
    m_issueView = new QTreeWidget(page);
    m_issueView->setObjectName(QStringLiteral("issueView"));
    m_issueView->setAccessibleName(tr("Checks"));
    m_issueView->setHeaderLabels({tr("Check"), tr("What to do")});
    m_issueView->setRootIsDecorated(false);
    m_issueView->setWordWrap(true);
    m_issueView->setMaximumHeight(140);
    layout->addWidget(m_issueView);

    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Restore open access…"), page);
    open->setObjectName(QStringLiteral("restoreOpenAccessButton"));
    open->setToolTip(tr("Remove every rule and set the default action to Allow (seed step 10)"));
    connect(open, &QPushButton::clicked, this, &RulesEditorDialog::restoreOpenAccess);
    m_fix = new QPushButton(tr("Fix…"), page);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Register the provider or enable the endpoint that the selected check asks for"));
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const int row = m_issueView->indexOfTopLevelItem(m_issueView->currentItem());
        if (row >= 0 && row < m_issues.size() && m_issues.at(row).fix != PreflightIssue::Fix::None)
            emit fixRequested(m_issues.at(row));
    });
    connect(m_issueView, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_issueView->indexOfTopLevelItem(m_issueView->currentItem());
        m_fix->setEnabled(row >= 0 && row < m_issues.size() &&
                          (m_issues.at(row).fix == PreflightIssue::Fix::RegisterProvider ||
                           m_issues.at(row).fix == PreflightIssue::Fix::EnableEndpoint));
    });
    m_review = new QPushButton(tr("Review and apply…"), page);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setDefault(true);
    connect(m_review, &QPushButton::clicked, this, &RulesEditorDialog::review);
    auto *close = new QPushButton(tr("Close"), page);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    buttons->addWidget(open);
    buttons->addWidget(m_fix);
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    buttons->addWidget(close);
    layout->addLayout(buttons);
}

void RulesEditorDialog::setConfig(const RegistryNetworkConfig &config)
{
    m_config = config;
    refresh();
}

void RulesEditorDialog::refresh()
{
    m_updating = true;
    m_defaultAction->setCurrentIndex(m_config.rules.defaultAction == NetworkRuleSet::DefaultAction::Deny ? 1 : 0);
    m_publicAccess->setChecked(m_config.publicNetworkAccess);
    m_trusted->setChecked(m_config.trustedServices);
    m_updating = false;
    m_access->setText(describeAccess(m_config, m_registry.isPremium(),
                                     [this](const QString &subnetId) { return whyIneffective(subnetId); }));

    m_subnets->setRowCount(int(m_config.rules.virtualNetworkRules.size()));
    for (int row = 0; row < m_config.rules.virtualNetworkRules.size(); ++row) {
        const QString id = m_config.rules.virtualNetworkRules.at(row).subnetId;
        const ResourceId subnet = ResourceId::parse(id);
        const QString subscription = subnet.subscriptionId().toLower();
        const bool loaded = m_inventory && m_inventory->isLoaded(subscription);
        const auto found =
            m_inventory ? m_inventory->subnets.constFind(subnet.key()) : QHash<QString, Subnet>::const_iterator();
        const bool exists = m_inventory && found != m_inventory->subnets.constEnd();
        QString endpoint = tr("unknown");
        StateIcons::State state = StateIcons::State::None;
        if (exists) {
            const auto ep = found->endpoint(Subnet::acrService());
            endpoint = !ep ? tr("missing") : ep->isSucceeded() ? tr("enabled") : ep->provisioningState;
            state = !ep                 ? StateIcons::State::Error
                    : ep->isSucceeded() ? StateIcons::State::Ok
                                        : StateIcons::State::Busy;
        }
        const QStringList cells{subnet.isValid() ? subnet.name() : id,
                                subnet.isValid() ? id.section(QLatin1Char('/'), -3, -3) : QString(),
                                m_inventory && m_inventory->subscriptions.contains(subscription)
                                    ? m_inventory->subscriptions.value(subscription).displayName
                                    : subnet.subscriptionId(),
                                exists   ? tr("yes")
                                : loaded ? tr("no — deleted?")
                                         : tr("not loaded"),
                                endpoint,
                                !loaded                        ? tr("unknown: its subscription is not loaded")
                                : whyIneffective(id).isEmpty() ? tr("grants access")
                                                               : tr("grants nothing: %1").arg(whyIneffective(id))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(id);
            m_subnets->setItem(row, c, item);
        }
        if (state != StateIcons::State::None)
            m_subnets->item(row, 4)->setIcon(StateIcons::icon(state));
    }
    m_subnets->resizeColumnsToContents();

    m_ips->clear();
    for (const IpRule &r : m_config.rules.ipRules)
        m_ips->addItem(r.value);
    refreshIssues();
}

QString RulesEditorDialog::whyIneffective(const QString &subnetId) const
{
    return m_inventory ? AccessEvaluator::whyRuleGrantsNothing(subnetId, *m_inventory) : QString();
}

void RulesEditorDialog::refreshIssues()
{
    static const InventorySnapshot empty;
    m_issues = RulePreflight::check(m_registry, original(), m_config, m_cloud, m_inventory ? *m_inventory : empty,
                                    m_vnetLimit);
    m_issueView->clear();
    for (const PreflightIssue &i : std::as_const(m_issues)) {
        auto *item = new QTreeWidgetItem(m_issueView, {i.text, i.fixText});
        item->setIcon(0, StateIcons::icon(i.isBlocker() ? StateIcons::State::Error : StateIcons::State::Warning));
        item->setToolTip(0, i.text);
        item->setToolTip(1, i.fixText);
    }
    m_issueView->setVisible(!m_issues.isEmpty());
    m_fix->setEnabled(false);
    const bool changed = m_config != original();
    m_review->setEnabled(changed && !RulePreflight::hasBlockers(m_issues));
    m_review->setToolTip(!changed                               ? tr("Nothing has changed yet.")
                         : RulePreflight::hasBlockers(m_issues) ? tr("Resolve the checks marked ✖ first.")
                                                                : QString());
}

void RulesEditorDialog::addSubnets(const QStringList &subnetIds)
{
    for (const QString &id : subnetIds) {
        if (!m_config.hasVirtualNetworkRule(id))
            m_config.rules.virtualNetworkRules.append(VirtualNetworkRule{id, QStringLiteral("Allow")});
    }
    m_config.rules.virtualNetworkRulesPresent = true;
    refresh();
}

bool RulesEditorDialog::addIpRule(const QString &text)
{
    QString error;
    const auto range = IpRange::parse(text, &error);
    if (!range) {
        m_ipError->setText(error);
        return false;
    }
    if (m_config.hasIpRule(range->text())) {
        m_ipError->setText(tr("%1 is already in the list.").arg(range->text()));
        return false;
    }
    m_ipError->clear();
    m_config.rules.ipRules.append(IpRule{range->text(), QStringLiteral("Allow")});
    refresh();
    return true;
}

void RulesEditorDialog::removeSelectedSubnets()
{
    QList<int> rows;
    for (const QModelIndex &i : m_subnets->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_config.rules.virtualNetworkRules.removeAt(row);
    refresh();
}

void RulesEditorDialog::removeSelectedIps()
{
    QList<int> rows;
    for (const QModelIndex &i : m_ips->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_config.rules.ipRules.removeAt(row);
    refresh();
}

void RulesEditorDialog::restoreOpenAccess()
{
    m_config = RegistryNetworkConfig::openAccess(original());
    refresh();
    review();
}

void RulesEditorDialog::setBusy(bool busy)
{
    m_apply->setEnabled(!busy && !m_signedOut && !m_previewOnly);
    m_back->setEnabled(!busy);
}

void RulesEditorDialog::onSignedOut()
{
    m_signedOut = true;
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("The account was signed out."));
    const QString said = m_status->text();
    const QString now = tr("The account that opened this editor was signed out: nothing more can be sent from this "
                           "window. Sign in again and open the editor anew.");
    m_status->setText(said.isEmpty() ? now : said + QLatin1Char('\n') + now);
}

void RulesEditorDialog::setPreviewOnly(bool preview)
{
    m_previewOnly = preview;
    m_apply->setEnabled(!preview && !m_signedOut);
    m_apply->setToolTip(preview ? tr("Read-only: this shows what the change would send, and sends nothing.")
                                : QString());
    m_fix->setVisible(!preview);
}

void RulesEditorDialog::apply()
{
    if (m_previewOnly)
        return;
    RegistryRulesWriter *writer = m_signedOut ? nullptr : m_subscriptionAccess.rulesWriter(this);
    if (!writer)
        return;
    m_writer = writer;
    writer->setVerifyDelayMs(m_verifyDelayMs);
    setBusy(true);
    const RegistryNetworkConfig before = original();
    const RegistryNetworkConfig after = m_config;
    connect(writer, &RegistryRulesWriter::progress, m_status, &QLabel::setText);
    connect(writer, &RegistryRulesWriter::conflict, this, &RulesEditorDialog::onConflict);
    connect(writer, &RegistryRulesWriter::failed, this, [this, before, after](const ArmError &e, bool unchanged) {
        setBusy(false);
        // userText() already carries the service's code and the suggestion: each said once.
        QString text = tr("Not applied: %1").arg(e.userText());
        if (!e.requestId().isEmpty())
            text += QLatin1Char(' ') + tr("(request ID %1)").arg(e.requestId());
        text += QLatin1Char(' ') + (unchanged ? tr("The registry is unchanged.")
                                              : tr("The registry may have changed: refresh before trying again."));
        m_status->setText(text);
        emit applied(m_registry, before, after, false, text);
    });
    connect(writer, &RegistryRulesWriter::succeeded, this,
            [this, before, after](const Registry &final, const QStringList &missing) {
                m_registry = final;
                m_config = RegistryNetworkConfig::from(final);
                QString text = tr("Applied at %1 — it may take a few minutes to take effect.")
                                   .arg(QLocale().toString(Clock::now().time(), QLocale::ShortFormat));
                if (!missing.isEmpty())
                    text += QLatin1Char(' ') + tr("The service did not keep these rules: %1. Check that "
                                                  "Microsoft.ContainerRegistry is registered in their subscriptions "
                                                  "and that the subnets have the endpoint.")
                                                   .arg(missing.join(QStringLiteral(", ")));
                m_status->setText(text);
                m_apply->setEnabled(false);
                m_back->setEnabled(true);
                refresh();
                emit applied(final, before, after, true, text);
                emit registryChanged(final);
            });
    connect(writer, &RegistryRulesWriter::rulesVanished, this, [this](const Registry &later, const QStringList &gone) {
        m_registry = later;
        m_config = RegistryNetworkConfig::from(later);
        refresh();
        m_status->setText(tr("These rules vanished after the change: %1. The service drops a rule whose subnet's "
                             "subscription does not have Microsoft.ContainerRegistry registered — register it, then "
                             "add the rule again.")
                              .arg(gone.join(QStringLiteral(", "))));
        emit registryChanged(later);
    });
    connect(writer, &RegistryRulesWriter::changedByOthers, this, [this](const Registry &now, const QStringList &lines) {
        m_registry = now;
        m_config = RegistryNetworkConfig::from(now);
        refresh();
        m_status->setText(m_status->text() + QLatin1Char('\n') +
                          tr("Someone else changed this registry right after your change (desired → found):\n%1\n"
                             "The editor now shows what is there; the Activity log's Restore puts back the state "
                             "from before your change.")
                              .arg(lines.join(QLatin1Char('\n'))));
        emit registryChanged(now);
    });
    emit writeStarted(writer, m_registry, before, after);
    writer->apply(m_registry, after);
}

void RulesEditorDialog::onConflict(const Registry &fresh)
{
    setBusy(false);
    const RegistryNetworkConfig base = original();
    const RegistryChangeDiff theirs = RegistryChangeDiff::between(base, RegistryNetworkConfig::from(fresh));
    const RegistryNetworkConfig merged = mergeConfigs(base, m_config, RegistryNetworkConfig::from(fresh));
    m_registry = fresh; // from now on the editor works on top of what is really there
    m_config = merged;
    refresh();
    m_pages->setCurrentIndex(0);
    m_status->setText(tr("Nothing was sent: someone changed this registry after you opened it:\n%1\nYour changes were "
                         "merged on top of theirs — review and apply again.")
                          .arg(theirs.lines().join(QLatin1Char('\n'))));
    emit registryChanged(fresh);
}

QString RulesEditorDialog::statusText() const
{
    return m_status->text();
}

} // namespace acrnet
