#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/secretstore.h"
#include "models/accountlistmodel.h"
#include "models/tenantaccessmodel.h"
#include "tests/support/appfixture.h"
#include "ui/accountsdialog.h"
#include "ui/addaccountdialog.h"
#include "ui/devicecodedialog.h"
#include "ui/networksettingsdialog.h"

#include <QNetworkProxy>
#include <QRadioButton>
#include <QSpinBox>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace acrnet;
using acrnet::test::AppFixture;
using acrnet::test::SandboxFixture;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addServicePrincipal();
    void wrongSecretAddsNothing();
    void validationExplainsInPlace_data();
    void validationExplainsInPlace();
    void deviceCodeThroughTheDialogs();
    void keychainUnavailableAsksFirst();
    void signOutRemovesEverything();
    void restartRestoresWithoutPrompt();
    void tenantsShownPerAccountWithInteractiveSignIn();
    void networkSettings();

private:
    AddAccountDialog *openAdd();
    void fillServicePrincipal(AddAccountDialog *add, const QString &secret);

    std::unique_ptr<AppFixture> m_app; // the sandbox and the account stack, built and torn down in one place
    SandboxFixture *m_sbx = nullptr;
    QSettings *m_settings = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    AccountStore *m_store = nullptr;
    AccountManager *m_manager = nullptr;
    std::unique_ptr<AccountsDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_tenantTester;
};

void TestAccountsDialog::init()
{
    m_app = std::make_unique<AppFixture>(QStringLiteral("demo"), false);
    QVERIFY(m_app->ok());
    m_sbx = &m_app->sandbox();
    m_sbx->server().store().settings.deviceCodeIntervalSeconds = 1;
    m_settings = m_app->settings();
    m_nam = m_app->network();
    m_secrets = m_app->secrets();
    m_store = m_app->accountStore();
    m_manager = m_app->accounts();
    m_dialog = std::make_unique<AccountsDialog>(m_manager);
    m_dialog->show();
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
    QVERIFY(view);
    m_tester = std::make_unique<QAbstractItemModelTester>(view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tenantTester = std::make_unique<QAbstractItemModelTester>(
        m_dialog->findChild<QTableView *>(QStringLiteral("tenantsView"))->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAccountsDialog::cleanup()
{
    m_tenantTester.reset();
    m_tester.reset();
    m_dialog.reset();
    m_app.reset();
}

AddAccountDialog *TestAccountsDialog::openAdd()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    AddAccountDialog *add = nullptr;
    [&] {
        QTRY_VERIFY((add = m_dialog->findChild<AddAccountDialog *>()) != nullptr);
    }();
    return add;
}

void TestAccountsDialog::fillServicePrincipal(AddAccountDialog *add, const QString &secret)
{
    auto *cloud = add->findChild<QComboBox *>(QStringLiteral("cloudCombo"));
    cloud->setCurrentIndex(cloud->count() - 1);
    auto *endpoint = add->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
    endpoint->clear();
    QTest::keyClicks(endpoint, m_sbx->base());
    auto *method = add->findChild<QComboBox *>(QStringLiteral("methodCombo"));
    method->setCurrentIndex(method->findData(int(Account::Method::ServicePrincipal)));
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("tenantEdit")),
                     QStringLiteral("3c5a6b1e-7d2f-4c1a-9d2e-5b8f0e1a2c01"));
    auto *client = add->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
    client->clear();
    QTest::keyClicks(client, QStringLiteral("sandbox"));
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("secretEdit")), secret);
}

void TestAccountsDialog::addServicePrincipal()
{
    AddAccountDialog *add = openAdd();
    fillServicePrincipal(add, QStringLiteral("sandbox"));
    auto *ok = add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(add->problem()));
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        add->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/add-account.png"));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
    QCOMPARE(view->model()->index(0, AccountListModel::StateColumn).data().toString(), QStringLiteral("Signed in"));
    QCOMPARE(view->model()->index(0, AccountListModel::MethodColumn).data().toString(),
             QStringLiteral("Service principal"));
    QCOMPARE(m_secrets->keys().size(), 1);
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        m_dialog->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/accounts.png"));
    QCOMPARE(m_store->accounts().size(), 1);
    QVERIFY(m_store->accounts().first().isDefault);
    QVERIFY(!m_settings->allKeys().isEmpty());
}

void TestAccountsDialog::wrongSecretAddsNothing()
{
    AddAccountDialog *add = openAdd();
    fillServicePrincipal(add, QStringLiteral("not-the-secret"));
    QTest::mouseClick(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->message().startsWith(QLatin1String("The account was not added")), 10000);
    QVERIFY2(m_dialog->message().contains(QLatin1String("client secret")), qPrintable(m_dialog->message()));
    QTRY_VERIFY(m_secrets->keys().isEmpty()); // the rejected secret is not kept
    QVERIFY(m_store->accounts().isEmpty());
}

void TestAccountsDialog::validationExplainsInPlace_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("problem");
    QTest::newRow("plain http elsewhere") << "http://10.1.2.3:8080" << int(Account::Method::DeviceCode) << ""
                                          << "Plain http is only allowed";
    QTest::newRow("not a url") << "management" << int(Account::Method::DeviceCode) << ""
                               << "must be an http(s) URL";
    QTest::newRow("sp without tenant") << "http://127.0.0.1:1" << int(Account::Method::ServicePrincipal) << ""
                                       << "signs in to one tenant";
    QTest::newRow("bad tenant") << "http://127.0.0.1:1" << int(Account::Method::DeviceCode) << "not a tenant!"
                                << "tenant ID (a GUID) or a domain";
    QTest::newRow("sandbox sp elsewhere") << "https://management.example.com" << int(Account::Method::Sandbox) << ""
                                          << "only works with a sandbox";
    QTest::newRow("fine") << "http://127.0.0.1:1" << int(Account::Method::DeviceCode) << "contoso.example"
                          << "";
}

void TestAccountsDialog::validationExplainsInPlace()
{
    QFETCH(QString, endpoint);
    QFETCH(int, method);
    QFETCH(QString, tenant);
    QFETCH(QString, problem);
    AddAccountDialog add;
    auto *cloud = add.findChild<QComboBox *>(QStringLiteral("cloudCombo"));
    cloud->setCurrentIndex(cloud->count() - 1);
    QTest::keyClicks(add.findChild<QLineEdit *>(QStringLiteral("endpointEdit")), endpoint);
    auto *methods = add.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    methods->setCurrentIndex(methods->findData(method));
    QTest::keyClicks(add.findChild<QLineEdit *>(QStringLiteral("tenantEdit")), tenant);
    auto *ok = add.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), problem.isEmpty());
    QVERIFY2(add.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(problem),
             qPrintable(add.problem()));
}

void TestAccountsDialog::deviceCodeThroughTheDialogs()
{
    AddAccountDialog *add = openAdd();
    auto *cloud = add->findChild<QComboBox *>(QStringLiteral("cloudCombo"));
    cloud->setCurrentIndex(cloud->count() - 1);
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("endpointEdit")), m_sbx->base());
    QTest::mouseClick(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    DeviceCodeDialog *code = nullptr;
    QTRY_VERIFY((code = m_dialog->findChild<DeviceCodeDialog *>()) != nullptr);
    QPointer<DeviceCodeDialog> guard(code);
    QTRY_VERIFY_WITH_TIMEOUT(guard && !guard->findChild<QLabel *>(QStringLiteral("codeLabel"))->text().isEmpty(),
                             10000);
    QUrl opened;
    guard->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QTest::mouseClick(guard->findChild<QPushButton *>(QStringLiteral("openBrowserButton")), Qt::LeftButton);
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        guard->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/device-code.png"));
    QCOMPARE(opened.toString(), m_sbx->base() + QStringLiteral("/devicelogin"));
    QVERIFY(guard->findChild<QLabel *>(QStringLiteral("remainingLabel"))->text().contains(QLatin1String("expires in")));
    // The demo scenario approves the code on its own; the dialog closes when the sign-in completes.
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
    QVERIFY(view->model()
                ->index(0, AccountListModel::NameColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("admin@contoso.example")));
    QCOMPARE(m_secrets->keys().size(), 1); // the refresh token
}

void TestAccountsDialog::keychainUnavailableAsksFirst()
{
    m_secrets->setAvailable(false);
    QString asked;
    m_dialog->setAsk([&asked](const QString &question, std::function<void(bool)> answer) {
        asked = question;
        answer(true);
    });
    AddAccountDialog *add = openAdd();
    fillServicePrincipal(add, QStringLiteral("sandbox"));
    QTest::mouseClick(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
    QVERIFY(asked.contains(QLatin1String("this run only")));
    QTRY_COMPARE(view->model()->index(0, AccountListModel::StateColumn).data().toString(),
                 QStringLiteral("Signed in (this run only)"));
    QVERIFY(m_store->accounts().isEmpty()); // not remembered
    QVERIFY(m_secrets->keys().isEmpty());
}

void TestAccountsDialog::signOutRemovesEverything()
{
    AddAccountDialog *add = openAdd();
    fillServicePrincipal(add, QStringLiteral("sandbox"));
    QTest::mouseClick(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
    view->selectRow(0);
    auto *signOut = m_dialog->findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QVERIFY(signOut->isEnabled());
    QTest::mouseClick(signOut, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QVERIFY(m_secrets->keys().isEmpty());
    QVERIFY(m_store->accounts().isEmpty());
    QVERIFY(!signOut->isEnabled());
}

void TestAccountsDialog::restartRestoresWithoutPrompt()
{
    AddAccountDialog *add = openAdd();
    fillServicePrincipal(add, QStringLiteral("sandbox"));
    QTest::mouseClick(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->accounts().size(), 1, 10000);
    // A new manager on the same settings and keychain, as after a restart.
    AccountManager restarted(m_nam, m_secrets, m_store);
    QSignalSpy status(&restarted, &AccountManager::statusChanged);
    restarted.restore();
    QCOMPARE(restarted.accounts().size(), 1);
    const QString id = restarted.accounts().first().id;
    QTRY_COMPARE_WITH_TIMEOUT(int(restarted.status(id).state), int(AccountManager::State::SignedIn), 10000);
    // With its secret gone from the keychain, the account needs a sign-in instead.
    bool removed = false;
    m_secrets->remove(restarted.accounts().first().secretKey(), this,
                      [&](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
    AccountManager again(m_nam, m_secrets, m_store);
    again.restore();
    QTRY_COMPARE_WITH_TIMEOUT(int(again.status(id).state), int(AccountManager::State::NeedsSignIn), 10000);
}

void TestAccountsDialog::tenantsShownPerAccountWithInteractiveSignIn()
{
    QJsonArray tenants = m_sbx->server().store().tenants;
    QJsonObject fab = tenants.at(1).toObject();
    fab[QStringLiteral("requiresInteraction")] = true;
    tenants[1] = fab;
    m_sbx->server().store().tenants = tenants;
    AddAccountDialog *add = openAdd();
    auto *cloud = add->findChild<QComboBox *>(QStringLiteral("cloudCombo"));
    cloud->setCurrentIndex(cloud->count() - 1);
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("endpointEdit")), m_sbx->base());
    QTest::mouseClick(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
    view->selectRow(0);
    auto *tenantView = m_dialog->findChild<QTableView *>(QStringLiteral("tenantsView"));
    QTRY_COMPARE_WITH_TIMEOUT(tenantView->model()->rowCount(), 2, 10000);
    int fabRow = -1;
    for (int r = 0; r < 2; ++r) {
        if (tenantView->model()->index(r, TenantAccessModel::NameColumn).data().toString() == QLatin1String("Fabrikam"))
            fabRow = r;
    }
    QVERIFY(fabRow >= 0);
    QVERIFY(tenantView->model()
                ->index(fabRow, TenantAccessModel::StateColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Needs interactive")));
    QCOMPARE(tenantView->model()->index(1 - fabRow, TenantAccessModel::StateColumn).data().toString(),
             QStringLiteral("Signed in"));
    auto *signIn = m_dialog->findChild<QPushButton *>(QStringLiteral("tenantSignInButton"));
    tenantView->selectRow(1 - fabRow);
    QVERIFY(!signIn->isEnabled());
    tenantView->selectRow(fabRow);
    QVERIFY(signIn->isEnabled());
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        m_dialog->grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") + QStringLiteral("/accounts-tenants.png"));
    QTest::mouseClick(signIn, Qt::LeftButton); // a device-code sign-in to Fabrikam itself (auto-approved here)
    QTRY_VERIFY_WITH_TIMEOUT(tenantView->model()->rowCount() == 2 &&
                                 tenantView->model()->index(fabRow, TenantAccessModel::StateColumn).data().toString() ==
                                     QLatin1String("Signed in"),
                             15000);
}

void TestAccountsDialog::networkSettings()
{
    NetworkSettingsDialog dialog;
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("manualProxyRadio")), Qt::LeftButton);
    QVERIFY(!ok->isEnabled());
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QLatin1String("host and a port")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("proxyHostEdit")),
                     QStringLiteral("proxy.corp.example"));
    dialog.findChild<QSpinBox *>(QStringLiteral("proxyPortSpin"))->setValue(3128);
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("caBundleEdit")),
                     QDir(m_app->dir()).filePath(QStringLiteral("missing.pem")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // refused, in place
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))
                ->text()
                .contains(QLatin1String("Cannot read the CA bundle")));
    QVERIFY(QNetworkProxy::applicationProxy().hostName() != QLatin1String("proxy.corp.example"));
    dialog.findChild<QLineEdit *>(QStringLiteral("caBundleEdit"))->clear();
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(NetworkOptions::fromSettings().proxyPort, 3128);
    NetworkOptions reset;
    QString error;
    QVERIFY(NetworkSetup::apply(reset, &error));
    reset.save();
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
