// GUI figures for tests/bench/inventory.sh: the main window loads the inventory from a running sandbox while a
// timer-lag probe measures the longest stall of the GUI thread; then peak RSS, and the time each keystroke of a
// filter takes over the loaded tables and tree. Prints "key=value" lines.
#include "app/audit/auditengine.h"
#include "app/auth/accountmanager.h"
#include "app/auth/accountstore.h"
#include "app/auth/secretstore.h"
#include "app/azure/workerpool.h"
#include "app/cli/allocator.h"
#include "app/services/inventoryservice.h"
#include "models/accessmatrixmodel.h"
#include "models/findingsmodel.h"
#include "models/inventorytreemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "ui/auditpane.h"
#include "ui/inventorytablespane.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>
#include <cstdio>

using namespace acrnet;

namespace {

double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void print(const char *key, double value, const char *unit)
{
    std::printf("%s=%.1f %s\n", key, value, unit);
    std::fflush(stdout);
}

// Ticks every 5 ms; any later tick means the GUI thread was busy that long.
struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock; // since start()
    qint64 last = 0;
    qint64 longest = 0;
    qint64 longestAt = 0; // when the longest stall ended

    StallProbe()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            if (now - last - timer.interval() > longest) {
                longest = now - last - timer.interval();
                longestAt = now;
            }
            last = now;
        });
    }
    void start()
    {
        clock.start();
        last = 0;
        longest = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
    qint64 sinceStart() const { return clock.elapsed(); }
};

// Filter keystrokes over the whole estate, then the pause that expands the filtered tree, then clearing.
void measureFilter(MainWindow &window)
{
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    // The worst case: the 20,000-row subnet table is the one on screen while the tree filters too.
    window.tablesPane()->setCurrentTab(InventoryTablesPane::SubnetsTab);
    QCoreApplication::processEvents();
    const QString typed = QStringLiteral("snet-05 10.7");
    double worst = 0;
    double total = 0;
    QStringList each;
    for (int i = 1; i <= typed.size(); ++i) {
        QElapsedTimer k;
        k.start();
        filter->setText(typed.left(i));
        QCoreApplication::processEvents(); // includes the views' relayout and repaint
        const double ms = k.nsecsElapsed() / 1e6;
        worst = qMax(worst, ms);
        each << QString::number(ms, 'f', 1);
        total += ms;
    }
    // The deferred expansion of the filtered tree runs once typing pauses: the longest the GUI thread is held
    // meanwhile (the expansion, its relayout and repaint).
    StallProbe pause;
    pause.start();
    QTest::qWait(400);
    pause.stop();
    print("filter_pause_then_expand", double(pause.longest), "ms");
    std::printf("filter_keystrokes=%s ms\n", qPrintable(each.join(QLatin1Char(' '))));
    print("filter_keystroke_worst", worst, "ms");
    print("filter_keystroke_mean", total / typed.size(), "ms");
    std::printf("filter_matches=%d subnets\n", window.tablesPane()->subnetProxy()->rowCount());
    QElapsedTimer k;
    k.start();
    filter->clear();
    QCoreApplication::processEvents();
    print("filter_clear", k.nsecsElapsed() / 1e6, "ms");
}

// The access matrix at full size: shown, then scrolled to its far corner.
void measureMatrix(MainWindow &window)
{
    AccessMatrixModel *matrix = window.auditPane()->matrixModel();
    QElapsedTimer m;
    m.start();
    window.tablesPane()->findChild<QTabWidget *>(QStringLiteral("tableTabs"))->setCurrentIndex(3);
    QCoreApplication::processEvents();
    // Until its rows and columns, laid out on a worker thread, are in and painted.
    while (matrix->isRebuilding() || matrix->rowCount() == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    print("matrix_show", m.nsecsElapsed() / 1e6, "ms");
    std::printf("matrix=%d x %d\n", matrix->rowCount(), matrix->columnCount());
    m.start();
    window.auditPane()->matrixView()->scrollToBottom();
    window.auditPane()->matrixView()->horizontalScrollBar()->setValue(
        window.auditPane()->matrixView()->horizontalScrollBar()->maximum());
    QCoreApplication::processEvents();
    print("matrix_scroll_to_corner", m.nsecsElapsed() / 1e6, "ms");
}

// The audit of the loaded estate on a worker thread, as the window runs it (the window's own run has already
// been measured as part of the load's stall figures).
void measureAudit(MainWindow &window, InventoryService &inventory)
{
    Q_UNUSED(window)
    QElapsedTimer a;
    a.start();
    const InventorySnapshot copy = inventory.snapshot();
    const Cloud cloud = inventory.loadedCloud();
    QFuture<QList<Finding>> future =
        QtConcurrent::run(workerPool(), [copy, cloud] { return AuditEngine::run(copy, cloud); });
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    print("audit_worker", a.nsecsElapsed() / 1e6, "ms");
    std::printf("audit_worker_findings=%d\n", int(future.result().size()));
}

// With ACRNET_BENCH_SLOW_EVENTS=MS set, names every event the GUI thread took longer than MS to handle (its
// receiver's class and the event type) on stderr: what a long stall was doing.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_slowMs <= 0 || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        // Read before the event is handled: a DeferredDelete deletes its receiver (the main window at exit).
        const int type = event->type();
        const char *className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const char *parentClass = receiver->parent() ? receiver->parent()->metaObject()->className() : "-";
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (t.elapsed() >= m_slowMs)
            std::fprintf(stderr, "slow event: %lld ms, %s (%s), event type %d, parent %s\n", t.elapsed(), className,
                         qPrintable(name), type, parentClass);
        return result;
    }
    int m_slowMs = qEnvironmentVariableIntValue("ACRNET_BENCH_SLOW_EVENTS");
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    useOneAllocationArena(); // as the app does
    TimedApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("acrnet.*.debug=false\nqt.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("acrnet-bench-gui"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: acrnet-bench-gui SANDBOX_URL [arm|graph] [SCENARIO [SUBSCRIPTIONS]]\n");
        return 2;
    }
    const QUrl endpoint(args.at(1));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    AccountStore store(&settings);
    AccountManager accounts(&network, &secrets, &store);
    InventoryService inventory(&accounts, &network, &settings);
    if (args.value(2) == QLatin1String("arm"))
        inventory.setPathSetting(InventoryPath::ResourceManager);
    else if (args.value(2) == QLatin1String("graph"))
        inventory.setPathSetting(InventoryPath::ResourceGraph);
    MainWindowOptions options;
    options.sandboxScenario = args.value(3, QStringLiteral("large"));
    // Tenants are discovered after the first sign-in, so the first load may see only the home tenant's share.
    const int expectedSubscriptions = args.value(4, QStringLiteral("1")).toInt();
    MainWindow window(options, &accounts, &inventory);
    window.show();

    StallProbe probe;
    qint64 loadMs = 0;
    qint64 auditShownAt = 0;
    QObject::connect(&inventory, &InventoryService::started, &app, [&] { probe.start(); });
    QObject::connect(&inventory, &InventoryService::finished, &app, [&](bool cancelled) {
        if (cancelled || window.treeModel()->count(InventoryNodeType::Subnet) == 0 ||
            window.treeModel()->count(InventoryNodeType::Subscription) < expectedSubscriptions)
            return; // an early, superseded or partial load (accounts and tenants still settling)
        loadMs = probe.sinceStart();
        print("gui_load", double(loadMs), "ms");
        // Keep probing until the audit of the loaded estate is on screen, and a little after: the audit and the
        // matrix are rebuilt when a load finishes, and applying them is GUI-thread work too.
        while (auditShownAt == 0 && probe.sinceStart() - loadMs < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QTest::qWait(500);
        probe.stop();
        print("gui_longest_stall", double(probe.longest), "ms");
        std::printf("gui_longest_stall_at=%lld ms after the load began (load took %lld ms, audit shown at %lld ms)\n",
                    probe.longestAt, loadMs, auditShownAt);
        std::printf("gui_loaded=%d subscriptions, %d subnets, %d registries\n",
                    window.treeModel()->count(InventoryNodeType::Subscription),
                    window.treeModel()->count(InventoryNodeType::Subnet),
                    window.treeModel()->count(InventoryNodeType::Registry));
        QTimer::singleShot(500, &app, [&] {
            print("gui_rss", memoryMiB("VmRSS:"), "MiB");
            print("gui_peak_rss", memoryMiB("VmHWM:"), "MiB");
            measureFilter(window);
            std::printf("audit_findings=%d\n", window.auditPane()->findingsModel()->rowCount());
            measureAudit(window, inventory);
            measureMatrix(window);
            QCoreApplication::quit();
        });
    });
    QObject::connect(&window, &MainWindow::auditFinished, &app, [&] { auditShownAt = probe.sinceStart(); });
    window.sandboxStarted(endpoint, {QStringLiteral("sandbox")});
    QTimer::singleShot(300000, &app, [] {
        std::fprintf(stderr, "acrnet-bench-gui: no inventory after 300 s\n");
        QCoreApplication::exit(1);
    });
    return QApplication::exec();
}
