// The text prompt (Prompts::text): Tab leaves the lines for the buttons instead of typing a tab,
// Ctrl+Enter answers, and one line answers with Enter only once something is written.
#include "desktop/ui/TextPromptDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using commonroom::TextPromptDialog;

class TextPromptDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabLeavesTheLinesAndCtrlEnterAnswers()
    {
        TextPromptDialog dialog(
            QStringLiteral("Approve Carla"), QStringLiteral("A message for Carla:"), TextPromptDialog::Lines::Several);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *lines = qobject_cast<QPlainTextEdit *>(dialog.field());
        QVERIFY(lines);
        QCOMPARE(QApplication::focusWidget(), lines);
        QCOMPARE(lines->accessibleName(), QStringLiteral("A message for Carla:"));
        QTest::keyClicks(lines, QStringLiteral("Welcome"));
        QTest::keyClick(lines, Qt::Key_Return); // a new line, not an answer
        QTest::keyClicks(lines, QStringLiteral("to the readers"));
        QTest::keyClick(lines, Qt::Key_Tab);
        QVERIFY(!lines->toPlainText().contains(QLatin1Char('\t')));
        QVERIFY(QApplication::focusWidget() != lines);
        QVERIFY(dialog.isVisible());
        lines->setFocus();
        QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.text(), QStringLiteral("Welcome\nto the readers"));
    }

    void aNameAnswersWithEnterOnceWritten()
    {
        TextPromptDialog dialog(
            QStringLiteral("New tag"), QStringLiteral("Name of the tag:"), TextPromptDialog::Lines::One);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *line = qobject_cast<QLineEdit *>(dialog.field());
        QVERIFY(line);
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!ok->toolTip().isEmpty()); // says why
        QTest::keyClicks(line, QStringLiteral("   "));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // spaces are no name
        QTest::keyClicks(line, QStringLiteral("needs follow-up"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.text().trimmed(), QStringLiteral("needs follow-up"));
    }

    void escapeCancels()
    {
        TextPromptDialog dialog(QStringLiteral("Decline"), QStringLiteral("Why:"), TextPromptDialog::Lines::Several);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.field(), QStringLiteral("Full"));
        QTest::keyClick(dialog.field(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TextPromptDialogTest)
#include "TextPromptDialogTest.moc"
