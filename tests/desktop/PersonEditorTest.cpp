#include "desktop/ui/PersonEditor.h"
#include "desktop/core/LocalStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

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
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("commonroom.db"))).ok());
        // Two people as a sync would have brought them to a leader: Bob's address (private) was
        // not sent, his email was.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name, email, bio) VALUES "
                                          "('me', 'Eve', 'eve@example.org', 'Hi'), "
                                          "('bob', 'Bob', 'bob@example.org', NULL)")));
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
        setRole(QStringLiteral("leader"));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void leaderEditsSomeoneElse()
    {
        PersonEditor editor(*m_store, QStringLiteral("bob"));
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

    void ownProfileChoosesVisibility()
    {
        setRole(QStringLiteral("member"));
        PersonEditor editor(*m_store, QStringLiteral("me"));
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

    void memberSeesOthersReadOnly()
    {
        setRole(QStringLiteral("member"));
        PersonEditor editor(*m_store, QStringLiteral("bob"));
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
        PersonEditor editor(*m_store, QStringLiteral("bob"));
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
        PersonEditor editor(*m_store, QStringLiteral("bob"));
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
            PersonEditor editor(*m_store, {});
            QVERIFY(!editor.isReadOnly());
            QCOMPARE(editor.windowTitle(), QStringLiteral("New person"));
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
        PersonEditor editor(*m_store, {});
        QVERIFY(editor.isReadOnly());
    }

    void escapeCancels()
    {
        PersonEditor editor(*m_store, QStringLiteral("bob"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("x@example.org"));
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(m_store->pendingCount(), 0);
    }

private:
    void setRole(const QString &role) { QVERIFY(m_store->setSetting(QStringLiteral("role"), role).ok()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_MAIN(PersonEditorTest)
#include "PersonEditorTest.moc"
