// The import wizard against a real LocalStore: a Windows-1252 spreadsheet with semicolons read,
// its columns guessed and one changed, the preview's counts and refused rows, the import written
// with its memberships, the refused rows saved; and no import for those who may not.
#include "EventsFixture.h"
#include "ScriptedPrompts.h"

#include "desktop/core/Device.h"
#include "desktop/ui/ImportDialog.h"
#include "desktop/ui/MessageLabel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace commonroom;
using namespace commonroom::testing;

namespace {

int count(LocalStore &store, const QString &sql)
{
    QSqlQuery query(store.database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QString text(const QWidget &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QString::fromLatin1(name));
}

} // namespace

class ImportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSpreadsheetIsPreviewedImportedAndItsRefusedRowsSaved()
    {
        EventsFixture fixture;
        QVERIFY(fixture.setUp());
        const auto ana = fixture.store.createRow(QStringLiteral("person"),
            {{"display_name", std::string("Ana Souza")}, {"email", std::string("ana.souza@example.org")}});
        QVERIFY(ana.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mitglieder.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Vorname;Name;E-Mail;Gruppen;Notiz\r\n"
                                  "Jürgen;Weiß;juergen@example.org;Gardeners;Tomaten\r\n"
                                  "Zoë;Ng;zoe@example.org;Gardeners|Chess club;\r\n"
                                  "Ana;Souza;Ana.Souza@example.org;;spricht Portugiesisch\r\n"
                                  ";;nobody@example.org;;\r\n"
                                  "Bad;Mail;not-an-address;;\r\n"
                                  "Anna;Souza;ana.souza+chor@example.org;;\r\n")
                       .toLatin1());
        file.close();

        const int people = count(fixture.store, QStringLiteral("SELECT COUNT(*) FROM person"));
        const int pending = fixture.store.pendingCount();
        ScriptedPrompts prompts;
        prompts.openPath = path;
        ImportDialog dialog(fixture.device, prompts);
        dialog.show();
        QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled()); // no file yet
        dialog.findChild<QPushButton *>(QStringLiteral("importBrowse"))->click();
        QCOMPARE(prompts.asked, QStringList {QStringLiteral("open:Import people")});
        const QString read = text(dialog, "importFileSummary");
        QVERIFY2(read.contains(QStringLiteral("Windows-1252")) && read.contains(QStringLiteral("semicolons"))
                && read.contains(QStringLiteral("6 rows")),
            qPrintable(read));
        QVERIFY(dialog.button(QWizard::NextButton)->isEnabled());

        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::ColumnsPage));
        QCOMPARE(dialog.targetBox(0)->currentData().toString(), QStringLiteral("given_name"));
        QCOMPARE(dialog.targetBox(1)->currentData().toString(), QStringLiteral("family_name"));
        QCOMPARE(dialog.targetBox(2)->currentData().toString(), QStringLiteral("email"));
        QCOMPARE(dialog.targetBox(3)->currentData().toString(), QStringLiteral("groups"));
        QCOMPARE(dialog.targetBox(4)->currentData().toString(), QString()); // "Notiz": not guessed
        dialog.targetBox(4)->setCurrentIndex(dialog.targetBox(4)->findData(QStringLiteral("bio")));

        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::PreviewPage));
        const QString preview = text(dialog, "importPreviewSummary");
        QVERIFY2(preview.contains(QStringLiteral("New people: 3."))
                && preview.contains(QStringLiteral("gaining only what they lack: 1."))
                && preview.contains(QStringLiteral("Refused: 2.")) && preview.contains(QStringLiteral("Chess club")),
            qPrintable(preview));
        const auto *rejects = dialog.findChild<QTableWidget *>(QStringLiteral("importRejects"));
        QCOMPARE(rejects->rowCount(), 2);
        QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("5"));
        QCOMPARE(rejects->item(1, 0)->text(), QStringLiteral("6"));
        QVERIFY(rejects->item(1, 1)->text().contains(QStringLiteral("not-an-address")));
        // Anna Souza, of a tagged address, may be Ana Souza: imported, then reviewed.
        QVERIFY2(preview.contains(QStringLiteral("1 row(s) look like someone already here")), qPrintable(preview));
        const auto *alike = dialog.findChild<QTableWidget *>(QStringLiteral("importAlike"));
        QCOMPARE(alike->rowCount(), 1);
        QCOMPARE(alike->item(0, 0)->text(), QStringLiteral("7"));
        QCOMPARE(alike->item(0, 1)->text(), QStringLiteral("Anna Souza"));
        QCOMPARE(alike->item(0, 2)->text(), QStringLiteral("Ana Souza"));
        // Nothing is written before Import.
        QCOMPARE(count(fixture.store, QStringLiteral("SELECT COUNT(*) FROM person")), people);
        QCOMPARE(fixture.store.pendingCount(), pending);

        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::RunPage));
        QTRY_VERIFY(dialog.written() >= 0);
        QVERIFY2(dialog.written() == 4, qPrintable(text(dialog, "importRunSummary")));
        QVERIFY(dialog.button(QWizard::FinishButton)->isEnabled());
        QVERIFY2(text(dialog, "importRunSummary").contains(QStringLiteral("4 row(s) written")),
            qPrintable(text(dialog, "importRunSummary")));
        QCOMPARE(count(fixture.store, QStringLiteral("SELECT COUNT(*) FROM person")), people + 3);
        QCOMPARE(count(fixture.store,
                     QStringLiteral("SELECT COUNT(*) FROM person WHERE display_name = 'Jürgen Weiß' AND "
                                    "email = 'juergen@example.org' AND bio = 'Tomaten'")),
            1);
        QCOMPARE(count(fixture.store,
                     QStringLiteral("SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id "
                                    "WHERE m.group_id = 'garden' AND p.email IN ('juergen@example.org', "
                                    "'zoe@example.org')")),
            2);
        // Ana was here: she gains what she lacked, her address stays as written.
        QCOMPARE(count(fixture.store,
                     QStringLiteral("SELECT COUNT(*) FROM person WHERE id = '%1' AND email = 'ana.souza@example.org' "
                                    "AND given_name = 'Ana' AND bio = 'spricht Portugiesisch'")
                         .arg(*ana)),
            1);
        QVERIFY(fixture.store.pendingCount() > pending); // sent at the next sync

        // The refused rows, with the reason, where the user chose.
        prompts.savePath = dir.filePath(QStringLiteral("refused.csv"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("importSaveRejects"));
        QVERIFY(save->isVisible());
        save->click();
        QFile saved(prompts.savePath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray refused = saved.readAll();
        QVERIFY(refused.contains("not-an-address"));
        QVERIFY(refused.contains("nobody@example.org"));
        QVERIFY(!refused.contains("juergen@example.org"));
    }

    void aFileThatCannotBeReadSaysWhy()
    {
        EventsFixture fixture;
        QVERIFY(fixture.setUp());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\r\n\"Ana,ana@example.org\r\n"); // a quote left open
        file.close();
        ScriptedPrompts prompts;
        ImportDialog dialog(fixture.device, prompts);
        dialog.show();
        dialog.openFile(path);
        const auto *message = dialog.findChild<MessageLabel *>();
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
        dialog.openFile(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY2(message->text().contains(QStringLiteral("missing.csv")), qPrintable(message->text()));
        QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
    }

    void contactsFromAnAddressBookNeedNoMapping()
    {
        EventsFixture fixture;
        QVERIFY(fixture.setUp());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.vcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okoye;Dara;;;\r\nFN:Dara Okoye\r\n"
                   "EMAIL;TYPE=INTERNET:dara@example.org\r\nCATEGORIES:Gardeners\r\nEND:VCARD\r\n");
        file.close();
        ScriptedPrompts prompts;
        ImportDialog dialog(fixture.device, prompts);
        dialog.show();
        dialog.openFile(path);
        QVERIFY2(text(dialog, "importFileSummary").contains(QStringLiteral("vCards: 1 contacts")),
            qPrintable(text(dialog, "importFileSummary")));
        dialog.next();
        QCOMPARE(dialog.targetBox(0)->currentData().toString(), QStringLiteral("display_name"));
        dialog.next();
        QVERIFY2(text(dialog, "importPreviewSummary").contains(QStringLiteral("New people: 1.")),
            qPrintable(text(dialog, "importPreviewSummary")));
        dialog.next();
        QTRY_VERIFY(dialog.written() >= 0);
        QCOMPARE(dialog.written(), 1);
        QCOMPARE(count(fixture.store,
                     QStringLiteral("SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id "
                                    "WHERE m.group_id = 'garden' AND p.display_name = 'Dara Okoye' AND "
                                    "p.given_name = 'Dara' AND p.family_name = 'Okoye'")),
            1);
    }

    void membersMayNotImport()
    {
        EventsFixture fixture;
        QVERIFY(fixture.setUp(QStringLiteral("member")));
        ScriptedPrompts prompts;
        ImportDialog dialog(fixture.device, prompts);
        dialog.show();
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("importFile"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importBrowse"))->isEnabled());
        QVERIFY(dialog.findChild<MessageLabel *>()->text().contains(QStringLiteral("Only leaders and admins")));
    }
};

QTEST_MAIN(ImportDialogTest)
#include "ImportDialogTest.moc"
