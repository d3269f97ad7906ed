#include "errorbanner.h"
#include "models/stateicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace acrnet {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(StateIcons::icon(StateIcons::State::Error).pixmap(16, 16));
    m_label->setObjectName(QStringLiteral("errorLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("&Retry"), this);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setAccessibleName(tr("Retry loading"));
    connect(retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(retry, 0, Qt::AlignTop);
    hide();
}

void ErrorBanner::setProblems(QStringList lines)
{
    if (lines.isEmpty()) {
        hide();
        return;
    }
    lines.sort();
    m_label->setText(lines.join(QLatin1Char('\n')));
    show();
}

QString ErrorBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_label->text() : QString();
}

} // namespace acrnet
