// Presentation mode end to end on the sandbox's demo estate: every window and dialog, every text a widget shows, every
// standard role of every view's model, tooltips, the clipboard and every export hold none of the scenario's GUIDs,
// public IP addresses, user names or tenant domains — and no other GUID, public address or e-mail address either
// (request and correlation IDs come from the server at run time). Writes made in presentation mode reach Azure with
// the real values; turning the mode off shows them again.
#include "app/azure/redactor.h"
#include "models/findingsmodel.h"
#include "models/resourcefilterproxymodel.h"
#include "tests/support/appfixture.h"
#include "tests/ui/audittruthsupport.h"
#include "ui/activitydock.h"
#include "ui/auditpane.h"
#include "ui/deletegroupdialog.h"
#include "ui/detailspane.h"
#include "ui/legacycleanupdialog.h"
#include "ui/presentation.h"
#include "ui/ruleseditordialog.h"
#include "ui/serviceendpointdialog.h"
#include "ui/vmcheckdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeView>

using namespace acrnet;
using acrnet::audittruth::demoPrincipals;
using acrnet::test::AppFixture;

namespace {

const QString kProdId = QStringLiteral("1f0e2d3c-4b5a-4697-8877-665544332211");
const QString kProd = QStringLiteral("/subscriptions/") + kProdId;
const QString kPrivate = kProd + QStringLiteral("/resourceGroups/rg-platform/providers/"
                                                "Microsoft.ContainerRegistry/registries/contosoprivate");
const QString kBuild = kProd + QStringLiteral("/resourceGroups/rg-platform/providers/"
                                              "Microsoft.ContainerRegistry/registries/contosobuild");
const QString kSubnet = kProd + QStringLiteral("/resourceGroups/rg-platform/providers/Microsoft.Network/"
                                               "virtualNetworks/vnet-hub/subnets/snet-build");

// What the scenario holds that identifies someone: every GUID, every user, every tenant domain, every public address.
QStringList scenarioSecrets()
{
    QFile file(QStringLiteral(":/sandbox/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList out;
    for (const QString &pattern :
         {QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
          QStringLiteral("\"upn\":\\s*\"([^\"]+)\""), QStringLiteral("\"defaultDomain\":\\s*\"([^\"]+)\""),
          QStringLiteral("\"(20\\.61\\.14\\.0)/24\"")}) {
        auto it = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out << m.captured(m.lastCapturedIndex());
        }
    }
    out.removeDuplicates();
    return out;
}

// Written here, not borrowed from the app: a public IPv4 address is anything outside the special ranges.
bool isSpecialAddress(const QStringList &octets)
{
    const int a = octets.at(0).toInt();
    const int b = octets.at(1).toInt();
    const int c = octets.at(2).toInt();
    return a == 0 || a == 10 || a == 127 || a >= 224 || (a == 100 && b >= 64 && b < 128) || (a == 169 && b == 254) ||
           (a == 172 && b >= 16 && b < 32) || (a == 192 && b == 168) || (a == 192 && b == 0 && (c == 0 || c == 2)) ||
           (a == 198 && (b == 18 || b == 19)) || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113);
}

QStringList leaksIn(const QString &text, const QStringList &secrets)
{
    QStringList out;
    for (const QString &s : secrets) {
        if (text.contains(s, Qt::CaseInsensitive))
            out << s;
    }
    auto guids = QRegularExpression(
                     QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"))
                     .globalMatch(text);
    while (guids.hasNext()) {
        const QString g = guids.next().captured(0);
        if (g.mid(8, 16) != QLatin1String("-0000-4000-8000-") &&
            g != QLatin1String("00000000-0000-0000-0000-000000000000"))
            out << g;
    }
    auto ips = QRegularExpression(
                   QStringLiteral("(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\w]|\\.\\d)"))
                   .globalMatch(text);
    while (ips.hasNext()) {
        const QRegularExpressionMatch m = ips.next();
        const QStringList octets{m.captured(1), m.captured(2), m.captured(3), m.captured(4)};
        if (std::all_of(octets.cbegin(), octets.cend(), [](const QString &o) { return o.toInt() <= 255; }) &&
            !isSpecialAddress(octets))
            out << m.captured(0);
    }
    auto emails = QRegularExpression(QStringLiteral("([\\w.+-]+)@([\\w-]+(\\.[\\w-]+)+)")).globalMatch(text);
    while (emails.hasNext()) {
        const QRegularExpressionMatch m = emails.next();
        if (!QRegularExpression(QStringLiteral("^user-[0-9a-f]{6}$")).match(m.captured(1)).hasMatch())
            out << m.captured(0);
    }
    return out;
}

void walkModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex i = model->index(r, c, parent);
            for (int role = 0; role < Qt::UserRole; ++role) {
                const QVariant v = i.data(role);
                if (v.typeId() == QMetaType::QString)
                    texts << v.toString();
                else if (v.typeId() == QMetaType::QStringList)
                    texts << v.toStringList();
            }
        }
        walkModel(model, model->index(r, 0, parent), texts);
    }
    for (int c = 0; c < model->columnCount(parent); ++c) {
        for (int role = 0; role < Qt::UserRole && !parent.isValid(); ++role)
            texts << model->headerData(c, Qt::Horizontal, role).toString();
    }
}

// Every text a person or a screen reader can get from what `window` shows now.
QStringList shownTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        texts << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName() << w->accessibleDescription();
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        if (auto *g = qobject_cast<QGroupBox *>(w))
            texts << g->title();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->text() << e->placeholderText();
        if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            texts << p->toPlainText();
        if (auto *t = qobject_cast<QTextEdit *>(w))
            texts << t->toPlainText();
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        }
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i) << t->tabToolTip(i);
        }
        if (auto *s = qobject_cast<QStatusBar *>(w))
            texts << s->currentMessage();
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
            walkModel(v->model(), QModelIndex(), texts);
    }
    for (QAction *a : window->findChildren<QAction *>())
        texts << a->text() << a->toolTip() << a->statusTip();
    return texts;
}

QStringList leaksOf(QWidget *window, const QStringList &secrets, int *textsSeen)
{
    QStringList out;
    QTest::qWait(10); // what arrives by then is on screen...
    window->grab();   // ...once painted, as the screen would; read before anything else can arrive
    const QStringList texts = shownTexts(window);
    *textsSeen += int(texts.size());
    for (const QString &t : texts) {
        const QStringList leaks = leaksIn(t, secrets);
        if (!leaks.isEmpty())
            out << QStringLiteral("%1: %2 in \"%3\"")
                       .arg(window->objectName(), leaks.join(QLatin1Char(',')), t.left(200));
    }
    return out;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The audit as JSON, CSV and HTML, and the access matrix as CSV, exported as the user would.
QStringList exportEverything(const QString &dir, AuditPane *audit)
{
    QStringList exported;
    QString error;
    for (const QString &name :
         {QStringLiteral("audit.json"), QStringLiteral("audit.csv"), QStringLiteral("audit.html")}) {
        if (!audit->exportTo(dir + QLatin1Char('/') + name, &error))
            return {error};
        exported << readFile(dir + QLatin1Char('/') + name);
    }
    const QString matrixFile = dir + QStringLiteral("/matrix.csv");
    audit->setChooseFile([matrixFile](std::function<void(const QString &)> chosen) { chosen(matrixFile); });
    QTest::mouseClick(audit->matrixWidget()->findChild<QPushButton *>(QStringLiteral("exportMatrixButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return QFile::exists(matrixFile); }, 5000))
        return exported;
    exported << readFile(matrixFile);
    return exported;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    // The HTTP trace would bury a failure's message in CI's excerpt of the output.
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("acrnet.*.debug=false")); }
    void cleanup() { Presentation::instance()->setEnabled(false); }
    void nothingIdentifyingIsShownCopiedOrExported();
    void writesUseTheRealValues();
    void turningItOffShowsTheRealValues();
};

void TestPresentation::nothingIdentifyingIsShownCopiedOrExported()
{
    const QStringList secrets = scenarioSecrets();
    QVERIFY2(secrets.size() >= 10, qPrintable(secrets.join(QLatin1Char(','))));
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    MainWindowOptions options;
    options.presentation = true; // as --presentation
    QVERIFY(app.start(3, demoPrincipals(), options));
    MainWindow *w = app.window();
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("presentationBadge"))->isVisible());
    QVERIFY(w->findChild<QAction *>(QStringLiteral("presentationAction"))->isChecked());
    w->treeView()->expandAll();
    AuditPane *audit = w->auditPane();
    QTRY_VERIFY(audit->findingsModel()->rowCount() > 0);

    // The details of a registry with a public IP rule, and a resource ID copied.
    w->treeView()->setCurrentIndex(w->treeProxy()->mapFromSource(w->treeModel()->indexForKey(kPrivate.toLower())));
    QTRY_COMPARE(w->detailsPane()->resourceId(), kPrivate); // the real ID underneath
    w->treeView()->setFocus();
    w->findChild<QAction *>(QStringLiteral("copyIdAction"))->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.endsWith(QLatin1String("/registries/contosoprivate")) && !copied.contains(kProdId),
             qPrintable(copied));
    QVERIFY(leaksIn(copied, secrets).isEmpty());

    // Exports made in this mode.
    const QStringList exported = exportEverything(app.dir(), audit);
    QCOMPARE(exported.size(), 4);
    QVERIFY(exported.first().contains(QLatin1String("contosoprivate"))); // the report is there, names and all
    QVERIFY(exported.last().contains(QLatin1String("snet-build")));

    // Every window and dialog, what hides behind their tabs and pages included.
    AdminActions *admin = w->adminActions();
    RulesEditorDialog *editor = admin->editRules(kPrivate);
    QList<QWidget *> windows{w, editor};
    windows << admin->setEndpoints({kSubnet}, true);
    windows << admin->deleteGroup(kProdId, QStringLiteral("rg-platform"));
    windows << admin->checkFromMachines(kPrivate, {});
    windows << admin->removeLegacyRules({kBuild});
    w->findChild<QAction *>(QStringLiteral("networkSettingsAction"))->trigger();
    w->showAccounts();
    w->showSubscriptionPicker();
    QTRY_VERIFY(QApplication::activeModalWidget() || QApplication::topLevelWidgets().size() >= 8);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && !windows.contains(top))
            windows << top;
    }
    QStringList problems;
    int textsSeen = 0;
    for (QWidget *window : std::as_const(windows)) {
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());
        problems << leaksOf(window, secrets, &textsSeen);
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                problems << leaksOf(window, secrets, &textsSeen);
            }
        }
    }
    // The editor's review page: the az commands and the ARM request of a change that adds a public range.
    QVERIFY(editor->addIpRule(QStringLiteral("20.61.15.0/24")));
    editor->review();
    problems << leaksOf(editor, secrets + QStringList{QStringLiteral("20.61.15.")}, &textsSeen);
    const auto *commands = editor->findChild<QPlainTextEdit *>(QStringLiteral("azCommandsView"));
    QVERIFY(commands && commands->isVisible());
    QVERIFY2(commands->toPlainText().contains(QLatin1String("az acr network-rule add")) &&
                 commands->toPlainText().contains(QLatin1String("--name contosoprivate")),
             qPrintable(commands->toPlainText()));
    for (const QString &text : std::as_const(exported)) {
        const QStringList leaks = leaksIn(text, secrets);
        if (!leaks.isEmpty())
            problems << QStringLiteral("export: ") + leaks.join(QLatin1Char(','));
    }
    problems.removeDuplicates();
    QVERIFY2(textsSeen > 2000, qPrintable(QString::number(textsSeen))); // the walk did read the windows
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPresentation::writesUseTheRealValues()
{
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    MainWindowOptions options;
    options.presentation = true;
    QVERIFY(app.start(3, demoPrincipals(), options));
    MainWindow *w = app.window();
    RulesEditorDialog *editor = w->adminActions()->editRules(kPrivate);
    QTRY_VERIFY(editor->isVisible());
    // The list shows the public range as a placeholder; the configuration the editor writes holds the real one.
    editor->grab();
    auto *ips = editor->findChild<QAbstractItemView *>(QStringLiteral("ipRuleList"));
    QVERIFY(ips);
    QStringList shown;
    for (int r = 0; r < ips->model()->rowCount(); ++r)
        shown << ips->model()->index(r, 0).data().toString();
    QVERIFY2(!shown.join(QLatin1Char(' ')).contains(QLatin1String("20.61.14")),
             qPrintable(shown.join(QLatin1Char(' '))));
    QVERIFY2(shown.join(QLatin1Char(' ')).contains(QLatin1String("198.51.100.0/24")),
             qPrintable(shown.join(QLatin1Char(' '))));
    QVERIFY(editor->config().hasIpRule(QStringLiteral("20.61.14.0/24")));
    QVERIFY(editor->addIpRule(QStringLiteral("20.61.15.0/24")));
    editor->review();
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains(QLatin1String("Applied")), 15000);
    QStringList rules;
    const QJsonArray stored = app.resource(kPrivate, QStringLiteral("2021-08-01-preview"))
                                  .value(QLatin1String("properties"))
                                  .toObject()
                                  .value(QLatin1String("networkRuleSet"))
                                  .toObject()
                                  .value(QLatin1String("ipRules"))
                                  .toArray();
    for (const QJsonValue &r : stored)
        rules << r.toObject().value(QLatin1String("value")).toString();
    QCOMPARE(rules, (QStringList{QStringLiteral("198.51.100.0/24"), QStringLiteral("20.61.14.0/24"),
                                 QStringLiteral("20.61.15.0/24")}));
    // The change in the activity log, on screen and exported, shows placeholders too.
    const QStringList secrets = scenarioSecrets() + QStringList{QStringLiteral("20.61.15.")};
    QTRY_VERIFY(app.activity()->entries().size() >= 1);
    int textsSeen = 0;
    QStringList problems = leaksOf(w, secrets, &textsSeen);
    const QString file = app.dir() + QStringLiteral("/activity-export.jsonl");
    w->setChooseExportFile([file](std::function<void(const QString &)> chosen) { chosen(file); });
    w->findChild<QAction *>(QStringLiteral("exportActivityAction"))->trigger();
    QTRY_VERIFY(QFile::exists(file));
    const QString log = readFile(file);
    QVERIFY2(log.contains(QLatin1String("contosoprivate")), qPrintable(log));
    problems << leaksIn(log, secrets);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPresentation::turningItOffShowsTheRealValues()
{
    AppFixture app(QStringLiteral("demo"));
    QVERIFY(app.ok());
    QVERIFY(app.start(3, demoPrincipals()));
    MainWindow *w = app.window();
    auto *badge = w->findChild<QLabel *>(QStringLiteral("presentationBadge"));
    QVERIFY(!badge->isVisible());
    w->treeView()->setCurrentIndex(w->treeProxy()->mapFromSource(w->treeModel()->indexForKey(kPrivate.toLower())));
    auto *id = w->detailsPane()->findChild<QLineEdit *>(QStringLiteral("detailsResourceId"));
    QVERIFY(id);
    QTRY_COMPARE(id->text(), kPrivate);
    const QModelIndex prod = w->treeProxy()->mapFromSource(w->treeModel()->indexForKey(kProd.toLower()));
    const QString tooltip = prod.data(Qt::ToolTipRole).toString() + prod.data(Qt::DisplayRole).toString();

    QAction *toggle = w->findChild<QAction *>(QStringLiteral("presentationAction"));
    toggle->trigger();
    QVERIFY(Presentation::instance()->isEnabled());
    QVERIFY(badge->isVisible());
    QTRY_VERIFY(!id->text().contains(kProdId));
    QVERIFY(id->text().endsWith(QLatin1String("/registries/contosoprivate")));
    const QString redacted = prod.data(Qt::ToolTipRole).toString() + prod.data(Qt::DisplayRole).toString();
    QVERIFY(!redacted.contains(kProdId));
    QCOMPARE(w->detailsPane()->resourceId(), kPrivate); // actions keep the real resource
    QCOMPARE(prod.data(ResourceIdRole).toString().toLower(), kProd.toLower());

    toggle->trigger();
    QVERIFY(!Presentation::instance()->isEnabled());
    QVERIFY(!badge->isVisible());
    QTRY_COMPARE(id->text(), kPrivate);
    QCOMPARE(prod.data(Qt::ToolTipRole).toString() + prod.data(Qt::DisplayRole).toString(), tooltip);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
