#include "walkthroughcapture.h"
#include "walkthroughsupport.h"

#include "adminactions.h"
#include "app/azure/azcommands.h"
#include "app/services/changeservice.h"
#include "app/services/inventoryservice.h"
#include "app/services/runningoperations.h"
#include "deletegroupdialog.h"
#include "detailspane.h"
#include "inventorytablespane.h"
#include "mainwindow.h"
#include "models/inventoryroles.h"
#include "models/inventorytreemodel.h"
#include "models/machinecheckmodel.h"
#include "models/resourcefilterproxymodel.h"
#include "operationdialog.h"
#include "presentation.h"
#include "ruleseditordialog.h"
#include "serviceendpointdialog.h"
#include "vmcheckdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>

namespace acrnet {

namespace {

constexpr int kPollMs = 50;
constexpr int kTimeoutMs = 60000;
constexpr int kQuietMs = 400;

const QColor kOutline(0xc5, 0x0f, 0x1f);

using walkthrough::child;

void drawBadge(QPainter &p, const QRect &bounds, QPoint at, int number)
{
    const int r = 12;
    at.setX(qBound(r + 1, at.x(), bounds.width() - r - 1));
    at.setY(qBound(r + 1, at.y(), bounds.height() - r - 1));
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(kOutline);
    p.drawEllipse(at, r, r);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(14);
    p.setFont(f);
    p.drawText(QRect(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(number));
}

} // namespace

WalkthroughCapture::WalkthroughCapture(MainWindow *window, InventoryService *inventory, const QString &outDir,
                                       QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_inventory(inventory)
    , m_outDir(outDir)
    , m_poll(new QTimer(this))
    , m_timeoutMs(kTimeoutMs)
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        m_waitedMs += kPollMs;
        const Item &item = m_queue.first();
        if (item.ready()) {
            m_poll->stop();
            m_queue.removeFirst();
            QTimer::singleShot(0, this, &WalkthroughCapture::runNext);
        } else if (m_waitedMs > m_timeoutMs) {
            fail(tr("Timed out waiting for %1.").arg(item.what));
        }
    });
}

void WalkthroughCapture::start()
{
    AdminActions *admin = m_window->adminActions();
    // The capture is the user here: it answers the confirmations the way the walkthrough does.
    admin->setAsk([](const QString &, std::function<void(bool)> answer) { answer(true); });
    admin->setVerifyDelayMs(300);
    admin->setRegistrationPollMs(200);
    waitUntil(tr("the inventory"), [this] { return !registryId(QStringLiteral("mycontainerregistry")).isEmpty(); });
    settle();
    queueSeedSteps1To4();
    queueSeedSteps5To7();
    queueSeedSteps8To11();
    queueRefusals();
    queueDone();
    runNext();
}

void WalkthroughCapture::then(const std::function<void()> &run)
{
    m_queue.append({QString(), run, nullptr});
}

void WalkthroughCapture::waitUntil(const QString &what, const std::function<bool()> &ready)
{
    m_queue.append({what, nullptr, ready});
}

void WalkthroughCapture::settle()
{
    waitUntil(tr("the app to be idle"), [this] { return idle(); });
    auto quiet = std::make_shared<QElapsedTimer>();
    then([quiet] { quiet->start(); });
    waitUntil(tr("the app to be idle"), [this, quiet] {
        if (!idle())
            quiet->start();
        return quiet->elapsed() >= kQuietMs;
    });
}

bool WalkthroughCapture::idle() const
{
    return !m_inventory->isLoading() && m_window->adminActions()->changes()->operations()->count() == 0;
}

void WalkthroughCapture::runNext()
{
    while (!m_done && !m_queue.isEmpty()) {
        const Item item = m_queue.first();
        if (item.ready) {
            m_waitedMs = 0;
            m_poll->start();
            return;
        }
        m_queue.removeFirst();
        item.run();
    }
}

void WalkthroughCapture::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    m_queue.clear();
    emit finished(1, why);
}

QString WalkthroughCapture::registryId(const QString &name) const
{
    for (const Registry &r : m_inventory->snapshot().registries) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return r.id.toString();
    }
    return {};
}

QString WalkthroughCapture::subnetId(const QString &name) const
{
    for (const Subnet &s : m_inventory->snapshot().subnets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s.id.toString();
    }
    return {};
}

QString WalkthroughCapture::subscriptionId(const QString &displayName) const
{
    for (const Subscription &s : m_inventory->snapshot().subscriptions) {
        if (s.displayName == displayName)
            return s.subscriptionId;
    }
    return {};
}

QRect WalkthroughCapture::rectOf(QWidget *window, QWidget *target) const
{
    if (!target)
        return {};
    return QRect(target->mapTo(window, QPoint(0, 0)), target->size());
}

QRect WalkthroughCapture::treeRowOf(const QString &key) const
{
    QTreeView *tree = m_window->treeView();
    const QModelIndex index = m_window->treeProxy()->mapFromSource(m_window->treeModel()->indexForKey(key.toLower()));
    const QRect cell = tree->visualRect(index);
    if (!cell.isValid())
        return {};
    const QRect row(0, cell.y(), tree->viewport()->width(), cell.height());
    return QRect(tree->viewport()->mapTo(m_window, row.topLeft()), row.size());
}

QRect WalkthroughCapture::tableRowOf(QWidget *view, const QString &id) const
{
    auto *table = qobject_cast<QTableView *>(view);
    if (!table)
        return {};
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        if (index.data(ResourceIdRole).toString().compare(id, Qt::CaseInsensitive) != 0)
            continue;
        const QRect cell = table->visualRect(index);
        const QRect row(0, cell.y(), table->viewport()->width(), cell.height());
        return QRect(table->viewport()->mapTo(m_window, row.topLeft()), row.size());
    }
    return {};
}

void WalkthroughCapture::selectInTree(const QString &key)
{
    QTreeView *tree = m_window->treeView();
    const QModelIndex index = m_window->treeProxy()->mapFromSource(m_window->treeModel()->indexForKey(key.toLower()));
    tree->setCurrentIndex(index);
    tree->scrollTo(index);
}

void WalkthroughCapture::shoot(const QString &id, QWidget *window, const QList<QRect> &targets, const QString &az)
{
    if (!window) {
        fail(tr("The window of step %1 is not open.").arg(id));
        return;
    }
    window->activateWindow();
    QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    image.setDevicePixelRatio(1);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    int number = 0;
    for (const QRect &target : targets) {
        ++number;
        if (!target.isValid())
            continue;
        p.setPen(QPen(kOutline, 3));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(target.adjusted(-3, -3, 3, 3), 5, 5);
        if (targets.size() > 1)
            drawBadge(p, image.rect(), target.topLeft() + QPoint(-4, -4), number);
    }
    p.end();
    const QString file = QDir(m_outDir).filePath(id + QStringLiteral(".png"));
    QImageWriter writer(file, "png");
    if (!writer.write(image)) {
        fail(tr("Could not write %1: %2").arg(file, writer.errorString()));
        return;
    }
    m_written << file;
    for (GuideStep s : CaptureGuide::steps()) {
        if (s.id == id) {
            s.az = Presentation::instance()->shown(az);
            m_steps.append(s);
        }
    }
}

RulesEditorDialog *WalkthroughCapture::openEditor(const QString &registryName)
{
    m_editor = m_window->adminActions()->editRules(registryId(registryName));
    if (m_editor)
        m_editor->setVerifyDelayMs(300);
    return m_editor;
}

void WalkthroughCapture::closeEditor()
{
    if (m_editor)
        m_editor->close();
}

void WalkthroughCapture::applyEditor(const QString &what, const std::function<bool()> &done)
{
    then([this] {
        if (auto *apply = child<QAbstractButton>(m_editor, "applyButton"))
            apply->click();
    });
    waitUntil(what, done);
    settle();
    then([this] { closeEditor(); });
}

void WalkthroughCapture::queueDone()
{
    then([this] {
        std::sort(m_steps.begin(), m_steps.end(), [](const GuideStep &a, const GuideStep &b) {
            const QList<GuideStep> order = CaptureGuide::steps();
            const auto pos = [&order](const GuideStep &s) {
                return std::find_if(order.cbegin(), order.cend(), [&s](const GuideStep &o) { return o.id == s.id; }) -
                       order.cbegin();
            };
            return pos(a) < pos(b);
        });
        const QString title = m_ownEstate ? CaptureGuide::ownEstateTitle() : CaptureGuide::title();
        for (const auto &[name, data] :
             {std::pair<QString, QByteArray>{QStringLiteral("guide.md"),
                                             CaptureGuide::markdown(m_steps, title, m_notes)},
              std::pair<QString, QByteArray>{QStringLiteral("guide.html"),
                                             CaptureGuide::html(m_steps, m_outDir, title, m_notes)}}) {
            QFile file(QDir(m_outDir).filePath(name));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
                fail(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
                return;
            }
            m_written << file.fileName();
        }
        m_done = true;
        emit finished(0, m_notes.join(QLatin1Char('\n')));
    });
}

} // namespace acrnet
