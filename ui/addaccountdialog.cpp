#include "addaccountdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace acrnet {

namespace {
enum CloudChoice { Custom = -1 };
}

AddAccountDialog::AddAccountDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add account"));
    setMinimumWidth(600);
    auto *form = new QFormLayout(this);
    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    const auto clouds = Cloud::builtIn();
    for (const Cloud &c : clouds)
        m_cloud->addItem(c.displayName(), c.name());
    m_cloud->addItem(tr("Custom endpoint or sandbox…"), QString());
    m_cloud->setAccessibleName(tr("Cloud"));
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setPlaceholderText(tr("http://127.0.0.1:PORT (sandbox) or https://…"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItem(tr("Device code (browser sign-in)"), int(Account::Method::DeviceCode));
    m_method->addItem(tr("Service principal with client secret"), int(Account::Method::ServicePrincipal));
    m_method->addItem(tr("Azure CLI sign-in on this machine"), int(Account::Method::AzureCli));
    m_method->addItem(tr("Sandbox service principal"), int(Account::Method::Sandbox));
    m_method->setAccessibleName(tr("Sign-in method"));
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setPlaceholderText(tr("Tenant ID or domain (contoso.onmicrosoft.com)"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 3);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    form->addRow(tr("&Cloud:"), m_cloud);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("Application (&client) ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_secret);
    form->addRow(m_hint);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_endpoint, m_tenant, m_clientId, m_secret})
        connect(e, &QLineEdit::textChanged, this, &AddAccountDialog::updateState);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &AddAccountDialog::updateState);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        const auto method = Account::Method(m_method->currentData().toInt());
        if (method == Account::Method::DeviceCode && m_clientId->text().isEmpty())
            m_clientId->setText(Account::defaultPublicClientId());
        updateState();
    });
    m_clientId->setText(Account::defaultPublicClientId());
    updateState();
}

void AddAccountDialog::setSandboxEndpoint(const QUrl &url)
{
    m_cloud->setCurrentIndex(m_cloud->count() - 1);
    m_endpoint->setText(url.toString());
    m_method->setCurrentIndex(m_method->findData(int(Account::Method::Sandbox)));
}

SignInRequest AddAccountDialog::request() const
{
    SignInRequest r;
    const QString cloudName = m_cloud->currentData().toString();
    if (cloudName.isEmpty()) {
        const QUrl url(m_endpoint->text().trimmed());
        r.cloud = Cloud::isLoopbackHost(url.host()) ? Cloud::sandbox(url) : Cloud::custom(url, Cloud::Kind::AzureCloud);
    } else {
        r.cloud = Cloud::byName(cloudName);
    }
    r.method = Account::Method(m_method->currentData().toInt());
    r.tenant = m_tenant->text().trimmed();
    r.clientId = m_clientId->text().trimmed();
    r.secret = m_secret->text();
    return r;
}

QString AddAccountDialog::problem() const
{
    const SignInRequest r = request();
    const bool custom = m_cloud->currentData().toString().isEmpty();
    if (custom) {
        const QUrl url(m_endpoint->text().trimmed(), QUrl::StrictMode);
        if (m_endpoint->text().trimmed().isEmpty())
            return tr("Enter the endpoint URL.");
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("The endpoint must be an http(s) URL such as https://management.example.com.");
        if (url.scheme() == QLatin1String("http") && !Cloud::isLoopbackHost(url.host()))
            return tr("Plain http is only allowed for a sandbox on this machine (127.0.0.1); use https.");
    }
    if (r.method == Account::Method::Sandbox && r.cloud.kind() != Cloud::Kind::Sandbox)
        return tr("The sandbox service principal only works with a sandbox endpoint on this machine.");
    static const QRegularExpression tenantPattern(
        QStringLiteral("^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9.-]+\\."
                       "[A-Za-z]{2,})$"));
    if (!r.tenant.isEmpty() && !tenantPattern.match(r.tenant).hasMatch())
        return tr("The tenant must be a tenant ID (a GUID) or a domain name.");
    if (r.method == Account::Method::ServicePrincipal) {
        if (r.tenant.isEmpty())
            return tr("A service principal signs in to one tenant: enter its tenant ID or domain.");
        if (r.clientId.isEmpty())
            return tr("Enter the application (client) ID of the service principal.");
        if (r.secret.isEmpty())
            return tr("Enter the client secret (its value, not its ID). It is stored only in the system keychain.");
    }
    if (r.method == Account::Method::DeviceCode && r.clientId.isEmpty())
        return tr("Enter the application (client) ID to sign in with.");
    return {};
}

void AddAccountDialog::updateState()
{
    const auto method = Account::Method(m_method->currentData().toInt());
    const bool custom = m_cloud->currentData().toString().isEmpty();
    m_endpoint->setEnabled(custom);
    m_clientId->setEnabled(method == Account::Method::DeviceCode || method == Account::Method::ServicePrincipal);
    m_secret->setEnabled(method == Account::Method::ServicePrincipal);
    m_tenant->setEnabled(method != Account::Method::Sandbox);
    switch (method) {
    case Account::Method::DeviceCode:
        m_hint->setText(tr("You will get a code to enter in a browser, on this or any other device. Leave the tenant "
                           "empty to use your home tenant; other tenants are found after sign-in."));
        break;
    case Account::Method::ServicePrincipal:
        m_hint->setText(tr("For automation accounts. The secret is kept in the system keychain only."));
        break;
    case Account::Method::AzureCli:
        m_hint->setText(tr("Uses the account you signed in with 'az login'. Nothing is stored by this app."));
        break;
    case Account::Method::Sandbox:
        m_hint->setText(tr("Signs in to the sandbox with its built-in service principal (client ID and secret "
                           "\"sandbox\"). Nothing is stored."));
        break;
    }
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace acrnet
