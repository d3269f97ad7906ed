// Every interactive control of the main window and of each dialog has an accessible name (its own, or the label it
// is the buddy of) — what a screen reader announces. A combo box must be named by its label, not by the value it
// shows; clear buttons inside line edits count too. The test opens the windows on the sandbox's demo estate.
#include "tests/support/appfixture.h"
#include "ui/deletegroupdialog.h"
#include "ui/legacycleanupdialog.h"
#include "ui/ruleseditordialog.h"
#include "ui/serviceendpointdialog.h"
#include "ui/vmcheckdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>

using namespace acrnet;
using acrnet::test::AppFixture;

namespace {

const QString kProd = QStringLiteral("/subscriptions/1f0e2d3c-4b5a-4697-8877-665544332211");
const QString kRegistry = kProd + QStringLiteral("/resourceGroups/rg-platform/providers/"
                                                 "Microsoft.ContainerRegistry/registries/contosoprod");
const QString kSubnet = kProd + QStringLiteral("/resourceGroups/rg-platform/providers/Microsoft.Network/"
                                               "virtualNetworks/vnet-hub/subnets/snet-build");

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w);
}

// Parts Qt builds inside composite controls (a combo box's editor, a spin box's line edit, a view's scroll bars and
// headers), which the composite names for them.
bool isInternalPart(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return w->objectName().startsWith(QLatin1String("qt_"));
}

QStringList unnamed(QWidget *window)
{
    QStringList out;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || !isInteractive(w) || isInternalPart(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        auto *combo = qobject_cast<QComboBox *>(w);
        const bool namedByValue = combo && w->accessibleName().isEmpty() && name == combo->currentText();
        if (name.isEmpty() || namedByValue)
            out << QStringLiteral("%1 \"%2\" (%3)%4")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), window->objectName(),
                            namedByValue ? QStringLiteral(" named by its value") : QString());
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyControlIsNamed();
};

void TestAccessibility::everyControlIsNamed()
{
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    QVERIFY(app.start(3, {QStringLiteral("sandbox"), QStringLiteral("sandbox-fabrikam")}));
    MainWindow *w = app.window();
    AdminActions *admin = w->adminActions();
    QList<QWidget *> windows{w};
    windows << admin->editRules(kRegistry);
    windows << admin->setEndpoints({kSubnet}, true);
    windows << admin->deleteGroup(QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211"),
                                  QStringLiteral("rg-platform"));
    windows << admin->checkFromMachines(kRegistry, {});
    windows << admin->removeLegacyRules({kRegistry});
    w->findChild<QAction *>(QStringLiteral("networkSettingsAction"))->trigger();
    w->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    w->showAccounts();
    w->showSubscriptionPicker();
    const auto visibleTopLevels = [] {
        const QWidgetList tops = QApplication::topLevelWidgets();
        return std::count_if(tops.cbegin(), tops.cend(), [](const QWidget *t) { return t->isVisible(); });
    };
    QTRY_VERIFY(visibleTopLevels() >= 9);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && !windows.contains(top))
            windows << top;
    }
    QVERIFY(windows.size() >= 9);
    QStringList problems;
    int tabsVisited = 0;
    for (QWidget *window : std::as_const(windows)) {
        QVERIFY(window);
        problems << unnamed(window);
        // What hides behind tabs (Findings, Access matrix, the details pane's JSON…) is walked too.
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i, ++tabsVisited) {
                tabs->setCurrentIndex(i);
                QTest::qWait(20);
                problems << unnamed(window);
            }
        }
    }
    problems.removeDuplicates();
    QVERIFY2(tabsVisited >= 4, qPrintable(QString::number(tabsVisited)));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 unnamed:\n").arg(problems.size()) + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
