#include "devicecodedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrnet {

DeviceCodeDialog::DeviceCodeDialog(DeviceCodeFlow *flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("deviceCodeDialog"));
    setWindowTitle(tr("Sign in with a code"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    m_instructions = new QLabel(tr("Asking Microsoft Entra ID for a sign-in code…"), this);
    m_instructions->setObjectName(QStringLiteral("instructionsLabel"));
    m_instructions->setWordWrap(true);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("codeLabel"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_code->setFont(big);
    m_code->setAccessibleName(tr("Sign-in code"));
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_copy = new QPushButton(tr("&Copy code"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_open = new QPushButton(tr("&Open browser"), this);
    m_open->setObjectName(QStringLiteral("openBrowserButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    layout->addWidget(m_instructions);
    layout->addWidget(m_code);
    layout->addWidget(m_remaining);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_code->text()); });
    connect(m_open, &QPushButton::clicked, this, [this] { m_openUrl(m_url); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
        reject();
    });
    connect(flow, &DeviceCodeFlow::codeReady, this, &DeviceCodeDialog::showCode);
    connect(flow, &DeviceCodeFlow::finished, this, [this] {
        m_timer.stop();
        accept();
    });
    connect(flow, &DeviceCodeFlow::failed, this, [this](const AuthError &error) {
        m_timer.stop();
        if (error.kind() == AuthError::Kind::Cancelled)
            return;
        m_instructions->setText(error.userText());
        m_code->clear();
        m_remaining->clear();
        m_copy->setEnabled(false);
        m_open->setEnabled(false);
        m_cancel->setText(tr("Close"));
    });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeDialog::tick);
}

void DeviceCodeDialog::showCode(const DeviceCodeFlow::Code &code)
{
    m_url = code.verificationUri;
    m_code->setText(code.userCode);
    m_instructions->setText(
        tr("Open %1 in a browser on any device and enter this code:").arg(code.verificationUri.toString()));
    m_copy->setEnabled(true);
    m_open->setEnabled(true);
    tick();
    m_timer.start();
}

void DeviceCodeDialog::tick()
{
    const int left = m_flow ? m_flow->remainingSeconds() : 0;
    m_remaining->setText(tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

} // namespace acrnet
