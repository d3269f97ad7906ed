#include "serviceendpointdialog.h"
#include "app/inventory/inventory.h"
#include "models/stateicons.h"
#include "windowgeometry.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace acrnet {

ServiceEndpointDialog::ServiceEndpointDialog(const QStringList &subnetIds, bool enable,
                                             SubnetEndpointWriter::ClientFor clients,
                                             const InventorySnapshot *inventory, QWidget *parent)
    : WriteDialog(parent)
    , m_subnets(subnetIds)
    , m_clients(std::move(clients))
    , m_inventory(inventory)
{
    setObjectName(QStringLiteral("serviceEndpointDialog"));
    setWindowTitle(tr("Microsoft.ContainerRegistry service endpoint"));
    WindowGeometry::fitToScreen(this, QSize(760, 520));
    auto *layout = new QVBoxLayout(this);
    m_enable = new QRadioButton(tr("Enable the endpoint"), this);
    m_enable->setObjectName(QStringLiteral("enableRadio"));
    m_disable = new QRadioButton(tr("Disable the endpoint"), this);
    m_disable->setObjectName(QStringLiteral("disableRadio"));
    (enable ? m_enable : m_disable)->setChecked(true);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_enable);
    choice->addWidget(m_disable);
    choice->addStretch(1);
    layout->addLayout(choice);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("endpointWarning"));
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);
    m_table = new QTableWidget(int(subnetIds.size()), 3, this);
    m_table->setObjectName(QStringLiteral("endpointSubnetTable"));
    m_table->setAccessibleName(tr("Subnets"));
    m_table->setHorizontalHeaderLabels({tr("Subnet"), tr("Now"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < subnetIds.size(); ++row) {
        const ResourceId id = ResourceId::parse(subnetIds.at(row));
        const auto found =
            m_inventory ? m_inventory->subnets.constFind(id.key()) : QHash<QString, Subnet>::const_iterator();
        QString now = tr("unknown");
        if (m_inventory && found != m_inventory->subnets.constEnd()) {
            QStringList services;
            for (const ServiceEndpoint &e : found->serviceEndpoints)
                services << e.service;
            now = services.isEmpty() ? tr("no endpoints") : services.join(QStringLiteral(", "));
        }
        auto *name =
            new QTableWidgetItem(subnetIds.at(row).section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') + id.name());
        name->setToolTip(subnetIds.at(row));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(now));
        m_table->setItem(row, 2, new QTableWidgetItem(QString()));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("The same with the Azure CLI (it replaces the whole list, so every endpoint to "
                                    "keep is named):"),
                                 this));
    m_commands = new QPlainTextEdit(this);
    m_commands->setObjectName(QStringLiteral("endpointCommands"));
    m_commands->setAccessibleName(tr("Azure CLI commands"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setMaximumHeight(110);
    layout->addWidget(m_commands);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("endpointSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("endpointApplyButton"));
    auto *close = new QPushButton(tr("Close"), this);
    connect(m_apply, &QPushButton::clicked, this, &ServiceEndpointDialog::apply);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_enable, &QRadioButton::toggled, this, &ServiceEndpointDialog::updateTexts);
    updateTexts();
}

bool ServiceEndpointDialog::enabling() const
{
    return m_enable->isChecked();
}

QString ServiceEndpointDialog::warningText() const
{
    return m_warning->text();
}

QString ServiceEndpointDialog::summaryText() const
{
    return m_summary->text();
}

void ServiceEndpointDialog::updateTexts()
{
    QStringList commands;
    for (const QString &id : std::as_const(m_subnets)) {
        const ResourceId subnet = ResourceId::parse(id);
        QJsonObject json;
        if (m_inventory)
            json = m_inventory->subnets.value(subnet.key()).json.object();
        commands << SubnetEndpointWriter::azCommand(subnet, json, enabling());
    }
    m_commands->setPlainText(commands.join(QLatin1Char('\n')));
    if (enabling()) {
        m_warning->setText(tr("Enabling a service endpoint switches the subnet's traffic to Azure services to the "
                              "subnet's private addresses, and can briefly reset open connections from its VMs. "
                              "Other endpoints of the subnet are kept."));
        return;
    }
    QStringList dependent;
    if (m_inventory) {
        for (const QString &id : std::as_const(m_subnets)) {
            for (const Registry &r : m_inventory->registriesWithRuleFor(id))
                dependent << tr("%1 (rule for %2)").arg(r.name, ResourceId::parse(id).name());
        }
    }
    m_warning->setText(dependent.isEmpty()
                           ? tr("Disabling the endpoint makes registry rules for these subnets grant nothing. No "
                                "loaded registry has such a rule.")
                           : tr("Disabling the endpoint makes registry rules for these subnets grant nothing. These "
                                "registries depend on it: %1.")
                                 .arg(dependent.join(QStringLiteral(", "))));
}

void ServiceEndpointDialog::apply()
{
    auto *writer = new SubnetEndpointWriter(m_clients, this);
    m_writer = writer;
    m_apply->setEnabled(false);
    m_enable->setEnabled(false);
    m_disable->setEnabled(false);
    connect(writer, &SubnetEndpointWriter::subnetStarted, this, [this](const QString &id) {
        const int row = int(m_subnets.indexOf(id));
        if (row >= 0) {
            m_table->item(row, 2)->setText(tr("updating…"));
            m_table->item(row, 2)->setIcon(StateIcons::icon(StateIcons::State::Busy));
        }
    });
    connect(writer, &SubnetEndpointWriter::subnetFinished, this, [this](const SubnetEndpointWriter::Result &r) {
        const int row = int(m_subnets.indexOf(r.subnetId));
        if (row >= 0) {
            QString text;
            StateIcons::State state = StateIcons::State::Ok;
            switch (r.outcome) {
            case SubnetEndpointWriter::Outcome::Changed:
                text = enabling() ? tr("enabled") : tr("disabled");
                break;
            case SubnetEndpointWriter::Outcome::AlreadyThatWay:
                text = tr("already so — unchanged");
                state = StateIcons::State::Info;
                break;
            case SubnetEndpointWriter::Outcome::Failed: {
                // "Unchanged" only when nothing was sent or a read after the failure showed it so.
                const QString detail =
                    r.error.userText() +
                    (r.error.code().isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.error.code()));
                if (!r.sent && r.error.kind() == ArmError::Kind::Cancelled)
                    text = tr("cancelled — nothing was sent");
                else if (!r.sent)
                    text = tr("failed, nothing was sent: %1").arg(detail);
                else if (r.verifiedAt.isValid())
                    text = tr("failed, unchanged (verified by re-read at %1): %2")
                               .arg(QLocale().toString(r.verifiedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
                                    detail);
                else
                    text = tr("failed — state unknown, re-check it in the Activity log: %1").arg(detail);
                state = StateIcons::State::Error;
                break;
            }
            }
            m_table->item(row, 2)->setText(text);
            m_table->item(row, 2)->setToolTip(text);
            m_table->item(row, 2)->setIcon(StateIcons::icon(state));
        }
        emit subnetChanged(r);
    });
    connect(writer, &SubnetEndpointWriter::finished, this, [this](int changed, int unchanged, int failed) {
        m_summary->setText(tr("%1 changed, %2 already so, %3 failed.").arg(changed).arg(unchanged).arg(failed));
        emit finished(changed, unchanged, failed);
    });
    emit writerStarted(writer, enabling());
    writer->apply(m_subnets, enabling());
}

} // namespace acrnet
