#include "vmcheckdialog.h"
#include "app/services/inventoryservice.h"
#include "app/services/vmaccesscheck.h"
#include "models/machinecheckmodel.h"
#include "presentation.h"
#include "windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acrnet {

VmCheckDialog::VmCheckDialog(InventoryService *inventory, const QString &registryId, const QStringList &subnetIds,
                             bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_subnetIds(subnetIds)
    , m_readOnly(readOnly)
    , m_model(presentedModel<MachineCheckModel>(this))
{
    setObjectName(QStringLiteral("vmCheckDialog"));
    setWindowTitle(tr("Check access from a virtual machine"));
    m_ask = [this](const QString &question, std::function<void(bool)> answer) {
        auto *box =
            new QMessageBox(QMessageBox::Question, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, this);
        box->setObjectName(QStringLiteral("runCommandConfirmBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [answer](int r) { answer(r == QMessageBox::Yes); });
        box->open();
    };
    auto *intro = new QLabel(tr("Runs an anonymous GET https://<registry>/v2/ on each chosen machine with Run Command "
                                "(step 7 of the walkthrough, from inside the network): 401 means the network rules "
                                "let it through, 403 that they block it. Nothing is pulled and no credential is "
                                "used. \"Check access from this machine\" tests from outside."),
                             this);
    intro->setWordWrap(true);
    buildRegistryCombo(registryId, subnetIds);
    auto *form = new QFormLayout;
    auto *registryLabel = new QLabel(tr("&Registry:"), this);
    registryLabel->setBuddy(m_registry);
    form->addRow(registryLabel, m_registry);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("vmCheckView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Virtual machines"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("vmCheckStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("vmCheckCommand"));
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Equivalent Azure CLI command"));
    auto *commandLabel = new QLabel(tr("&Equivalent command:"), this);
    commandLabel->setBuddy(m_command);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run check"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("runVmCheckButton"));
    m_run->setEnabled(false);
    m_run->setToolTip(tr("Runs the check on the selected machines (all of them when none is selected)."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            rows << i.row();
        runChecks(rows);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(commandLabel);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    WindowGeometry::fitToScreen(this, QSize(1100, 460));

    connect(m_registry, &QComboBox::currentIndexChanged, this, [this] {
        predict();
        showCommand();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VmCheckDialog::showCommand);
    readMachines();
}

// The loaded registries by name; the one asked for first (or, from subnets, one whose rules name them).
void VmCheckDialog::buildRegistryCombo(const QString &registryId, const QStringList &subnetIds)
{
    m_registry = new QComboBox(this);
    m_registry->setObjectName(QStringLiteral("vmCheckRegistryCombo"));
    m_registry->setAccessibleName(tr("Registry"));
    QList<Registry> registries = m_inventory->snapshot().registries.values();
    std::sort(registries.begin(), registries.end(),
              [](const Registry &a, const Registry &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const Registry &r : std::as_const(registries))
        m_registry->addItem(r.name, r.id.toString());
    int preferred = m_registry->findData(registryId, Qt::UserRole, Qt::MatchFixedString);
    if (preferred < 0 && !subnetIds.isEmpty()) { // from subnets: a registry whose rules name one of them
        for (const QString &s : subnetIds) {
            const QList<Registry> ruled = m_inventory->snapshot().registriesWithRuleFor(s);
            if (!ruled.isEmpty() && preferred < 0)
                preferred = m_registry->findData(ruled.first().id.toString());
        }
    }
    m_registry->setCurrentIndex(qMax(0, preferred));
}

VmCheckDialog::~VmCheckDialog()
{
    for (const QPointer<MachineDirectory> &d : std::as_const(m_directories)) {
        if (d)
            d->cancel();
    }
    for (const QPointer<VmAccessCheck> &c : std::as_const(m_checks)) {
        if (c)
            c->cancel();
    }
}

QString VmCheckDialog::currentRegistryId() const
{
    return m_registry->currentData().toString();
}

QString VmCheckDialog::statusText() const
{
    return m_status->text();
}

void VmCheckDialog::readMachines()
{
    // Which subscriptions: those of the subnets; from a registry, its own and those its VNet rules point into.
    QStringList subscriptions;
    QStringList filter;
    if (!m_subnetIds.isEmpty()) {
        filter = m_subnetIds;
        for (const QString &s : std::as_const(m_subnetIds))
            subscriptions << ResourceId::parse(s).subscriptionId().toLower();
    } else {
        const Registry r = m_inventory->snapshot().registries.value(currentRegistryId().toLower());
        subscriptions << r.id.subscriptionId().toLower();
        if (r.networkRuleSet) {
            for (const VirtualNetworkRule &rule : r.networkRuleSet->virtualNetworkRules) {
                const QString sub = ResourceId::parse(rule.subnetId).subscriptionId().toLower();
                if (m_inventory->snapshot().isLoaded(sub))
                    subscriptions << sub;
            }
        }
    }
    subscriptions.removeDuplicates();
    subscriptions.removeAll(QString());
    m_status->setText(tr("Reading the virtual machines of %n subscription(s)…", nullptr, int(subscriptions.size())));
    for (const QString &sub : std::as_const(subscriptions)) {
        MachineDirectory *directory = m_inventory->access(sub).machineDirectory(this);
        if (!directory) {
            m_warnings << tr("Subscription %1: no signed-in account can read it.").arg(sub);
            continue;
        }
        m_directories << directory;
        ++m_pendingReads;
        connect(directory, &MachineDirectory::finished, this,
                [this, directory](const QList<VirtualMachine> &machines, const QStringList &warnings) {
                    directory->deleteLater();
                    listed(machines, warnings);
                });
        connect(directory, &MachineDirectory::failed, this, [this, directory, sub](const ArmError &e) {
            directory->deleteLater();
            m_warnings << (e.kind() == ArmError::Kind::Forbidden
                               ? tr("Subscription %1: you may not list its virtual machines or network interfaces "
                                    "(Microsoft.Compute/virtualMachines/read and "
                                    "Microsoft.Network/networkInterfaces/read; Reader grants both).")
                                     .arg(sub)
                               : tr("Subscription %1: %2").arg(sub, e.userText()));
            listed({}, {});
        });
        directory->read(sub, filter);
    }
    if (m_pendingReads == 0)
        listed({}, {});
}

void VmCheckDialog::listed(const QList<VirtualMachine> &machines, const QStringList &warnings)
{
    m_machines += machines;
    m_warnings += warnings;
    if (m_pendingReads > 0 && --m_pendingReads > 0)
        return;
    std::sort(m_machines.begin(), m_machines.end(), [](const VirtualMachine &a, const VirtualMachine &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    m_inventory->rememberMachines(m_machines);
    m_model->setMachines(m_machines);
    m_view->resizeColumnsToContents();
    predict();
    QString text = m_machines.isEmpty() ? tr("No virtual machine found.")
                                        : tr("%n virtual machine(s).", nullptr, int(m_machines.size()));
    if (!m_warnings.isEmpty())
        text += QLatin1Char(' ') + tr("Incomplete — %1").arg(m_warnings.join(QLatin1Char(' ')));
    m_status->setText(text);
    m_run->setEnabled(!m_machines.isEmpty());
    if (!m_machines.isEmpty())
        m_view->selectRow(0);
    emit machinesListed(int(m_machines.size()));
}

void VmCheckDialog::predict()
{
    const Registry r = m_inventory->snapshot().registries.value(currentRegistryId().toLower());
    QList<AccessDecision> predictions;
    for (const VirtualMachine &vm : std::as_const(m_machines))
        predictions << AccessEvaluator::fromMachine(r, vm, m_inventory->snapshot());
    m_model->setPredictions(predictions);
}

void VmCheckDialog::showCommand()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const Registry r = m_inventory->snapshot().registries.value(currentRegistryId().toLower());
    // Through presentation mode here too, not only when painted: the text can be read before its first paint.
    m_command->setText(row >= 0 && row < m_machines.size()
                           ? Presentation::instance()->shown(VmAccessCheck::azCommand(m_machines.at(row), r))
                           : QString());
    m_command->setCursorPosition(0);
}

void VmCheckDialog::runChecks(QList<int> rows)
{
    if (rows.isEmpty()) {
        for (int i = 0; i < m_machines.size(); ++i)
            rows << i;
    }
    if (m_readOnly && !m_confirmed) {
        QStringList names;
        for (int row : std::as_const(rows))
            names << m_machines.value(row).name;
        m_ask(tr("Read-only mode: this runs a command on %1 (an anonymous request to the registry; nothing on the "
                 "machine is changed, but Run Command is an action on it and is recorded in its activity log). "
                 "Run it?")
                  .arg(names.join(QStringLiteral(", "))),
              [this, rows](bool yes) {
                  if (!yes)
                      return;
                  m_confirmed = true;
                  runChecks(rows);
              });
        return;
    }
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < m_machines.size() && !m_checks.contains(row))
            startCheck(row);
    }
}

void VmCheckDialog::startCheck(int row)
{
    const VirtualMachine &vm = m_machines.at(row);
    if (!vm.powerState.isEmpty() && !vm.isRunning()) {
        m_model->setError(
            row, tr("%1 is %2: Run Command needs a running machine. Start it first.").arg(vm.name, vm.powerState));
        return;
    }
    const Registry r = m_inventory->snapshot().registries.value(currentRegistryId().toLower());
    VmAccessCheck *check =
        r.loginServer.isEmpty() ? nullptr : m_inventory->access(vm.id.subscriptionId()).vmAccessCheck(vm, r, this);
    if (!check) {
        m_model->setError(row, tr("no signed-in account can reach this machine's subscription"));
        return;
    }
    m_checks.insert(row, check);
    m_model->setRunning(row, tr("sent"));
    connect(check, &VmAccessCheck::progress, this,
            [this, row](const QString &status) { m_model->setRunning(row, status); });
    connect(check, &VmAccessCheck::finished, this, [this, row](const ProbeResult &result) {
        m_model->setResult(row, result);
        done(row);
    });
    connect(check, &VmAccessCheck::failed, this, [this, row](const ArmError &e) {
        m_model->setError(row, e.kind() == ArmError::Kind::Forbidden
                                   ? tr("you may not run commands on this machine (it needs "
                                        "Microsoft.Compute/virtualMachines/runCommand/action, e.g. Virtual Machine "
                                        "Contributor): %1")
                                         .arg(e.userText())
                                   : e.userText());
        done(row);
    });
    check->start();
}

void VmCheckDialog::done(int row)
{
    if (QPointer<VmAccessCheck> check = m_checks.take(row))
        check->deleteLater();
    m_view->resizeColumnToContents(MachineCheckModel::Result);
    if (m_checks.isEmpty())
        emit checksFinished();
}

} // namespace acrnet
