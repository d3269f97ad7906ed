// The cached-text delegate must paint what the standard delegate paints: same text, same place, same colours,
// selected or not, elided or not, with icons — while laying each distinct string out once.
#include "ui/cachedtextdelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace acrnet;

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsLikeTheStandardDelegate();
};

namespace {

QImage render(QAbstractItemDelegate *delegate, QAbstractItemModel *model, bool select)
{
    QTableView view;
    view.setItemDelegate(delegate);
    view.setModel(model);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.setColumnWidth(0, 140);
    view.setColumnWidth(1, 60); // too narrow for its texts: elided
    view.resize(260, 160);
    if (select)
        view.selectRow(1);
    view.show();
    return view.grab().toImage();
}

} // namespace

void TestCachedTextDelegate::paintsLikeTheStandardDelegate()
{
    QStandardItemModel model(4, 2);
    for (int r = 0; r < 4; ++r) {
        auto *name = new QStandardItem(QStringLiteral("snet-%1").arg(r));
        if (r == 2) {
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::darkGreen);
            name->setIcon(QIcon(pixmap));
        }
        model.setItem(r, 0, name);
        model.setItem(r, 1, new QStandardItem(QStringLiteral("westeurope, northeurope")));
    }
    for (bool select : {false, true}) {
        QStyledItemDelegate standard;
        CachedTextDelegate cached;
        const QImage expected = render(&standard, &model, select);
        const QImage actual = render(&cached, &model, select);
        QCOMPARE(actual.size(), expected.size());
        if (actual != expected) {
            expected.save(QStringLiteral("expected.png"));
            actual.save(QStringLiteral("actual.png"));
        }
        QVERIFY2(actual == expected, "the cached delegate paints differently (see expected.png, actual.png)");
        // Five distinct texts, each laid out once however often it is painted (the elided one is measured too).
        QCOMPARE(cached.cachedTexts(), 5);
    }
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
