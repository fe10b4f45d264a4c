// The column policy of every table (desktop/ui/ColumnSizing.h): columns as wide as what they
// hold, within a readable maximum, the free-text column taking the rest; following the rows
// until the user sizes a column.
#include "desktop/ui/ColumnSizing.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace commonroom;

class ColumnSizingTest : public QObject
{
    Q_OBJECT

private:
    static void setRow(
        QStandardItemModel &model, int row, const QString &name, const QString &email, const QString &note)
    {
        model.setItem(row, 0, new QStandardItem(name));
        model.setItem(row, 1, new QStandardItem(email));
        model.setItem(row, 2, new QStandardItem(note));
    }

    static int textWidth(const QTableView &view, const QString &text)
    {
        return view.fontMetrics().horizontalAdvance(text);
    }

private Q_SLOTS:
    void columnsFitWhatTheyHold()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Note")});
        const QString email = QStringLiteral("agnieszka.dabrowska.249@example.net");
        setRow(model, 0, QStringLiteral("Ana"), email, QStringLiteral("Parent of two."));
        QTableView view;
        view.setModel(&model);
        view.resize(900, 300);
        sizeColumnsToContents(&view, 2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY2(view.columnWidth(1) >= textWidth(view, email), "an address is not cut");
        QVERIFY(view.columnWidth(0) < view.columnWidth(1)); // a short name takes little room
        QCOMPARE(view.horizontalHeader()->sectionResizeMode(2), QHeaderView::Stretch);

        // Rows read on (as while scrolling) leave the columns still; rows read anew (here in
        // another order) widen them, and no column outgrows about 40 characters.
        const QString longName = QStringLiteral("Siobhán Mac Cárthaigh-Ó Súilleabháin de la Fuente y Montenegro");
        const int nameWidth = view.columnWidth(0);
        // (A whole row at once: QStandardItemModel::setItem says "layout changed".)
        model.insertRow(1,
            QList<QStandardItem *> {
                new QStandardItem(longName), new QStandardItem(QStringLiteral("s@example.org")), new QStandardItem()});
        QTest::qWait(50);
        QCOMPARE(view.columnWidth(0), nameWidth);
        model.sort(0, Qt::DescendingOrder);
        QTRY_VERIFY(view.columnWidth(0) > textWidth(view, QStringLiteral("Ana")) * 3);
        QVERIFY(view.columnWidth(0) <= textWidth(view, QString(40, QLatin1Char('n'))));

        // Once the user drags a column, its width is theirs.
        view.horizontalHeader()->resizeSection(1, 90);
        model.insertRow(2);
        setRow(model, 2, QStringLiteral("Bo"), QStringLiteral("a.much.longer.address.than.any.before@example.org"), {});
        model.sort(1);
        QTest::qWait(50);
        QCOMPARE(view.columnWidth(1), 90);
    }
};

QTEST_MAIN(ColumnSizingTest)
#include "ColumnSizingTest.moc"
