// "My devices" as a model: the daemon's list, this computer first, revoked devices last.

#include "desktop/models/DevicesModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace commonroom;

class DevicesModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersAndDescribesDevices()
    {
        DevicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const QJsonArray devices {
            QJsonObject {{QStringLiteral("id"), QStringLiteral("aaaaaaaa-old")}, {QStringLiteral("created_at"), 1000},
                {QStringLiteral("revoked_at"), QJsonValue()}},
            QJsonObject {{QStringLiteral("id"), QStringLiteral("bbbbbbbb-lost")}, {QStringLiteral("created_at"), 3000},
                {QStringLiteral("revoked_at"), 4000}},
            QJsonObject {{QStringLiteral("id"), QStringLiteral("cccccccc-here")}, {QStringLiteral("created_at"), 500},
                {QStringLiteral("revoked_at"), QJsonValue()}},
            QJsonObject {{QStringLiteral("id"), QStringLiteral("dddddddd-new")}, {QStringLiteral("created_at"), 2000},
                {QStringLiteral("revoked_at"), QJsonValue()}},
        };
        model.setDevices(devices, QStringLiteral("cccccccc-here"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(DevicesModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(DevicesModel::DeviceIdRole).toString(), QStringLiteral("cccccccc-here"));
        QVERIFY(model.index(0, 0).data(DevicesModel::ThisDeviceRole).toBool());
        QVERIFY(
            model.index(0, DevicesModel::DeviceColumn).data().toString().startsWith(QStringLiteral("This computer")));
        QCOMPARE(model.index(1, 0).data(DevicesModel::DeviceIdRole).toString(), QStringLiteral("dddddddd-new"));
        QCOMPARE(model.index(2, 0).data(DevicesModel::DeviceIdRole).toString(), QStringLiteral("aaaaaaaa-old"));
        QCOMPARE(model.index(3, 0).data(DevicesModel::DeviceIdRole).toString(), QStringLiteral("bbbbbbbb-lost"));
        QVERIFY(model.index(3, 0).data(DevicesModel::RevokedRole).toBool());
        QVERIFY(model.index(3, DevicesModel::StateColumn).data().toString().startsWith(QStringLiteral("Revoked")));
        QCOMPARE(model.index(1, DevicesModel::StateColumn).data().toString(), QStringLiteral("Signed in"));
        QCOMPARE(model.rowOf(QStringLiteral("aaaaaaaa-old")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);

        model.setDevices({}, QStringLiteral("cccccccc-here"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(DevicesModelTest)
#include "DevicesModelTest.moc"
