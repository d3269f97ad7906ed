#pragma once

#include <QDialog>
#include <QPointer>

class QMessageBox;

namespace acrnet {

class RunningOperations;

// A dialog that starts a write. The write belongs to the app (ChangeService), so closing the dialog never stops it
// silently: while it runs, closing asks whether to keep it running in the background (it stays in Running
// operations and is recorded in the Activity log), to cancel it — offered only while nothing has been sent — or to
// go back to the dialog.
class WriteDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    // The write under way, as the service lists it.
    void setOperation(RunningOperations *operations, const QString &operationId);
    bool isWriting() const;
    // The question asked on closing while writing (null when none is open).
    QMessageBox *closeQuestion() const;

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void askBeforeClosing();

    QPointer<RunningOperations> m_operations;
    QString m_operation;
    QPointer<QMessageBox> m_question;
    bool m_closeAnyway = false;
};

} // namespace acrnet
