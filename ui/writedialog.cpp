#include "writedialog.h"
#include "app/services/runningoperations.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>

namespace acrnet {

void WriteDialog::setOperation(RunningOperations *operations, const QString &operationId)
{
    m_operations = operations;
    m_operation = operationId;
    m_closeAnyway = false;
}

QMessageBox *WriteDialog::closeQuestion() const
{
    return m_question.data();
}

bool WriteDialog::isWriting() const
{
    return m_operations && m_operations->indexOf(m_operation) >= 0;
}

void WriteDialog::reject()
{
    if (isWriting() && !m_closeAnyway) {
        askBeforeClosing();
        return;
    }
    QDialog::reject();
}

void WriteDialog::closeEvent(QCloseEvent *event)
{
    if (isWriting() && !m_closeAnyway) {
        event->ignore();
        askBeforeClosing();
        return;
    }
    QDialog::closeEvent(event);
}

void WriteDialog::askBeforeClosing()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    const bool cancellable = m_operations->canCancel(m_operation);
    auto *box =
        new QMessageBox(QMessageBox::Question, windowTitle(),
                        cancellable ? tr("The change has not been sent yet. Keep it running in the background, "
                                         "or cancel it?")
                                    : tr("The change has been sent to Azure and cannot be called back. It keeps "
                                         "running in the background: its end is shown and recorded in the "
                                         "Activity log."),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeWhileWritingBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("Keep running in the background"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    QPushButton *cancel = nullptr;
    if (cancellable) {
        cancel = box->addButton(tr("Cancel the change"), QMessageBox::DestructiveRole);
        cancel->setObjectName(QStringLiteral("cancelChangeButton"));
    }
    QPushButton *back = box->addButton(tr("Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(back);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, keep, cancel](QAbstractButton *clicked) {
        if (clicked == cancel && m_operations)
            m_operations->cancel(m_operation); // refused (and nothing lost) if it was sent in the meantime
        if (clicked == keep || clicked == cancel) {
            m_closeAnyway = true;
            close();
        }
    });
    box->open();
}

} // namespace acrnet
