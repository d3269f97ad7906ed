#include "networksettingsdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace acrnet {

NetworkSettingsDialog::NetworkSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("networkSettingsDialog"));
    setWindowTitle(tr("Network settings"));
    setMinimumWidth(560);
    auto *form = new QFormLayout(this);
    m_proxy = new QButtonGroup(this);
    auto *system = new QRadioButton(tr("Use the system proxy settings"), this);
    system->setObjectName(QStringLiteral("systemProxyRadio"));
    auto *none = new QRadioButton(tr("No proxy"), this);
    none->setObjectName(QStringLiteral("noProxyRadio"));
    auto *manual = new QRadioButton(tr("Manual proxy:"), this);
    manual->setObjectName(QStringLiteral("manualProxyRadio"));
    m_proxy->addButton(system, int(NetworkOptions::Proxy::System));
    m_proxy->addButton(none, int(NetworkOptions::Proxy::None));
    m_proxy->addButton(manual, int(NetworkOptions::Proxy::Manual));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("proxyHostEdit"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("proxyPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setAccessibleName(tr("Proxy port"));
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(manual);
    manualRow->addWidget(m_host, 1);
    manualRow->addWidget(m_port);
    m_bundle = new QLineEdit(this);
    m_bundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_bundle->setPlaceholderText(tr("Optional: PEM file with your proxy's CA certificate"));
    m_bundle->setAccessibleName(tr("Extra CA certificates"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_bundle, 1);
    bundleRow->addWidget(browse);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(tr("&Proxy:"), system);
    form->addRow(QString(), none);
    form->addRow(QString(), manualRow);
    auto *bundleLabel = new QLabel(tr("Extra &CA certificates:"), this);
    bundleLabel->setBuddy(m_bundle);
    form->addRow(bundleLabel, bundleRow);
    form->addRow(m_problem);
    form->addRow(buttons);
    m_pick = [this](std::function<void(const QString &)> chosen) {
        auto *dialog =
            new QFileDialog(this, tr("CA certificates (PEM)"), QString(), tr("PEM files (*.pem *.crt);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, chosen);
        dialog->open();
    };
    connect(browse, &QPushButton::clicked, this,
            [this] { m_pick([this](const QString &file) { m_bundle->setText(file); }); });
    connect(buttons, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, buttons] {
        const bool manualOn = m_proxy->checkedId() == int(NetworkOptions::Proxy::Manual);
        m_host->setEnabled(manualOn);
        m_port->setEnabled(manualOn);
        const QString p = problem();
        m_problem->setText(p);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
    };
    connect(m_proxy, &QButtonGroup::idClicked, this, update);
    connect(m_host, &QLineEdit::textChanged, this, update);
    connect(m_port, &QSpinBox::valueChanged, this, update);
    setOptions(NetworkOptions());
    update();
}

void NetworkSettingsDialog::setOptions(const NetworkOptions &options)
{
    m_proxy->button(int(options.proxy))->setChecked(true);
    m_host->setText(options.proxyHost);
    m_port->setValue(options.proxyPort);
    m_bundle->setText(options.caBundleFile);
    m_host->setEnabled(options.proxy == NetworkOptions::Proxy::Manual);
    m_port->setEnabled(options.proxy == NetworkOptions::Proxy::Manual);
}

NetworkOptions NetworkSettingsDialog::options() const
{
    NetworkOptions o;
    o.proxy = NetworkOptions::Proxy(m_proxy->checkedId());
    o.proxyHost = m_host->text().trimmed();
    o.proxyPort = m_port->value();
    o.caBundleFile = m_bundle->text().trimmed();
    return o;
}

QString NetworkSettingsDialog::problem() const
{
    const NetworkOptions o = options();
    if (o.proxy == NetworkOptions::Proxy::Manual && (o.proxyHost.isEmpty() || o.proxyPort <= 0))
        return tr("A manual proxy needs a host and a port.");
    return {};
}

void NetworkSettingsDialog::accept()
{
    QString error;
    const NetworkOptions o = options();
    if (!NetworkSetup::apply(o, &error)) {
        m_problem->setText(error); // nothing was changed
        return;
    }
    o.save();
    QDialog::accept();
}

} // namespace acrnet
