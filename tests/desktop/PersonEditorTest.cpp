#include "desktop/ui/PersonEditor.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/LocalStore.h"

#include "common/ProfileMedia.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;
using namespace commonroom::testing;

namespace {
QString text(const FieldMap &row, const std::string &name)
{
    const auto it = row.find(name);
    return it == row.end() ? QString() : QString::fromStdString(toDisplayString(it->second));
}
} // namespace

class PersonEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<LocalStore>(m_clock);
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("commonroom.db"))).ok());
        // Two people as a sync would have brought them to a leader: Bob's address (private) was
        // not sent, his email was.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email, bio) VALUES "
                                          "('me', 'Eve', 'eve@example.org', 'Hi'), "
                                          "('bob', 'Bob', 'bob@example.org', NULL)")));
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
        setRole(QStringLiteral("leader"));
        m_prompts = std::make_unique<ScriptedPrompts>();
    }

    void cleanup()
    {
        m_prompts.reset();
        m_store.reset();
        m_dir.reset();
    }

    void leaderEditsSomeoneElse()
    {
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
        QVERIFY(!editor.isReadOnly());
        auto *email = editor.findChild<QLineEdit *>(QStringLiteral("email"));
        QVERIFY(email);
        QCOMPARE(email->text(), QStringLiteral("bob@example.org"));
        QCOMPARE(email->accessibleName(), QStringLiteral("Email"));
        // Only Bob chooses who sees his fields.
        auto *visibility = editor.findChild<QComboBox *>(QStringLiteral("email_visibility"));
        QVERIFY(visibility);
        QVERIFY(!visibility->isEnabled());
        QCOMPARE(visibility->currentData().toString(), QStringLiteral("leaders"));
        // The hidden address is marked, not shown as empty.
        auto *address = editor.findChild<QWidget *>(QStringLiteral("address"));
        QVERIFY(address);
        QVERIFY(address->toolTip().contains(QStringLiteral("Not shared with you")));
        // Leaders see the leader-only fields.
        QVERIFY(editor.findChild<QWidget *>(QStringLiteral("leadership_level")));
        QVERIFY(editor.findChild<QWidget *>(QStringLiteral("status")));
        QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("role")));

        QVERIFY(editor.changedFields().empty());
        email->setText(QStringLiteral("robert@example.org"));
        const FieldMap changed = editor.changedFields();
        QCOMPARE(changed.size(), std::size_t(1));
        QCOMPARE(text(changed, "email"), QStringLiteral("robert@example.org"));

        QSignalSpy saved(&editor, &PersonEditor::saved);
        editor.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(m_store->pendingCount(), 1);
        const auto row = m_store->row(QStringLiteral("person"), QStringLiteral("bob"));
        QVERIFY(row);
        QCOMPARE(text(*row, "email"), QStringLiteral("robert@example.org"));
        // Untouched fields, hidden ones included, were not written.
        const auto mutations = m_store->pendingMutations(10);
        QCOMPARE(mutations.size(), std::size_t(1));
        QCOMPARE(mutations.front().fields.size(), std::size_t(1));
        QVERIFY(mutations.front().fields.count("email"));
    }

    // An edit marks the form unsaved (title and note) until it is saved, which Ctrl+S does; the
    // ladder's rungs are named; the photo comes first but the keyboard starts at the name.
    void unsavedEditsAreMarkedAndCtrlSSaves()
    {
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *note = editor.findChild<QLabel *>(QStringLiteral("unsavedNote"));
        QVERIFY(note);
        QVERIFY(!editor.isWindowModified());
        QVERIFY(!note->isVisible());
        auto *name = editor.findChild<QLineEdit *>(QStringLiteral("display_name"));
        QCOMPARE(QApplication::focusWidget(), name);

        auto *level = editor.findChild<QComboBox *>(QStringLiteral("leadership_level"));
        QVERIFY(level);
        QCOMPARE(level->count(), 6);
        QCOMPARE(level->itemText(1), QStringLiteral("1 – Contact")); // the default name of the first rung
        level->setCurrentIndex(3);
        QVERIFY(editor.isWindowModified());
        QVERIFY(note->isVisible());
        QCOMPARE(editor.changedFields().at("leadership_level"), FieldValue {std::int64_t {3}});
        level->setCurrentIndex(0);
        QVERIFY2(!editor.isWindowModified(), "back as it was: nothing to save");

        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" Jr"));
        QVERIFY(editor.isWindowModified());
        QSignalSpy saved(&editor, &PersonEditor::saved);
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(text(*m_store->row(QStringLiteral("person"), QStringLiteral("bob")), "display_name"),
            QStringLiteral("Bob Jr"));
    }

    void ownProfileChoosesVisibility()
    {
        setRole(QStringLiteral("member"));
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("me"));
        QVERIFY(!editor.isReadOnly());
        QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("leadership_level")));
        auto *visibility = editor.findChild<QComboBox *>(QStringLiteral("email_visibility"));
        QVERIFY(visibility);
        QVERIFY(visibility->isEnabled());
        QCOMPARE(visibility->accessibleName(), QStringLiteral("Who can see Email"));
        visibility->setCurrentIndex(visibility->findData(QStringLiteral("public")));
        editor.save();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const auto row = m_store->row(QStringLiteral("person"), QStringLiteral("me"));
        QCOMPARE(text(*row, "email_visibility"), QStringLiteral("public"));
        QCOMPARE(text(*row, "email"), QStringLiteral("eve@example.org"));
    }

    void leadersAreToldWhenTheServerRefusedTheAddress()
    {
        {
            PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
            QVERIFY(!editor.findChild<QLabel *>(QStringLiteral("mailBouncedNote")));
        }
        QSqlQuery query(m_store->database());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE person SET mail_bounced_at = '2026-11-20T09:30:00Z' WHERE id = 'bob'")));
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
        auto *note = editor.findChild<QLabel *>(QStringLiteral("mailBouncedNote"));
        QVERIFY(note);
        QVERIFY2(note->text().startsWith(QStringLiteral("The mail server refused this person's address on "))
                && note->text().contains(QLocale().toString(QDate(2026, 11, 20), QLocale::ShortFormat)),
            qPrintable(note->text()));
    }

    void memberSeesOthersReadOnly()
    {
        setRole(QStringLiteral("member"));
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
        QVERIFY(editor.isReadOnly());
        auto *email = editor.findChild<QLineEdit *>(QStringLiteral("email"));
        QVERIFY(email->isReadOnly());
        auto *buttons = editor.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QVERIFY(!buttons->button(QDialogButtonBox::Save));
        editor.save();
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void refusesEmptyNameAndKeepsData()
    {
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
        editor.show();
        auto *name = editor.findChild<QLineEdit *>(QStringLiteral("display_name"));
        name->clear();
        editor.save();
        QVERIFY(editor.isVisible());
        QVERIFY(editor.errorText().contains(QStringLiteral("display name")));
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(text(*m_store->row(QStringLiteral("person"), QStringLiteral("bob")), "display_name"),
            QStringLiteral("Bob"));

        name->setText(QStringLiteral("Bobby"));
        auto *email = editor.findChild<QLineEdit *>(QStringLiteral("email"));
        email->setText(QStringLiteral("not an email"));
        editor.save();
        QVERIFY(editor.isVisible());
        QVERIFY(editor.errorText().contains(QStringLiteral("email")));
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void showsStoreErrors()
    {
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
        editor.show();
        // Longer than the schema allows: the store refuses, the dialog says why and stays open.
        editor.findChild<QLineEdit *>(QStringLiteral("pronouns"))->setMaxLength(1000);
        editor.findChild<QLineEdit *>(QStringLiteral("pronouns"))->setText(QString(200, QLatin1Char('x')));
        editor.save();
        QVERIFY(editor.isVisible());
        QVERIFY(!editor.errorText().isEmpty());
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void createsPeopleAsLeaderOnly()
    {
        {
            PersonEditor editor(*m_store, *m_prompts, {});
            QVERIFY(!editor.isReadOnly());
            QCOMPARE(editor.windowTitle(), QStringLiteral("New person[*]")); // "[*]": shown while unsaved
            editor.findChild<QLineEdit *>(QStringLiteral("display_name"))->setText(QStringLiteral("Nadia"));
            editor.findChild<QLineEdit *>(QStringLiteral("area"))->setText(QStringLiteral("South"));
            editor.save();
            QCOMPARE(editor.result(), int(QDialog::Accepted));
            QVERIFY(!editor.personId().isEmpty());
            const auto row = m_store->row(QStringLiteral("person"), editor.personId());
            QVERIFY(row);
            QCOMPARE(text(*row, "display_name"), QStringLiteral("Nadia"));
            QCOMPARE(text(*row, "area"), QStringLiteral("South"));
            QCOMPARE(m_store->pendingCount(), 1);
        }
        setRole(QStringLiteral("member"));
        PersonEditor editor(*m_store, *m_prompts, {});
        QVERIFY(editor.isReadOnly());
    }

    void escapeCancels()
    {
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("bob"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("x@example.org"));
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void choosesScalesAndRemovesThePhoto()
    {
        setRole(QStringLiteral("member"));
        // A large PNG with transparency: the editor keeps a JPEG of at most 256x256.
        QImage picture(1200, 600, QImage::Format_ARGB32);
        picture.fill(Qt::transparent);
        {
            QPainter painter(&picture);
            painter.fillRect(0, 0, 600, 600, QColor(200, 30, 30));
        }
        const QString path = m_dir->filePath(QStringLiteral("holiday.png"));
        QVERIFY(picture.save(path, "PNG"));
        m_prompts->openPath = path;

        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("me"));
        auto *choose = editor.findChild<QPushButton *>(QStringLiteral("choosePhotoButton"));
        auto *remove = editor.findChild<QPushButton *>(QStringLiteral("removePhotoButton"));
        QVERIFY(choose && remove);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("photo_visibility"))->currentData().toString(),
            QStringLiteral("members"));
        QTest::mouseClick(choose, Qt::LeftButton);
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("open:Choose a photo")});
        QVERIFY2(editor.errorText().isEmpty(), qPrintable(editor.errorText()));
        QVERIFY(remove->isEnabled());
        QVERIFY(!editor.findChild<QLabel *>(QStringLiteral("photoImage"))->pixmap().isNull());

        const auto bytes = ProfileMedia::decodeBase64(editor.photoBase64().toStdString());
        QVERIFY(bytes.has_value());
        QVERIFY(bytes->size() <= ProfileMedia::kMaxPhotoBytes);
        QVERIFY(ProfileMedia::imageFormat(*bytes) == ProfileMedia::ImageFormat::Jpeg);
        const QImage kept = QImage::fromData(QByteArray::fromStdString(*bytes));
        QCOMPARE(kept.size(), QSize(256, 128));
        // Transparent parts became white, not black.
        QVERIFY(qGray(kept.pixel(250, 64)) > 200);

        editor.save();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        auto row = m_store->row(QStringLiteral("person"), QStringLiteral("me"));
        QCOMPARE(text(*row, "photo"), editor.photoBase64());

        PersonEditor again(*m_store, *m_prompts, QStringLiteral("me"));
        QCOMPARE(again.photoBase64(), editor.photoBase64());
        QVERIFY(again.changedFields().empty());
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("removePhotoButton")), Qt::LeftButton);
        QVERIFY(again.photoBase64().isEmpty());
        const FieldMap changed = again.changedFields();
        QCOMPARE(changed.size(), std::size_t(1));
        QVERIFY(isNull(changed.at("photo")));
        again.save();
        row = m_store->row(QStringLiteral("person"), QStringLiteral("me"));
        QCOMPARE(text(*row, "photo"), QString());
    }

    void refusesFilesThatAreNoPicture()
    {
        setRole(QStringLiteral("member"));
        const QString path = m_dir->filePath(QStringLiteral("notes.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a picture");
        file.close();
        m_prompts->openPath = path;
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("me"));
        editor.show();
        editor.choosePhoto();
        QVERIFY(editor.errorText().contains(QStringLiteral("notes.png")));
        QVERIFY(editor.photoBase64().isEmpty());
        QVERIFY(editor.changedFields().empty());
        QVERIFY(!editor.setPhotoFromFile(m_dir->filePath(QStringLiteral("missing.jpg"))));
        // Cancelling the file dialog changes nothing.
        m_prompts->openPath.clear();
        editor.choosePhoto();
        QCOMPARE(m_prompts->asked.size(), 2);
        QVERIFY(editor.changedFields().empty());
    }

    void validatesLinksBeforeSaving()
    {
        setRole(QStringLiteral("member"));
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("me"));
        editor.show();
        auto *links = editor.findChild<QPlainTextEdit *>(QStringLiteral("links"));
        QVERIFY(links);
        QCOMPARE(links->accessibleName(), QStringLiteral("Links"));
        links->setPlainText(QStringLiteral("https://eve.example.org\nwww.example.org/eve"));
        editor.save();
        QVERIFY(editor.isVisible());
        QVERIFY2(editor.errorText().contains(QStringLiteral("www.example.org/eve")), qPrintable(editor.errorText()));
        QCOMPARE(m_store->pendingCount(), 0);

        links->setPlainText(QStringLiteral("https://eve.example.org\n\nhttps://social.example/@eve\n"));
        editor.save();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(text(*m_store->row(QStringLiteral("person"), QStringLiteral("me")), "links"),
            QStringLiteral("https://eve.example.org\n\nhttps://social.example/@eve"));
    }

    void previewFollowsTheFormNotTheStore()
    {
        setRole(QStringLiteral("member"));
        PersonEditor editor(*m_store, *m_prompts, QStringLiteral("me"));
        auto *audience = editor.previewAudience();
        QVERIFY(audience);
        QCOMPARE(audience->accessibleName(), QStringLiteral("View the profile as"));
        editor.findChild<QLineEdit *>(QStringLiteral("pronouns"))->setText(QStringLiteral("she/her"));
        editor.tabs()->setCurrentIndex(1);

        // Defaults: members see the name and bio, leaders also the email; the public nothing.
        audience->setCurrentIndex(audience->findData(int(Visibility::Members)));
        QVERIFY(editor.previewText().contains(QStringLiteral("Display name: Eve")));
        QVERIFY(editor.previewText().contains(QStringLiteral("Pronouns: she/her"))); // unsaved, yet shown
        QVERIFY(!editor.previewText().contains(QStringLiteral("eve@example.org")));
        audience->setCurrentIndex(audience->findData(int(Visibility::Leaders)));
        QVERIFY(editor.previewText().contains(QStringLiteral("Email: eve@example.org")));
        audience->setCurrentIndex(audience->findData(int(Visibility::Public)));
        QVERIFY(!editor.previewText().contains(QStringLiteral("Eve")));
        QVERIFY(!editor.previewFor(Visibility::Public).has_value());

        // Making the email public shows it to everyone; making it private hides it from leaders too.
        auto *email = editor.findChild<QComboBox *>(QStringLiteral("email_visibility"));
        email->setCurrentIndex(email->findData(QStringLiteral("public")));
        editor.updatePreview();
        QVERIFY(editor.previewText().contains(QStringLiteral("Email: eve@example.org")));
        email->setCurrentIndex(email->findData(QStringLiteral("private")));
        for (auto level : {Visibility::Public, Visibility::Members, Visibility::Leaders}) {
            const auto projected = editor.previewFor(level);
            QVERIFY(!projected || !projected->count("email"));
        }
        audience->setCurrentIndex(audience->findData(int(Visibility::Leaders)));
        QVERIFY(!editor.previewText().contains(QStringLiteral("eve@example.org")));
        QVERIFY(editor.previewText().contains(QStringLiteral("Display name: Eve")));
        // Nothing was written: the preview is of the form.
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(text(*m_store->row(QStringLiteral("person"), QStringLiteral("me")), "pronouns"), QString());
    }

private:
    void setRole(const QString &role) { QVERIFY(m_store->setSetting(QStringLiteral("role"), role).ok()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ScriptedPrompts> m_prompts;
};

QTEST_MAIN(PersonEditorTest)
#include "PersonEditorTest.moc"
