#include "ui/mainwindow.h"

#include <QLabel>
#include <QtTest>

using namespace acrnet;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sandboxBannerOnlyOnSandbox();
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

void TestMainWindow::emptyStateExplainsItself()
{
    MainWindow window{MainWindowOptions()};
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->text().startsWith(QLatin1String("Not signed in.")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
