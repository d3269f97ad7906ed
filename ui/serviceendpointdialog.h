#pragma once

#include "app/services/subnetendpointwriter.h"

#include "writedialog.h"
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace acrnet {

struct InventorySnapshot;

// Seed step 3 for one or many subnets (across VNets and subscriptions): enable or disable the
// Microsoft.ContainerRegistry service endpoint, keeping every other endpoint and property. Warns what each
// direction does; per-subnet progress; a summary at the end. Modeless.
class ServiceEndpointDialog : public WriteDialog
{
    Q_OBJECT

public:
    ServiceEndpointDialog(const QStringList &subnetIds, bool enable, SubnetEndpointWriter::ClientFor clients,
                          const InventorySnapshot *inventory, QWidget *parent = nullptr);

    QString warningText() const;
    QString summaryText() const;
    bool enabling() const;

public slots:
    void apply();

signals:
    void subnetChanged(const acrnet::SubnetEndpointWriter::Result &result);
    void finished(int changed, int unchanged, int failed);
    // The writes are under way: whoever owns writes takes the writer over (it outlives this dialog).
    void writerStarted(acrnet::SubnetEndpointWriter *writer, bool enabling);

private:
    void updateTexts();

    QStringList m_subnets;
    SubnetEndpointWriter::ClientFor m_clients;
    const InventorySnapshot *m_inventory;
    QRadioButton *m_enable;
    QRadioButton *m_disable;
    QLabel *m_warning;
    QTableWidget *m_table;
    QPlainTextEdit *m_commands;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPointer<SubnetEndpointWriter> m_writer;
};

} // namespace acrnet
