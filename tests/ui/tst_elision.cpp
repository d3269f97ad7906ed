// Screens fit for screenshots: at 1280×800, in English and in Spanish, on the training scenario, the main window and
// each dialog show every label, button, group title, tab, column header and tree name whole. A cell may be elided
// only when its tooltip holds its whole text (the details' long values, the tree's state column); a label, a button,
// a header or a name of the tree may not. Drawn as the capture draws: Fusion, DejaVu Sans 9 pt.
#include "models/inventorytreemodel.h"
#include "models/resourcefilterproxymodel.h"
#include "tests/support/appfixture.h"
#include "ui/deletegroupdialog.h"
#include "ui/detailspane.h"
#include "ui/ruleseditordialog.h"
#include "ui/serviceendpointdialog.h"
#include "ui/vmcheckdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace acrnet;
using acrnet::test::AppFixture;

namespace {

const QString kTraining = QStringLiteral("/subscriptions/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
const QString kRegistry =
    kTraining + QStringLiteral("/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/"
                               "mycontainerregistry");
const QString kSubnet = kTraining + QStringLiteral("/resourceGroups/myResourceGroup/providers/Microsoft.Network/"
                                                   "virtualNetworks/myDockerVMVNET/subnets/myDockerVMSubnet");

QString where(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(p->objectName());
    }
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + path.join(QLatin1Char('/'));
}

bool shown(const QWidget *w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

QStringList cutLabels(QWidget *window)
{
    QStringList out;
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!shown(l) || l->text().isEmpty() || l->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        const QRect room = l->contentsRect().adjusted(l->margin(), l->margin(), -l->margin(), -l->margin());
        if (l->wordWrap() || Qt::mightBeRichText(l->text())) {
            if (l->heightForWidth(l->width()) > l->height() + 1)
                out << QStringLiteral("%1: \"%2\" needs %3 px of height, has %4")
                           .arg(where(l), l->text().left(80))
                           .arg(l->heightForWidth(l->width()))
                           .arg(l->height());
            continue;
        }
        int need = 0;
        QString text = l->text();
        if (l->buddy()) // a mnemonic's ampersand is not drawn
            text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                .remove(QLatin1Char('&'))
                .replace(QLatin1Char('\x01'), QLatin1Char('&'));
        for (const QString &line : text.split(QLatin1Char('\n')))
            need = qMax(need, l->fontMetrics().horizontalAdvance(line));
        if (need > room.width() + 1)
            out << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                       .arg(where(l), l->text().left(80))
                       .arg(need)
                       .arg(room.width());
    }
    return out;
}

QStringList cutControls(QWidget *window)
{
    QStringList out;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (qobject_cast<QLineEdit *>(b->parentWidget())) // a field's clear button: an icon, its text is a name
            continue;
        if (shown(b) && !b->text().isEmpty() && b->sizeHint().width() > b->width() + 1)
            out << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                       .arg(where(b), b->text())
                       .arg(b->sizeHint().width())
                       .arg(b->width());
    }
    for (QGroupBox *g : window->findChildren<QGroupBox *>()) {
        if (shown(g) && g->fontMetrics().horizontalAdvance(g->title()) + 16 > g->width())
            out << QStringLiteral("%1: title \"%2\" cut").arg(where(g), g->title());
    }
    for (QTabBar *t : window->findChildren<QTabBar *>()) {
        for (int i = 0; shown(t) && i < t->count(); ++i) {
            if (t->isTabVisible(i) &&
                t->fontMetrics().horizontalAdvance(QString(t->tabText(i)).remove(QLatin1Char('&'))) + 12 >
                    t->tabRect(i).width())
                out << QStringLiteral("%1: tab \"%2\" cut").arg(where(t), t->tabText(i));
        }
    }
    for (QComboBox *c : window->findChildren<QComboBox *>()) {
        if (shown(c) && !c->isEditable() && c->minimumSizeHint().width() <= c->width() &&
            c->sizeHint().width() > c->width() + 1)
            out << QStringLiteral("%1: \"%2\" cut").arg(where(c), c->currentText());
    }
    return out;
}

// Header sections wholly in view must show their title whole; cells may be elided only with their text in the
// tooltip, and the tree's names not at all.
QStringList cutCells(QWidget *window)
{
    QStringList out;
    for (QAbstractItemView *v : window->findChildren<QAbstractItemView *>()) {
        if (!shown(v) || !v->model() || qobject_cast<QHeaderView *>(v))
            continue;
        QAbstractItemModel *m = v->model();
        const QFontMetrics fm = v->fontMetrics();
        auto *tree = qobject_cast<QTreeView *>(v);
        auto *table = qobject_cast<QTableView *>(v);
        QHeaderView *header = tree    ? tree->header()
                              : table ? table->horizontalHeader() // not the first header found: it may be the rows'
                                      : v->findChild<QHeaderView *>();
        if (header && shown(header)) {
            for (int c = 0; c < m->columnCount(); ++c) {
                const int x = header->sectionViewportPosition(c);
                if (header->isSectionHidden(c) || x < 0 || x + header->sectionSize(c) > header->viewport()->width())
                    continue;
                const QString title = m->headerData(c, Qt::Horizontal).toString();
                if (fm.horizontalAdvance(title) + 8 > header->sectionSize(c))
                    out << QStringLiteral("%1: header \"%2\" cut").arg(where(v), title);
            }
        }
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    const QRect rect = v->visualRect(i);
                    if (!rect.isValid() || !v->viewport()->rect().intersects(rect))
                        continue;
                    const QString text = i.data().toString();
                    const bool icon = !i.data(Qt::DecorationRole).isNull();
                    int need = 0;
                    for (const QString &line : text.split(QLatin1Char('\n')))
                        need = qMax(need, fm.horizontalAdvance(line));
                    need += 6 + (icon ? v->iconSize().width() > 0 ? v->iconSize().width() + 4 : 20 : 0);
                    const bool wrapped = rect.height() > fm.height() * 3 / 2;
                    if (text.isEmpty() || wrapped || need <= rect.width())
                        continue;
                    const bool treeName = tree && tree->objectName() == QLatin1String("resourceTree") && c == 0;
                    if (treeName || !i.data(Qt::ToolTipRole).toString().contains(text))
                        out << QStringLiteral("%1: cell \"%2\" cut (needs %3 px, has %4)%5")
                                   .arg(where(v), text.left(60))
                                   .arg(need)
                                   .arg(rect.width())
                                   .arg(treeName ? QStringLiteral(", a name of the tree")
                                                 : QStringLiteral(", no tooltip"));
                }
                if (tree && tree->isExpanded(m->index(r, 0, parent)))
                    walk(m->index(r, 0, parent));
            }
        };
        walk(QModelIndex());
    }
    return out;
}

QStringList cutTexts(QWidget *window)
{
    window->grab(); // laid out and painted, as on screen
    return cutLabels(window) + cutControls(window) + cutCells(window);
}

} // namespace

class TestElision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingIsCutAt1280x800_data();
    void nothingIsCutAt1280x800();

private:
    QList<QWidget *> openEverything(AppFixture &app);
};

void TestElision::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_elision"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY(QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")) >= 0);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

void TestElision::nothingIsCutAt1280x800_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("es") << "es";
}

QList<QWidget *> TestElision::openEverything(AppFixture &app)
{
    MainWindow *w = app.window();
    // Every name of the scenario, down to the subnets, opened as a user opens them (one node at a time).
    std::function<void(const QModelIndex &)> open = [&](const QModelIndex &parent) {
        for (int r = 0; r < w->treeProxy()->rowCount(parent); ++r) {
            const QModelIndex i = w->treeProxy()->index(r, 0, parent);
            w->treeView()->expand(i);
            open(i);
        }
    };
    open(QModelIndex());
    w->treeView()->setCurrentIndex(w->treeProxy()->mapFromSource(w->treeModel()->indexForKey(kRegistry.toLower())));
    AdminActions *admin = w->adminActions();
    QList<QWidget *> windows{w};
    windows << admin->editRules(kRegistry);
    windows << admin->setEndpoints({kSubnet}, true);
    windows << admin->deleteGroup(kTraining.mid(15), QStringLiteral("myResourceGroup"));
    windows << admin->checkFromMachines(kRegistry, {});
    w->findChild<QAction *>(QStringLiteral("networkSettingsAction"))->trigger();
    w->showAccounts();
    w->showSubscriptionPicker();
    QTest::qWait(300);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && !windows.contains(top))
            windows << top;
    }
    return windows;
}

void TestElision::nothingIsCutAt1280x800()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/acrnetadmin_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    {
        AppFixture app(QStringLiteral("training"));
        QVERIFY(app.ok());
        MainWindow *w = app.openWindow();
        w->resize(1280, 800); // the size screenshots are taken at, before the panes first show
        QVERIFY(app.signIn(2));
        QTRY_VERIFY(w->detailsPane()->isVisible());
        const QList<QWidget *> windows = openEverything(app);
        QVERIFY(windows.size() >= 7);
        QTRY_VERIFY(!w->detailsPane()->resourceId().isEmpty());
        QStringList problems;
        int tabs = 0;
        for (QWidget *window : windows) {
            problems << cutTexts(window);
            for (QTabWidget *t : window->findChildren<QTabWidget *>()) {
                for (int i = 0; t->isVisible() && i < t->count(); ++i, ++tabs) {
                    t->setCurrentIndex(i);
                    problems << cutTexts(window);
                }
            }
        }
        problems.removeDuplicates();
        QVERIFY(tabs >= 6);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 cut in %2:\n").arg(problems.size()).arg(language) +
                                                problems.join(QLatin1Char('\n'))));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestElision)
#include "tst_elision.moc"
