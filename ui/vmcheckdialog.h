#pragma once

#include "app/azure/machine.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace acrnet {

class InventoryService;
class MachineCheckModel;
class MachineDirectory;
class VmAccessCheck;

// Seed step 7 from inside the network: "Check access from a VM…". Lists the virtual machines of the subnets (or,
// from a registry, of its subscription and of the subscriptions its VNet rules point into) through their network
// interfaces, predicts each one's access with the evaluator, and on request runs the registry check on the chosen
// machines with Run Command: 401 = reachable, 403 = blocked (with the address the registry saw), no answer —
// flagging any disagreement with the prediction. Shows the equivalent `az vm run-command invoke`. Running a command
// on a machine is not a read: in read-only mode it is asked for first.
class VmCheckDialog : public QDialog
{
    Q_OBJECT

public:
    using Ask = std::function<void(const QString &question, std::function<void(bool)> answer)>;

    VmCheckDialog(InventoryService *inventory, const QString &registryId, const QStringList &subnetIds, bool readOnly,
                  QWidget *parent = nullptr);
    ~VmCheckDialog() override;

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    MachineCheckModel *model() const { return m_model; }
    QString statusText() const;
    // Runs the check on these rows (all listed machines when empty).
    void runChecks(QList<int> rows);
    bool isBusy() const { return m_pendingReads > 0 || !m_checks.isEmpty(); }

signals:
    void machinesListed(int count);
    void checksFinished();

private:
    void buildRegistryCombo(const QString &registryId, const QStringList &subnetIds);
    void readMachines();
    void listed(const QList<VirtualMachine> &machines, const QStringList &warnings);
    void predict();
    void showCommand();
    void startCheck(int row);
    QString currentRegistryId() const;
    void done(int row);

    InventoryService *m_inventory;
    QStringList m_subnetIds;
    bool m_readOnly;
    Ask m_ask;
    MachineCheckModel *m_model;
    QComboBox *m_registry;
    QTableView *m_view;
    QLabel *m_status;
    QLineEdit *m_command;
    QPushButton *m_run;
    QList<VirtualMachine> m_machines;
    QStringList m_warnings;
    QList<QPointer<MachineDirectory>> m_directories;
    QHash<int, QPointer<VmAccessCheck>> m_checks;
    int m_pendingReads = 0;
    bool m_confirmed = false;
};

} // namespace acrnet
