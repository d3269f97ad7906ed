#include "deletegroupdialog.h"
#include "app/services/resourceoperations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrnet {

DeleteGroupDialog::DeleteGroupDialog(const SubscriptionAccess &access, const QString &group, const QString &contents,
                                     QWidget *parent)
    : WriteDialog(parent)
    , m_access(access)
    , m_subscription(access.subscriptionId())
    , m_group(group)
{
    setObjectName(QStringLiteral("deleteGroupDialog"));
    setWindowTitle(tr("Delete resource group"));
    // Wide enough for its title and a sentence of error per line: nothing cut at the edges.
    setMinimumWidth(qMax(480, fontMetrics().horizontalAdvance(windowTitle()) * 2));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Deleting <b>%1</b> deletes everything in it, for good: %2.<br>Type the group's name "
                               "to confirm.")
                                .arg(group.toHtmlEscaped(), contents.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmNameEdit"));
    m_confirm->setAccessibleName(tr("Resource group name"));
    m_confirm->setPlaceholderText(group);
    layout->addWidget(m_confirm);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deleteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // an error can be copied for a ticket
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_delete->setEnabled(t == m_group && !m_signedOut); }); // exact, case included
    connect(m_delete, &QPushButton::clicked, this, &DeleteGroupDialog::start);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(access.lifetime(), &QObject::destroyed, this, &DeleteGroupDialog::onSignedOut);
}

void DeleteGroupDialog::onSignedOut()
{
    m_signedOut = true;
    m_delete->setEnabled(false);
    m_delete->setToolTip(tr("The account was signed out."));
    const QString said = m_status->text();
    const QString now = tr("The account that opened this dialog was signed out: nothing more can be sent from it.");
    m_status->setText(said.isEmpty() ? now : said + QLatin1Char('\n') + now);
}

QString DeleteGroupDialog::statusText() const
{
    return m_status->text();
}

void DeleteGroupDialog::start()
{
    ResourceGroupDeleter *deleter = m_signedOut ? nullptr : m_access.groupDeleter(this);
    if (!deleter)
        return;
    m_delete->setEnabled(false);
    m_confirm->setEnabled(false);
    m_status->setText(tr("Deleting %1… this can take several minutes.").arg(m_group));
    connect(deleter, &ResourceGroupDeleter::progress, this,
            [this](const QString &s) { m_status->setText(tr("Deleting %1… (%2)").arg(m_group, s)); });
    connect(deleter, &ResourceGroupDeleter::failed, this, [this](const ArmError &e) {
        m_status->setText(
            tr("Not deleted: %1").arg(e.userText()) +
            (e.requestId().isEmpty() ? QString() : QLatin1Char(' ') + tr("(request ID %1)").arg(e.requestId())));
        m_delete->setText(tr("Retry"));
        m_confirm->setEnabled(!m_signedOut);
        m_delete->setEnabled(m_confirm->text() == m_group && !m_signedOut);
    });
    connect(deleter, &ResourceGroupDeleter::finished, this, [this] {
        m_status->setText(tr("%1 was deleted.").arg(m_group));
        emit deleted(m_subscription, m_group);
    });
    emit deleteStarted(deleter);
    deleter->start(m_subscription, m_group);
}

} // namespace acrnet
