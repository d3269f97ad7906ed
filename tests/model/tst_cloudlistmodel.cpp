#include "models/cloudlistmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acrnet;

class TestCloudListModel : public QObject
{
    Q_OBJECT

private slots:
    void listsCloudsWithRoles();
};

void TestCloudListModel::listsCloudsWithRoles()
{
    CloudListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(CloudListModel::NameRole).toString(), QStringLiteral("AzureCloud"));
    QCOMPARE(model.index(1, 0).data(CloudListModel::ServiceEndpointsRole).toBool(), false);
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("not available")));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Azure (public cloud)"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setClouds({Cloud::sandbox(QUrl(QStringLiteral("http://127.0.0.1:1")))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.cloudAt(0).kind(), Cloud::Kind::Sandbox);
    QVERIFY(!model.cloudAt(5).isValid());
}

QTEST_GUILESS_MAIN(TestCloudListModel)
#include "tst_cloudlistmodel.moc"
