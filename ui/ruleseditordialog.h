#pragma once

#include "app/azure/cloud.h"
#include "app/services/registrychange.h"
#include "app/services/rulepreflight.h"
#include "app/services/subscriptionaccess.h"

#include "writedialog.h"
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace acrnet {

class RegistryRulesWriter;
struct InventorySnapshot;

// Edits one registry's network access (seed steps 5, 6, 8, 9, 10): default action, public access, trusted
// services, VNet rules and IP rules, with every pre-flight check shown in place. "Review and apply" turns to a
// second page with the before/after diff, the access sentence, the equivalent az commands and the ARM request;
// Apply goes through RegistryRulesWriter (re-read, conflict → merge, one PATCH, verify). Modeless.
class RulesEditorDialog : public WriteDialog
{
    Q_OBJECT

public:
    // Picks subnets (IDs) to add; the dialog asks, the caller answers later. Tests replace it.
    using PickSubnets = std::function<void(std::function<void(const QStringList &)> picked)>;

    RulesEditorDialog(const Registry &registry, const SubscriptionAccess &access, const InventorySnapshot *inventory,
                      QWidget *parent = nullptr);

    void setConfig(const RegistryNetworkConfig &config); // the editor's working value
    RegistryNetworkConfig config() const { return m_config; }
    RegistryNetworkConfig original() const { return RegistryNetworkConfig::from(m_registry); }
    void setPickSubnets(PickSubnets pick) { m_pick = std::move(pick); }
    void setKnownPublicAddress(const QString &address) { m_myAddress = address; }
    void setVerifyDelayMs(int ms) { m_verifyDelayMs = ms; }
    // Up to the review page only: Apply and Fix… stay disabled, apply() sends nothing.
    void setPreviewOnly(bool preview);
    int virtualNetworkRuleLimit() const { return m_vnetLimit; }
    QList<PreflightIssue> issues() const { return m_issues; }
    QString statusText() const;

public slots:
    // The inventory was read again (an endpoint enabled, a provider registered): the checks are re-run.
    void inventoryChanged() { refresh(); }
    void addSubnets(const QStringList &subnetIds);
    bool addIpRule(const QString &text);
    void restoreOpenAccess();
    void review();
    void apply();

signals:
    // A fix the editor cannot do itself: register a provider, enable an endpoint (target: subscription/subnet ID).
    void fixRequested(const acrnet::PreflightIssue &issue);
    // The registry changed (applied, or found changed by someone else): the inventory should read it again.
    void registryChanged(const acrnet::Registry &registry);
    // The write is under way: whoever owns writes takes the writer over (it outlives this dialog).
    void writeStarted(acrnet::RegistryRulesWriter *writer, const acrnet::Registry &registry,
                      const acrnet::RegistryNetworkConfig &before, const acrnet::RegistryNetworkConfig &desired);
    // How it ended, as this window saw it.
    void applied(const acrnet::Registry &registry, const acrnet::RegistryNetworkConfig &before,
                 const acrnet::RegistryNetworkConfig &after, bool succeeded, const QString &message);

private:
    QWidget *buildEditPage();
    QWidget *buildSettingsBox(QWidget *page);
    QWidget *buildVnetBox(QWidget *page);
    QWidget *buildIpBox(QWidget *page);
    QLabel *buildPrivateEndpointNote(QWidget *page);
    void buildChecksAndButtons(QWidget *page, QVBoxLayout *layout);
    QWidget *buildReviewPage();
    void refresh();
    void refreshIssues();
    // Why a VNet rule grants nothing (provider, subnet, endpoint), from the evaluator; empty when it grants.
    QString whyIneffective(const QString &subnetId) const;
    void removeSelectedSubnets();
    void removeSelectedIps();
    void onConflict(const Registry &fresh);
    void setBusy(bool busy);

    void onSignedOut();

    Registry m_registry;
    SubscriptionAccess m_subscriptionAccess; // the account may be signed out while the editor is open
    Cloud m_cloud;
    bool m_signedOut = false;
    bool m_previewOnly = false;
    const InventorySnapshot *m_inventory;
    RegistryNetworkConfig m_config;
    RegistryNetworkConfig m_mergeBase; // set after a conflict: what the merge started from
    QList<PreflightIssue> m_issues;
    PickSubnets m_pick;
    QString m_myAddress;
    int m_verifyDelayMs = 15000;
    QPointer<RegistryRulesWriter> m_writer;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_access = nullptr;
    QComboBox *m_defaultAction = nullptr;
    QCheckBox *m_publicAccess = nullptr;
    QCheckBox *m_trusted = nullptr;
    QTableWidget *m_subnets = nullptr;
    QListWidget *m_ips = nullptr;
    QLineEdit *m_ipEdit = nullptr;
    QLabel *m_ipError = nullptr;
    QTreeWidget *m_issueView = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_review = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QLabel *m_reviewAccess = nullptr;
    QLabel *m_losses = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_back = nullptr;
    bool m_updating = false;
    int m_vnetLimit = RulePreflight::defaultVirtualNetworkRuleLimit();
};

} // namespace acrnet
