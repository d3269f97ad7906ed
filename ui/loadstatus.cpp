#include "loadstatus.h"
#include "app/azure/clock.h"
#include "models/inventorytreemodel.h"
#include "models/stateicons.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTime>
#include <QToolButton>

namespace acrnet {

LoadStatus::LoadStatus(QStatusBar *bar)
    : QObject(bar)
    , m_counts(new QLabel(bar))
    , m_activity(new QLabel(bar))
    , m_reads(new QLabel(bar))
    , m_refreshed(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
{
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_reads->setObjectName(QStringLiteral("readsLabel"));
    m_reads->setToolTip(tr("Reads left in this hour's Azure Resource Manager budget (lowest seen in the last "
                           "load, from x-ms-ratelimit-remaining-subscription-reads)"));
    m_refreshed->setObjectName(QStringLiteral("refreshedLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(180);
    m_progress->setFormat(tr("%v of %m subscriptions"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancel->setIcon(StateIcons::icon(QStringLiteral("cancel")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setToolTip(tr("Stop loading; what has been loaded stays"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &LoadStatus::cancelRequested);
    bar->addPermanentWidget(m_counts);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_activity);
    bar->addPermanentWidget(m_reads);
    bar->addPermanentWidget(m_refreshed);
}

QString LoadStatus::countsText(const InventoryTreeModel &tree)
{
    return QStringList{tr("%n subscription(s)", nullptr, tree.count(InventoryNodeType::Subscription)),
                       tr("%n VNet(s)", nullptr, tree.count(InventoryNodeType::VirtualNetwork)),
                       tr("%n subnet(s)", nullptr, tree.count(InventoryNodeType::Subnet)),
                       tr("%n registry(-ies)", nullptr, tree.count(InventoryNodeType::Registry))}
        .join(QStringLiteral(" · "));
}

void LoadStatus::setCounts(const InventoryTreeModel &tree)
{
    m_counts->setText(countsText(tree));
}

void LoadStatus::setActivity(int requestsInFlight, int remainingReads)
{
    m_activity->setText(requestsInFlight > 0 ? tr("%n request(s) in flight", nullptr, requestsInFlight) : QString());
    m_reads->setText(remainingReads >= 0 ? tr("reads left %1").arg(QLocale().toString(remainingReads)) : QString());
}

void LoadStatus::loadStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

void LoadStatus::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
}

void LoadStatus::loadFinished(bool cancelled)
{
    m_progress->hide();
    m_cancel->hide();
    if (!cancelled)
        m_refreshed->setText(tr("Refreshed %1").arg(QLocale().toString(Clock::now().time(), QLocale::ShortFormat)));
}

} // namespace acrnet
