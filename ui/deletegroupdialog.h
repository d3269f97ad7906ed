#pragma once

#include "app/services/subscriptionaccess.h"
#include "writedialog.h"
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace acrnet {

class ResourceGroupDeleter;

// Seed step 11: deletes a resource group after its name is typed, following the long-running operation.
class DeleteGroupDialog : public WriteDialog
{
    Q_OBJECT

public:
    DeleteGroupDialog(const SubscriptionAccess &access, const QString &group, const QString &contents,
                      QWidget *parent = nullptr);
    QString statusText() const;

signals:
    void deleted(const QString &subscriptionId, const QString &group);
    // The delete is under way: whoever owns writes takes the deleter over (it outlives this dialog).
    void deleteStarted(acrnet::ResourceGroupDeleter *deleter);

private:
    void start();
    void onSignedOut();

    SubscriptionAccess m_access; // the account may be signed out while the dialog is open
    bool m_signedOut = false;
    QString m_subscription;
    QString m_group;
    QLineEdit *m_confirm;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace acrnet
