#include "operationdialog.h"
#include "app/azure/clock.h"
#include "app/services/runningoperations.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace acrnet {

OperationDialog::OperationDialog(const QString &title, const QString &intro, QWidget *parent)
    : WriteDialog(parent)
{
    setObjectName(QStringLiteral("operationDialog"));
    setWindowTitle(title);
    setMinimumWidth(qMax(480, fontMetrics().horizontalAdvance(title) * 2));
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(introLabel);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // busy: ARM gives no percentage for these
    m_bar->setTextVisible(false);
    layout->addWidget(m_bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("operationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // an error can be copied for a ticket
    layout->addWidget(m_status);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("operationElapsed"));
    layout->addWidget(m_elapsed);
    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelOperationButton"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setVisible(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->setVisible(false);
        emit retryRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_operations)
            m_operations->cancel(m_operation);
        tick();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &OperationDialog::tick);
    timer->start();
}

void OperationDialog::start(RunningOperations *operations, const QString &operationId)
{
    m_operations = operations;
    m_operation = operationId;
    m_startedMs = Clock::nowUtc().toMSecsSinceEpoch();
    setOperation(operations, operationId);
    m_bar->setRange(0, 0);
    m_bar->setVisible(true);
    m_retry->setVisible(false);
    m_status->setText(tr("Starting…"));
    tick();
}

void OperationDialog::tick()
{
    const bool running = isWriting();
    const bool cancellable = running && m_operations->canCancel(m_operation);
    m_cancel->setEnabled(cancellable);
    m_cancel->setToolTip(cancellable ? tr("Nothing has been sent yet: cancelling changes nothing.")
                                     : tr("The request has been sent and cannot be called back."));
    if (running)
        m_elapsed->setText(
            tr("Running for %n s", nullptr, int((Clock::nowUtc().toMSecsSinceEpoch() - m_startedMs) / 1000)));
}

void OperationDialog::setProgress(const QString &text)
{
    m_status->setText(text);
    tick();
}

void OperationDialog::setFailed(const QString &text)
{
    m_bar->setVisible(false);
    m_status->setText(text);
    m_elapsed->clear();
    m_retry->setVisible(true);
    m_cancel->setEnabled(false);
}

void OperationDialog::setSucceeded(const QString &text)
{
    m_bar->setVisible(false);
    m_status->setText(text);
    m_elapsed->clear();
    m_cancel->setEnabled(false);
}

QString OperationDialog::statusText() const
{
    return m_status->text();
}

} // namespace acrnet
