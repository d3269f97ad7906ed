// The rules editor's review page: the access afterwards, who loses it, the changes, the equivalent az commands and
// the ARM request, then Apply.
#include "app/services/accessloss.h"
#include "app/services/registryruleswriter.h"
#include "presentation.h"
#include "ruleseditordialog.h"
#include "widgethelpers.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace acrnet {

QWidget *RulesEditorDialog::buildReviewPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reviewAccess = new QLabel(page);
    m_reviewAccess->setObjectName(QStringLiteral("reviewAccess"));
    m_reviewAccess->setWordWrap(true);
    layout->addWidget(m_reviewAccess);
    // Who stops being able to pull, in plain words, with the way forward (hidden when nobody does).
    m_losses = new QLabel(page);
    m_losses->setObjectName(QStringLiteral("whoLosesAccess"));
    m_losses->setWordWrap(true);
    m_losses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_losses);
    layout->addWidget(new QLabel(tr("Changes:"), page));
    m_diff = codeView(QStringLiteral("diffView"), tr("Changes"), page);
    layout->addWidget(m_diff, 1);
    layout->addWidget(new QLabel(tr("The same with the Azure CLI:"), page));
    m_commands = codeView(QStringLiteral("azCommandsView"), tr("Azure CLI commands"), page);
    layout->addWidget(m_commands, 1);
    layout->addWidget(new QLabel(tr("The request this app sends (one PATCH of the whole rule set; the token is not "
                                    "shown):"),
                                 page));
    m_request = codeView(QStringLiteral("armRequestView"), tr("ARM request"), page);
    layout->addWidget(m_request, 1);
    // The protocol's limit, said once and plainly: the registry API has no etag to make the write conditional.
    auto *limit = new QLabel(tr("The registry API offers no etag: Apply reads the registry again just before it "
                                "sends, and stops if anything changed, but a change someone makes in the moment "
                                "between that read and this PATCH would be overwritten. The result is read back and "
                                "checked afterwards."),
                             page);
    limit->setObjectName(QStringLiteral("protocolLimit"));
    limit->setWordWrap(true);
    layout->addWidget(limit);
    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Copy commands"), page);
    copy->setObjectName(QStringLiteral("copyCommandsButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { Presentation::instance()->copyToClipboard(m_commands->toPlainText()); });
    m_back = new QPushButton(tr("Back"), page);
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_status->clear();
    });
    m_apply = new QPushButton(tr("Apply"), page);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(m_apply, &QPushButton::clicked, this, &RulesEditorDialog::apply);
    buttons->addWidget(m_back);
    buttons->addWidget(copy);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    return page;
}

void RulesEditorDialog::review()
{
    refreshIssues();
    if (RulePreflight::hasBlockers(m_issues) || m_config == original())
        return;
    const RegistryChangeDiff diff = RegistryChangeDiff::between(original(), m_config);
    m_diff->setPlainText(diff.lines().join(QLatin1Char('\n')));
    m_commands->setPlainText(diff.azCommands(m_registry).join(QLatin1Char('\n')));
    m_request->setPlainText(RegistryRulesWriter::requestText(m_cloud, m_registry, m_config));
    m_reviewAccess->setText(tr("After the change: %1")
                                .arg(describeAccess(m_config, m_registry.isPremium(), [this](const QString &subnetId) {
                                    return whyIneffective(subnetId);
                                })));
    const QList<AccessLoss> losses = AccessLossReport::between(m_registry, original(), m_config);
    m_losses->setText(losses.isEmpty()
                          ? QString()
                          : tr("Who will lose access:") + QLatin1Char('\n') + AccessLossReport::text(losses));
    m_losses->setVisible(!losses.isEmpty());
    m_status->clear();
    m_apply->setEnabled(!m_signedOut && !m_previewOnly);
    m_pages->setCurrentIndex(1);
}

} // namespace acrnet
