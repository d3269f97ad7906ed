#include "accountsdialog.h"
#include "addaccountdialog.h"
#include "app/auth/accountmanager.h"
#include "devicecodedialog.h"
#include "models/accountlistmodel.h"
#include "models/tenantaccessmodel.h"
#include "networksettingsdialog.h"
#include "presentation.h"
#include "windowgeometry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acrnet {

AccountsDialog::AccountsDialog(AccountManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_model(presentedModel<AccountListModel>(manager, this))
    , m_tenants(presentedModel<TenantAccessModel>(manager, this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    WindowGeometry::fitToScreen(this, QSize(980, 540));
    buildViews();
    auto *add = new QPushButton(tr("&Add account…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_signOut = new QPushButton(tr("&Sign out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_default = new QPushButton(tr("Set as &default"), this);
    m_default->setObjectName(QStringLiteral("defaultButton"));
    auto *network = new QPushButton(tr("&Network…"), this);
    network->setObjectName(QStringLiteral("networkButton"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_default);
    buttons->addStretch();
    buttons->addWidget(network);
    buttons->addWidget(close);
    auto *tenantRow = new QHBoxLayout;
    tenantRow->addWidget(new QLabel(tr("Tenants of the selected account:"), this));
    tenantRow->addStretch();
    tenantRow->addWidget(m_tenantSignIn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 3);
    layout->addLayout(tenantRow);
    layout->addWidget(m_tenantView, 2);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_ask = [this](const QString &question, std::function<void(bool)> answer) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Keychain unavailable"), question,
                                    QMessageBox::Yes | QMessageBox::No, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [answer](int result) { answer(result == QMessageBox::Yes); });
        box->open();
    };
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(network, &QPushButton::clicked, this, [this] {
        auto *dialog = new NetworkSettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOptions(NetworkOptions::fromSettings());
        dialog->open();
    });
    connect(m_tenantSignIn, &QPushButton::clicked, this, &AccountsDialog::signInToTenant);
    connect(m_tenants, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty()) {
            m_message->setText(tr("Signed out. Its keychain entries were removed."));
            m_manager->signOut(id);
        }
    });
    connect(m_default, &QPushButton::clicked, this, [this] { m_manager->setDefault(selectedId()); });
    connectManager();
    updateButtons();
}

void AccountsDialog::buildViews()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Accounts"));
    m_tenantView = new QTableView(this);
    m_tenantView->setObjectName(QStringLiteral("tenantsView"));
    m_tenantView->setModel(m_tenants);
    m_tenantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tenantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tenantView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tenantView->horizontalHeader()->setStretchLastSection(true);
    m_tenantView->verticalHeader()->hide();
    m_tenantView->setAccessibleName(tr("Tenants of the selected account"));
    m_tenantSignIn = new QPushButton(tr("Sign in to this &tenant…"), this);
    m_tenantSignIn->setObjectName(QStringLiteral("tenantSignInButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
}

// The views and buttons follow the account manager: selection, sign-in results, a keychain that is unavailable.
void AccountsDialog::connectManager()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_tenantView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsDialog::updateButtons);
    connect(m_manager, &AccountManager::accountAdded, this, [this](const QString &id) {
        m_message->setText(tr("Signed in."));
        m_view->selectRow(m_model->rowOf(id));
    });
    connect(m_manager, &AccountManager::addFailed, this,
            [this](const QString &error) { m_message->setText(tr("The account was not added: %1").arg(error)); });
    connect(m_manager, &AccountManager::keychainUnavailable, this, [this](const QString &id, const QString &why) {
        m_ask(tr("%1\n\nKeep this sign-in for this run only? You will have to sign in again next time. Nothing is "
                 "written to disk.")
                  .arg(why),
              [this, id](bool yes) {
                  if (yes) {
                      m_manager->continueWithoutKeychain(id);
                  } else {
                      m_manager->signOut(id);
                      m_message->setText(tr("Not signed in: the system keychain is unavailable."));
                  }
              });
    });
}

QString AccountsDialog::message() const
{
    return m_message->text();
}

QString AccountsDialog::selectedId() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->accountId(rows.first().row());
}

void AccountsDialog::updateButtons()
{
    const QString id = selectedId();
    const bool selected = !id.isEmpty();
    m_signOut->setEnabled(selected);
    m_default->setEnabled(selected);
    if (m_tenantAccount != id) {
        m_tenantAccount = id;
        m_tenants->setAccount(id);
    }
    const auto rows =
        m_tenantView->selectionModel() ? m_tenantView->selectionModel()->selectedRows() : QModelIndexList();
    m_tenantSignIn->setEnabled(!rows.isEmpty() && rows.first().data(TenantAccessModel::NeedsInteractionRole).toBool());
}

void AccountsDialog::signInToTenant()
{
    const auto rows = m_tenantView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    DeviceCodeFlow *flow =
        m_manager->beginTenantSignIn(selectedId(), rows.first().data(TenantAccessModel::TenantIdRole).toString());
    if (!flow)
        return;
    auto *codeDialog = new DeviceCodeDialog(flow, this);
    codeDialog->setAttribute(Qt::WA_DeleteOnClose);
    codeDialog->show();
    flow->start();
}

void AccountsDialog::addAccount()
{
    auto *dialog = new AddAccountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sandbox.isValid())
        dialog->setSandboxEndpoint(m_sandbox);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SignInRequest r = dialog->request();
        m_message->setText(tr("Signing in…"));
        switch (r.method) {
        case Account::Method::ServicePrincipal:
            m_manager->addServicePrincipal(r.cloud, r.tenant, r.clientId, r.secret);
            break;
        case Account::Method::AzureCli:
            m_manager->addAzureCli(r.cloud, r.tenant);
            break;
        case Account::Method::Sandbox:
            m_manager->addSandbox(r.cloud);
            break;
        case Account::Method::DeviceCode: {
            DeviceCodeFlow *flow = m_manager->beginDeviceCode(r.cloud, r.tenant, r.clientId);
            auto *codeDialog = new DeviceCodeDialog(flow, this);
            codeDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(flow, &DeviceCodeFlow::failed, this,
                    [this](const AuthError &e) { m_message->setText(e.userText()); });
            codeDialog->show();
            flow->start();
            break;
        }
        }
    });
    dialog->open();
}

} // namespace acrnet
