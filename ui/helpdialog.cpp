#include "helpdialog.h"
#include "windowgeometry.h"

#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBrowser>

namespace acrnet {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_topics(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("ACR Network Admin — User guide"));
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    m_topics->setAccessibleName(tr("Topics"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setAccessibleName(tr("User guide"));
    m_text->setOpenExternalLinks(true);
    m_text->setSearchPaths({QStringLiteral(":/doc")}); // the guide's images (docs/images/…) are in the binary too
    QFile readme(QStringLiteral(":/doc/README.md"));
    const QString markdown = readme.open(QIODevice::ReadOnly) ? QString::fromUtf8(readme.readAll())
                                                              : tr("The user guide is missing from this build.");
    m_text->setMarkdown(markdown);
    static const QRegularExpression heading(QStringLiteral("^## (.+)$"), QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(markdown); it.hasNext();)
        m_topics->addItem(it.next().captured(1).trimmed());
    m_topics->setMaximumWidth(280);
    connect(m_topics, &QListWidget::currentTextChanged, this, &HelpDialog::showTopic);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_topics);
    layout->addWidget(m_text, 1);
    WindowGeometry::fitToScreen(this, QSize(1000, 700));
}

QStringList HelpDialog::topics() const
{
    QStringList out;
    for (int i = 0; i < m_topics->count(); ++i)
        out << m_topics->item(i)->text();
    return out;
}

void HelpDialog::showTopic(const QString &topic)
{
    // From the top, so the heading is found and not a mention of it further up.
    m_text->moveCursor(QTextCursor::Start);
    if (m_text->find(topic))
        m_text->ensureCursorVisible();
}

} // namespace acrnet
