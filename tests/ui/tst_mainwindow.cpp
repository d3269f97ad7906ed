#include "ui/activitydock.h"
#include "ui/auditpane.h"
#include "ui/helpdialog.h"
#include "ui/mainwindow.h"
#include "ui/windowgeometry.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace acrnet;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sandboxBannerOnlyOnSandbox();
    void sandboxStates();
    void emptyStateExplainsItself();
    void menuBarOffersTheActions();
    void readOnlyIsShownAndEnforced();
    void windowsFitTheScreen();
    void userGuideShowsItsTopics();
};

void TestMainWindow::sandboxBannerOnlyOnSandbox()
{
    MainWindowOptions options;
    options.sandboxScenario = QStringLiteral("training");
    MainWindow onSandbox(options);
    onSandbox.show();
    auto *banner = onSandbox.findChild<QLabel *>(QStringLiteral("sandboxBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("Sandbox")));
    QVERIFY(banner->text().contains(QLatin1String("training")));

    MainWindow plain{MainWindowOptions()};
    QVERIFY(!plain.findChild<QLabel *>(QStringLiteral("sandboxBanner")));
}

void TestMainWindow::sandboxStates()
{
    MainWindowOptions options;
    options.sandboxScenario = QStringLiteral("demo");
    MainWindow window(options);
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty->text().startsWith(QLatin1String("Starting the sandbox")));
    window.sandboxStarted(QUrl(QStringLiteral("http://127.0.0.1:4321")));
    QVERIFY(empty->text().contains(QLatin1String("running at http://127.0.0.1:4321")));
    QVERIFY(empty->text().contains(QLatin1String("\"demo\"")));
    window.sandboxFailed(QStringLiteral("port in use"));
    QVERIFY(empty->text().contains(QLatin1String("could not start")));
    QVERIFY(empty->text().contains(QLatin1String("port in use")));
}

void TestMainWindow::emptyStateExplainsItself()
{
    MainWindow window{MainWindowOptions()};
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->text().startsWith(QLatin1String("Not signed in.")));
}

void TestMainWindow::menuBarOffersTheActions()
{
    MainWindowOptions options;
    options.sandboxScenario = QStringLiteral("demo");
    MainWindow window(options);
    window.show();
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                 QStringLiteral("&Tools"), QStringLiteral("&Help")}));
    auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("networkSettingsAction")));
    // One action, shared: the toolbar's Refresh is the View menu's, with its F5.
    QMenu *view = window.menuBar()->actions().at(2)->menu();
    auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(view->actions().contains(refresh));
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    // A closed Activity dock comes back from the View menu.
    window.activityDock()->close();
    QVERIFY(!window.activityDock()->isVisible());
    window.activityDock()->toggleViewAction()->trigger();
    QVERIFY(window.activityDock()->isVisible());
    QVERIFY(view->actions().contains(window.activityDock()->toggleViewAction()));
    // Panes can be hidden for room and brought back.
    auto *showTree = window.findChild<QAction *>(QStringLiteral("showTreeAction"));
    QVERIFY(showTree && showTree->isChecked());
    showTree->trigger();
    QVERIFY(window.treeView()->isHidden());
    showTree->trigger();
    QVERIFY(!window.treeView()->isHidden());
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("exportReportAction"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+E")));
    // The sandbox has no portal; elsewhere the action is there with its shortcut.
    auto *portal = window.findChild<QAction *>(QStringLiteral("openInPortalAction"));
    QVERIFY(portal);
    QVERIFY(!portal->isVisible());
    MainWindow plain{MainWindowOptions()};
    auto *realPortal = plain.findChild<QAction *>(QStringLiteral("openInPortalAction"));
    QVERIFY(realPortal->isVisible());
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("detailsPortalButton")));
    QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("detailsPortalButton"))->isVisibleTo(&window));
    QCOMPARE(realPortal->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
}

void TestMainWindow::readOnlyIsShownAndEnforced()
{
    MainWindowOptions options;
    options.readOnly = true;
    MainWindow window(options);
    window.show();
    QVERIFY(window.windowTitle().contains(QLatin1String("read-only")));
    auto *badge = window.findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
    QVERIFY(badge);
    QTRY_VERIFY(badge->isVisible());
    auto *fix =
        window.auditPane()->findingsWidget()->window()->findChild<QPushButton *>(QStringLiteral("fixFindingButton"));
    QVERIFY(fix);
    QVERIFY(!fix->isEnabled());
    QVERIFY(fix->toolTip().contains(QLatin1String("Read-only")));
    MainWindow writable{MainWindowOptions()};
    QVERIFY(!writable.findChild<QLabel *>(QStringLiteral("readOnlyBadge")));
    QVERIFY(!writable.windowTitle().contains(QLatin1String("read-only")));
}

void TestMainWindow::windowsFitTheScreen()
{
    // The offscreen screen is small (800×600): the first window fits it instead of opening at 1280×800, clipped.
    const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
    MainWindow window{MainWindowOptions()};
    window.show();
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(room.width())
                            .arg(room.height())));
    if (qEnvironmentVariableIsSet("ACRNET_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("ACRNET_SCREENSHOT_DIR") +
                           QStringLiteral("/main-window-scale-%1.png").arg(window.devicePixelRatioF()));
    // A geometry saved on a screen that is gone (far off to the right) comes back onto this one, whole.
    QWidget far;
    far.resize(room.width() * 2, room.height() * 2);
    far.move(room.right() + 3000, room.bottom() + 3000);
    far.show();
    const QByteArray saved = far.saveGeometry();
    QWidget restored;
    QVERIFY(WindowGeometry::restoreClamped(&restored, saved));
    restored.show();
    QVERIFY2(room.contains(restored.frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                                                                     .arg(restored.frameGeometry().x())
                                                                     .arg(restored.frameGeometry().y())
                                                                     .arg(restored.frameGeometry().width())
                                                                     .arg(restored.frameGeometry().height())
                                                                     .arg(room.width())
                                                                     .arg(room.height())));
    QVERIFY(!WindowGeometry::restoreClamped(&restored, QByteArray("not a geometry")));
}

void TestMainWindow::userGuideShowsItsTopics()
{
    MainWindow window{MainWindowOptions()};
    window.show();
    auto *guide = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *dialog = window.findChild<HelpDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList topics = dialog->topics();
    QVERIFY2(topics.contains(QStringLiteral("Desktop conventions")), qPrintable(topics.join(QLatin1Char('|'))));
    QVERIFY(topics.contains(QStringLiteral("Auditing (Findings, Access matrix, reports, pipelines)")));
    dialog->showTopic(QStringLiteral("Desktop conventions"));
    auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("helpText"));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("Desktop conventions"));
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
