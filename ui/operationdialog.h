#pragma once

#include "writedialog.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace acrnet {

// Follows one long operation that has no editor of its own (provider registration): where it has got to and for
// how long, Cancel while nothing has been sent, and at the end either the result or the whole error with Retry.
// A failure stays on screen until the user closes the dialog.
class OperationDialog : public WriteDialog
{
    Q_OBJECT

public:
    OperationDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    void start(RunningOperations *operations, const QString &operationId);
    void setProgress(const QString &text);
    void setFailed(const QString &text);
    void setSucceeded(const QString &text);
    QString statusText() const;

signals:
    void retryRequested();

private:
    void tick();

    QLabel *m_status;
    QLabel *m_elapsed;
    QProgressBar *m_bar;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPointer<RunningOperations> m_operations;
    QString m_operation;
    qint64 m_startedMs = 0;
};

} // namespace acrnet
