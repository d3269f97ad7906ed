#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace acrnet {

class ArmClient;

// Seed step 11: deletes a resource group after its name is typed, following the long-running operation.
class DeleteGroupDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteGroupDialog(ArmClient *client, const QString &subscriptionId, const QString &group, const QString &contents,
                      QWidget *parent = nullptr);
    QString statusText() const;

signals:
    void deleted(const QString &subscriptionId, const QString &group);

private:
    void start();

    ArmClient *m_client;
    QString m_subscription;
    QString m_group;
    QLineEdit *m_confirm;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace acrnet
