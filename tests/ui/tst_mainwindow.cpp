#include "ui/mainwindow.h"

#include <QLabel>
#include <QtTest>

using namespace acrnet;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sandboxBannerOnlyOnSandbox();
    void sandboxStates();
    void emptyStateExplainsItself();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
