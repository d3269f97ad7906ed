#pragma once

#include "app/auth/account.h"
#include "app/azure/cloud.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace acrnet {

// What the user asked for: a cloud, a sign-in method and its details.
struct SignInRequest
{
    Cloud cloud;
    Account::Method method = Account::Method::DeviceCode;
    QString tenant;
    QString clientId;
    QString secret;
};

// Add an account: cloud -> method -> tenant (and application ID and secret for a service principal).
// OK stays disabled, with the reason shown, until the request is complete and valid.
class AddAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(QWidget *parent = nullptr);

    void setSandboxEndpoint(const QUrl &url); // offered as a choice when the app runs on the sandbox
    SignInRequest request() const;
    QString problem() const; // empty when OK is enabled

private:
    void updateState();

    QComboBox *m_cloud;
    QLineEdit *m_endpoint;
    QComboBox *m_method;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_problem;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace acrnet
