#include "desktop/ui/GroupsWindow.h"
#include "ScriptedPrompts.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/TokenStore.h"
#include "desktop/models/GroupMembersModel.h"
#include "desktop/models/GroupsModel.h"
#include "desktop/ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
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

// A button the window offers: shown and enabled.
bool offered(const QPushButton *button)
{
    return button && !button->isHidden() && button->isEnabled();
}
} // namespace

class GroupsWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        m_store = &m_device->store();
        // What a sync left on a member's computer: nothing waiting in the outbox.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('me', 'Eve'), "
                                          "('bob', 'Bob Brown'), ('carla', 'Carla Cruz'), ('dmitri', 'Dmitri Dahl'), "
                                          "('dmitri2', 'Dmitri Dahl')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind, description, terms) VALUES "
                                          "('garden', 'Gardeners', 'open', 'We grow vegetables', NULL), "
                                          "('readers', 'Readers', 'reviewed', 'Books monthly', NULL), "
                                          "('choir', 'Choir', 'closed', NULL, NULL), "
                                          "('tenants', 'Tenants', 'open', NULL, 'Be kind to neighbours.'), "
                                          "('council', 'Council', 'reviewed', NULL, NULL)")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role, message) VALUES "
                                      "('m1', 'me', 'council', 'active', 'curator', NULL), "
                                      "('m2', 'bob', 'council', 'active', 'member', NULL), "
                                      "('m3', 'carla', 'council', 'pending', 'member', 'Please'), "
                                      "('m4', 'bob', 'choir', 'active', 'curator', NULL), "
                                      "('m5', 'bob', 'readers', 'active', 'curator', NULL)")));
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("member")).ok());
        QCOMPARE(m_store->pendingCount(), 0);

        // Any dialog the test did not expect is answered "no" instead of blocking it.
        m_prompts = std::make_unique<ScriptedPrompts>();
        m_prompts->agree = true;
        m_prompts->textAnswer = QString(); // an empty message, not a cancelled one
    }

    void cleanup()
    {
        m_prompts.reset();
        m_device.reset();
        m_dir.reset();
    }

    void listsGroupsAndSearches()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QCOMPARE(window.groupsView()->model()->rowCount(), 5);
        QVERIFY(!window.currentGroupId().isEmpty()); // the first group is shown at once
        window.searchField()->setText(QStringLiteral("vegeta"));
        QCOMPARE(window.groupsView()->model()->rowCount(), 1);
        QCOMPARE(window.groupsView()->model()->index(0, 0).data().toString(), QStringLiteral("Gardeners"));
        // Selecting a group the search hides brings it back.
        QVERIFY(window.selectGroup(QStringLiteral("choir")));
        QVERIFY(window.searchField()->text().isEmpty());
        QVERIFY(!window.selectGroup(QStringLiteral("nope")));
        QCOMPARE(window.currentGroupId(), QStringLiteral("choir"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("groupTitle"))->text(), QStringLiteral("Choir"));
    }

    void joiningAnOpenGroupIsImmediate()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("garden")));
        auto *join = button(window, "joinButton");
        QVERIFY(offered(join));
        QCOMPARE(join->text(), QStringLiteral("&Join"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("joinReason"))->isHidden()); // nothing to explain
        QVERIFY(button(window, "leaveButton")->isHidden());
        QVERIFY(window.findChild<QGroupBox *>(QStringLiteral("curateBox"))->isHidden());

        join->click();
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY(m_prompts->asked.isEmpty()); // no terms, no message for an open group
        QCOMPARE(m_store->pendingCount(), 1);
        const auto mine = m_device->groups().membershipOf(QStringLiteral("garden"), QStringLiteral("me"));
        QVERIFY(mine);
        QCOMPARE(mine->state, QStringLiteral("active"));
        QCOMPARE(mine->role, QStringLiteral("member"));
        QVERIFY(window.messageText().contains(QStringLiteral("You joined Gardeners")));
        // The window follows: still on the group, now as a member.
        QCOMPARE(window.currentGroupId(), QStringLiteral("garden"));
        QVERIFY(join->isHidden());
        QVERIFY(offered(button(window, "leaveButton")));
        const int row = window.groupsModel()->rowOfId(QStringLiteral("garden"));
        QCOMPARE(window.groupsModel()->index(row, GroupsModel::YouColumn).data().toString(), QStringLiteral("member"));
        QCOMPARE(window.membersModel()->rowCount(), 1);
        // The message is about Gardeners: another group's page does not keep it.
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        QVERIFY(window.messageText().isEmpty());
    }

    void joiningAReviewedGroupIsARequest()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("readers")));
        auto *join = button(window, "joinButton");
        QVERIFY(offered(join));
        QCOMPARE(join->text(), QStringLiteral("Request to &join…"));

        // Cancelling the message writes nothing.
        m_prompts->textAnswer.reset();
        join->click();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("text:Request to join Readers")});
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(!m_device->groups().membershipOf(QStringLiteral("readers"), QStringLiteral("me")));

        m_prompts->textAnswer = QStringLiteral("I read a lot");
        join->click();
        QCOMPARE(m_store->pendingCount(), 1);
        const auto mine = m_device->groups().membershipOf(QStringLiteral("readers"), QStringLiteral("me"));
        QVERIFY(mine);
        QCOMPARE(mine->state, QStringLiteral("pending"));
        QCOMPARE(
            text(*m_store->row(QStringLiteral("membership"), mine->id), "message"), QStringLiteral("I read a lot"));
        const int row = window.groupsModel()->rowOfId(QStringLiteral("readers"));
        QCOMPARE(
            window.groupsModel()->index(row, GroupsModel::YouColumn).data().toString(), QStringLiteral("requested"));
        QVERIFY(join->isHidden());
        QCOMPARE(button(window, "leaveButton")->text(), QStringLiteral("&Withdraw request…"));
    }

    void termsMustBeAccepted()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("tenants")));
        QVERIFY(!window.findChild<QGroupBox *>(QStringLiteral("termsBox"))->isHidden());
        QCOMPARE(
            window.findChild<QLabel *>(QStringLiteral("groupTerms"))->text(), QStringLiteral("Be kind to neighbours."));

        m_prompts->agree = false;
        button(window, "joinButton")->click();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Terms of Tenants")});
        QVERIFY(m_prompts->questions.back().text.endsWith(QStringLiteral("\n\nBe kind to neighbours.")));
        QCOMPARE(m_prompts->questions.back().yes, QStringLiteral("&Accept terms and join"));
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(!m_device->groups().membershipOf(QStringLiteral("tenants"), QStringLiteral("me")));
        QVERIFY(window.messageText().contains(QStringLiteral("terms")));

        m_prompts->agree = true;
        button(window, "joinButton")->click();
        QCOMPARE(m_store->pendingCount(), 1);
        const auto mine = m_device->groups().membershipOf(QStringLiteral("tenants"), QStringLiteral("me"));
        QVERIFY(mine);
        QCOMPARE(mine->state, QStringLiteral("active"));
        // Accepted at the device's clock's time, not the machine's.
        QCOMPARE(text(*m_store->row(QStringLiteral("membership"), mine->id), "terms_accepted_at"),
            QStringLiteral("2023-11-14T22:13:20Z"));
    }

    void closedGroupsOfferNoJoin()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("choir")));
        auto *join = button(window, "joinButton");
        QVERIFY(join->isHidden());
        QVERIFY(!join->isEnabled());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("groupStanding"))->text().contains(QStringLiteral("invite")));
        window.join(); // even called directly, nothing happens
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(!m_device->groups().membershipOf(QStringLiteral("choir"), QStringLiteral("me")));
    }

    void invitationsAreAccepted()
    {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role) VALUES "
                                          "('inv', 'me', 'choir', 'invited', 'member')")));
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("choir")));
        auto *join = button(window, "joinButton");
        QVERIFY(offered(join));
        QCOMPARE(join->text(), QStringLiteral("Accept invitation and &join"));
        QCOMPARE(button(window, "leaveButton")->text(), QStringLiteral("&Refuse invitation…"));
        join->click();
        QVERIFY(m_prompts->asked.isEmpty());
        QCOMPARE(text(*m_store->row(QStringLiteral("membership"), QStringLiteral("inv")), "state"),
            QStringLiteral("active"));
        QCOMPARE(m_store->pendingCount(), 1);
    }

    void theJoinOfferIsWhatJoiningDoes()
    {
        Groups &groups = m_device->groups();
        const Groups::JoinOffer open = groups.joinOffer(QStringLiteral("garden"));
        QVERIFY(open.offered && open.allowed && !open.invitation);
        QCOMPARE(open.state, QStringLiteral("active"));
        const Groups::JoinOffer reviewed = groups.joinOffer(QStringLiteral("readers"));
        QVERIFY(reviewed.offered && reviewed.allowed);
        QCOMPARE(reviewed.state, QStringLiteral("pending"));
        QVERIFY(!groups.joinOffer(QStringLiteral("choir")).offered); // closed
        QVERIFY(!groups.joinOffer(QStringLiteral("council")).offered); // already curating it
        QVERIFY(!groups.joinOffer(QStringLiteral("nowhere")).offered);
        QCOMPARE(m_store->pendingCount(), 0); // asking changes nothing

        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role) VALUES "
                                          "('asked', 'me', 'choir', 'invited', 'member')")));
        const Groups::JoinOffer invited = groups.joinOffer(QStringLiteral("choir"));
        QVERIFY(invited.offered && invited.allowed && invited.invitation);
        QCOMPARE(invited.state, QStringLiteral("active"));
        QCOMPARE(*groups.join(QStringLiteral("choir"), false), invited.state);
        QCOMPARE(*groups.join(QStringLiteral("readers"), false), reviewed.state);
        QVERIFY(!groups.joinOffer(QStringLiteral("readers")).offered); // asked already

        // Applicants see the offer, and that the rules refuse it.
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("applicant")).ok());
        const Groups::JoinOffer applicant = groups.joinOffer(QStringLiteral("garden"));
        QVERIFY(applicant.offered && !applicant.allowed);
    }

    void invitationsFindPeopleByName()
    {
        const Groups &groups = m_device->groups();
        const auto dmitris = groups.peopleNamedFrom(QStringLiteral("dm"), 20);
        QCOMPARE(dmitris.size(), std::size_t(2));
        QCOMPARE(dmitris.front().name, QStringLiteral("Dmitri Dahl"));
        QCOMPARE(groups.peopleNamedFrom(QStringLiteral("B"), 1).size(), std::size_t(1));
        QVERIFY(groups.peopleNamedFrom(QStringLiteral("%"), 20).empty()); // a wildcard is a letter here
        QCOMPARE(groups.peopleCalled(QStringLiteral("carla cruz"), 2), QStringList {QStringLiteral("carla")});
        QCOMPARE(groups.peopleCalled(QStringLiteral("Dmitri Dahl"), 2).size(), 2);
        QVERIFY(groups.peopleCalled(QStringLiteral("Carla"), 2).isEmpty());
    }

    void applicantsCannotJoin()
    {
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("applicant")).ok());
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("garden")));
        auto *join = button(window, "joinButton");
        QVERIFY(!join->isHidden());
        QVERIFY(!join->isEnabled());
        // Why, in words beside the greyed button (a disabled button shows no tooltip to most).
        const auto *reason = window.findChild<QLabel *>(QStringLiteral("joinReason"));
        QVERIFY(reason && !reason->isHidden());
        QVERIFY2(reason->text().contains(QStringLiteral("application is approved")), qPrintable(reason->text()));
        QCOMPARE(join->toolTip(), reason->text());
        window.join();
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(!button(window, "newGroupButton")->isEnabled());
        QVERIFY(button(window, "newGroupButton")->isHidden()); // never theirs to use: not offered
        // Their device holds no memberships: no "0 members", but when they will see them.
        const QString kind = window.findChild<QLabel *>(QStringLiteral("groupKind"))->text();
        QVERIFY2(kind.contains(QStringLiteral("once you are approved")) && !kind.contains(QStringLiteral("member(s)")),
            qPrintable(kind));
        // Nor a column of zeros in the list.
        const int row = window.groupsModel()->rowOfId(QStringLiteral("garden"));
        const QModelIndex members = window.groupsModel()->index(row, GroupsModel::MembersColumn);
        QCOMPARE(members.data().toString(), QStringLiteral("—"));
        QVERIFY(members.data(Qt::ToolTipRole).toString().contains(QStringLiteral("once you are approved")));
    }

    void leavingAsksFirst()
    {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO membership (id, person_id, group_id, state, role) VALUES "
                                          "('mine', 'me', 'garden', 'active', 'member')")));
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("garden")));
        auto *leave = button(window, "leaveButton");
        QVERIFY(offered(leave));

        m_prompts->agree = false;
        leave->click();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Leave group")});
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(m_store->row(QStringLiteral("membership"), QStringLiteral("mine")));

        m_prompts->agree = true;
        leave->click();
        QCOMPARE(m_store->pendingCount(), 1);
        QVERIFY(!m_store->row(QStringLiteral("membership"), QStringLiteral("mine")));
        QVERIFY(!m_device->groups().membershipOf(QStringLiteral("garden"), QStringLiteral("me")));
        QVERIFY(window.messageText().contains(QStringLiteral("You left Gardeners")));
        QVERIFY(offered(button(window, "joinButton")));
    }

    void theLastCuratorCannotLeave()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        auto *leave = button(window, "leaveButton");
        QVERIFY(!leave->isHidden());
        QVERIFY(!leave->isEnabled());
        QVERIFY(leave->toolTip().contains(QStringLiteral("last curator")));
        // With a second curator, leaving is possible again.
        QVERIFY(m_device->groups().appointCurator(QStringLiteral("council"), QStringLiteral("bob")).ok());
        QVERIFY(leave->isEnabled());
    }

    void curatorsApproveAndDeclineRequests()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        QVERIFY(!window.findChild<QGroupBox *>(QStringLiteral("curateBox"))->isHidden());
        const int row = window.groupsModel()->rowOfId(QStringLiteral("council"));
        QCOMPARE(window.groupsModel()->index(row, GroupsModel::RequestsColumn).data().toInt(), 1);
        auto *approve = button(window, "approveButton");
        auto *decline = button(window, "declineButton");
        QVERIFY(!approve->isEnabled()); // nothing selected yet

        // Bob is a member already: nothing to decide.
        QVERIFY(window.selectMembership(QStringLiteral("m2")));
        QVERIFY(!approve->isEnabled());
        QVERIFY(offered(button(window, "makeCuratorButton")));

        QVERIFY(window.selectMembership(QStringLiteral("m3")));
        QCOMPARE(
            window.membersView()->currentIndex().siblingAtColumn(GroupMembersModel::MessageColumn).data().toString(),
            QStringLiteral("Please"));
        QVERIFY(offered(approve));
        QVERIFY(offered(decline));
        QVERIFY(!button(window, "makeCuratorButton")->isEnabled());

        m_prompts->textAnswer = QStringLiteral("Welcome!");
        approve->click();
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("text:Approve Carla Cruz")});
        const auto carla = m_store->row(QStringLiteral("membership"), QStringLiteral("m3"));
        QCOMPARE(text(*carla, "state"), QStringLiteral("active"));
        QCOMPARE(text(*carla, "message"), QStringLiteral("Welcome!"));
        QCOMPARE(m_store->pendingCount(), 1);
        QVERIFY(window.groupsModel()->index(row, GroupsModel::RequestsColumn).data().isNull());
        QVERIFY(window.messageText().contains(QStringLiteral("Carla Cruz is now a member of Council")));

        // A second request arrives (as a sync would bring it), declined with a reason.
        QVERIFY(m_store
                    ->createRow(QStringLiteral("membership"),
                        {{"person_id", std::string("dmitri")}, {"group_id", std::string("council")},
                            {"state", std::string("pending")}, {"role", std::string("member")},
                            {"message", std::string("Hi")}})
                    .ok());
        QCOMPARE(window.groupsModel()->index(row, GroupsModel::RequestsColumn).data().toInt(), 1);
        const auto request = m_device->groups().membershipOf(QStringLiteral("council"), QStringLiteral("dmitri"));
        QVERIFY(request);
        QVERIFY(window.selectMembership(request->id));
        m_prompts->textAnswer = QStringLiteral("We are full");
        decline->click();
        const auto declined = m_store->row(QStringLiteral("membership"), request->id);
        QCOMPARE(text(*declined, "state"), QStringLiteral("declined"));
        QCOMPARE(text(*declined, "message"), QStringLiteral("We are full"));
    }

    void curatorsInviteAndAppoint()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        auto *invite = button(window, "inviteButton");
        QVERIFY(!invite->isEnabled()); // nobody named yet

        // Suggestions come from the people on this computer.
        QTest::keyClicks(window.inviteField(), QStringLiteral("dm"));
        QCOMPARE(window.inviteField()->completer()->model()->rowCount(), 2);

        // Two people share the name: the window asks to pick one instead of guessing.
        window.inviteField()->setText(QStringLiteral("Dmitri Dahl"));
        invite->click();
        QVERIFY(window.errorText().contains(QStringLiteral("More than one")));
        QCOMPARE(m_store->pendingCount(), 0);

        window.inviteField()->setText(QStringLiteral("Nobody Here"));
        invite->click();
        QVERIFY(window.errorText().contains(QStringLiteral("No one called Nobody Here")));

        // Groups refuses a second membership; the window shows why.
        window.inviteField()->setText(QStringLiteral("bob brown"));
        invite->click();
        QVERIFY(window.errorText().contains(QStringLiteral("already")));
        QCOMPARE(m_store->pendingCount(), 0);

        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person (id, display_name) VALUES ('fay', 'Fay Fox')")));
        window.inviteField()->setText(QStringLiteral("Fay Fox"));
        invite->click();
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QCOMPARE(m_store->pendingCount(), 1);
        const auto fay = m_device->groups().membershipOf(QStringLiteral("council"), QStringLiteral("fay"));
        QVERIFY(fay);
        QCOMPARE(fay->state, QStringLiteral("invited"));
        QVERIFY(window.inviteField()->text().isEmpty());

        // Appointing asks first.
        QVERIFY(window.selectMembership(QStringLiteral("m2")));
        m_prompts->agree = false;
        button(window, "makeCuratorButton")->click();
        QCOMPARE(
            text(*m_store->row(QStringLiteral("membership"), QStringLiteral("m2")), "role"), QStringLiteral("member"));
        m_prompts->agree = true;
        button(window, "makeCuratorButton")->click();
        QCOMPARE(
            text(*m_store->row(QStringLiteral("membership"), QStringLiteral("m2")), "role"), QStringLiteral("curator"));
        QCOMPARE(m_store->pendingCount(), 2);
    }

    void membersDoNotCurate()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("readers")));
        QVERIFY(window.findChild<QGroupBox *>(QStringLiteral("curateBox"))->isHidden());
        QVERIFY(window.selectMembership(QStringLiteral("m5")));
        window.approveRequest();
        window.makeCurator();
        window.invite();
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void leadersCreateGroups()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(!button(window, "newGroupButton")->isEnabled());
        window.newGroup();
        QVERIFY(m_prompts->asked.isEmpty());

        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("leader")).ok());
        GroupsWindow leaderWindow(*m_device, *m_prompts);
        auto *create = button(leaderWindow, "newGroupButton");
        QVERIFY(create->isEnabled());
        create->click(); // cancelled
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("newGroup")});
        QCOMPARE(m_store->pendingCount(), 0);

        m_prompts->newGroupAnswer = NewGroupDialog::Draft {QStringLiteral("Allotment"), QStringLiteral("reviewed"),
            QStringLiteral("Plots by the river"), QStringLiteral("Keep paths clear.")};
        create->click();
        QVERIFY2(leaderWindow.errorText().isEmpty(), qPrintable(leaderWindow.errorText()));
        QCOMPARE(m_store->pendingCount(), 2); // the group and its first curator
        const QString id = leaderWindow.currentGroupId();
        const auto group = m_store->row(QStringLiteral("group"), id);
        QVERIFY(group);
        QCOMPARE(text(*group, "name"), QStringLiteral("Allotment"));
        QCOMPARE(text(*group, "kind"), QStringLiteral("reviewed"));
        QCOMPARE(text(*group, "terms"), QStringLiteral("Keep paths clear."));
        const int row = leaderWindow.groupsModel()->rowOfId(id);
        QCOMPARE(leaderWindow.groupsModel()->index(row, GroupsModel::YouColumn).data().toString(),
            QStringLiteral("curator"));

        // A bad kind is refused by the store's validation, and the window says so.
        m_prompts->newGroupAnswer = NewGroupDialog::Draft {QStringLiteral("Odd"), QStringLiteral("secret"), {}, {}};
        create->click();
        QVERIFY(!leaderWindow.errorText().isEmpty());
        QCOMPARE(m_store->pendingCount(), 2);
    }

    void newGroupDialogNeedsAName()
    {
        NewGroupDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("groupName"))->setText(QStringLiteral("  Walkers "));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.draft().name, QStringLiteral("Walkers"));
        QCOMPARE(dialog.draft().kind, QStringLiteral("open"));
    }

    void everyControlIsNamedForAssistiveTechnology()
    {
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        for (const auto *widget : window.findChildren<QWidget *>()) {
            if (qobject_cast<const QPushButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
                || qobject_cast<const QTableView *>(widget)) {
                QString name = widget->accessibleName();
                if (const auto *push = qobject_cast<const QPushButton *>(widget); push && name.isEmpty())
                    name = push->text();
                QVERIFY2(!name.isEmpty(), qPrintable(widget->objectName()));
            }
        }
    }

    void theMainWindowOpensTheGroups()
    {
        MainWindow main(*m_device, *m_prompts);
        main.setAutoSyncEnabled(false);
        main.show();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        auto *action = main.findChild<QAction *>(QStringLiteral("groupsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
        main.showDashboard(MainWindow::HomeDashboardIndex);
        action->trigger();
        QCOMPARE(main.currentDashboard(), int(MainWindow::GroupsDashboardIndex));
        // One groups page, inside the main window, not a window of its own.
        QCOMPARE(main.findChildren<GroupsWindow *>().size(), 1);
        auto *groups = main.groupsDashboard();
        QVERIFY(groups->isVisible());
        QVERIFY(!groups->isWindow());
        QVERIFY(!groups->findChild<QDialogButtonBox *>()->isVisible());
        QCOMPARE(groups->groupsModel()->rowCount(), 5);
        QCOMPARE(QApplication::focusWidget(), groups->searchField());
    }

    void curatorRemovesAMemberAfterAsking()
    {
        GroupsWindow window(*m_device, *m_prompts);
        window.show();
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        auto *remove = window.findChild<QPushButton *>(QStringLiteral("removeMemberButton"));
        QVERIFY(remove);
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove the selected person from the group"));
        // Not for a pending request (that is Decline), nor for oneself (that is Leave).
        QVERIFY(window.selectMembership(QStringLiteral("m3")));
        QVERIFY(!offered(remove));
        QVERIFY(window.selectMembership(QStringLiteral("m1")));
        QVERIFY(!offered(remove));

        QVERIFY(window.selectMembership(QStringLiteral("m2")));
        QVERIFY(offered(remove));
        m_prompts->agree = false; // the user thinks again
        remove->click();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Remove from group")});
        QVERIFY(m_store->row(QStringLiteral("membership"), QStringLiteral("m2")));
        QCOMPARE(m_store->pendingCount(), 0);

        m_prompts->agree = true;
        remove->click();
        QVERIFY(!m_store->row(QStringLiteral("membership"), QStringLiteral("m2")));
        QCOMPARE(m_store->pendingCount(), 1);
        QVERIFY2(window.messageText().contains(QStringLiteral("Bob Brown is no longer in Council")),
            qPrintable(window.messageText()));
    }

    void curatorsAddAndRemoveCuratorsButNotTheLast()
    {
        GroupsWindow window(*m_device, *m_prompts);
        window.show();
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        auto *curators = window.findChild<QLabel *>(QStringLiteral("groupCurators"));
        auto *requests = window.findChild<QLabel *>(QStringLiteral("groupRequests"));
        QCOMPARE(curators->text(), QStringLiteral("Curators: you"));
        QVERIFY(!requests->isHidden());
        QVERIFY(requests->text().contains(QStringLiteral("1 request")));
        auto *dismiss = window.findChild<QPushButton *>(QStringLiteral("dismissCuratorButton"));
        QVERIFY(window.selectMembership(QStringLiteral("m1")));
        QVERIFY(!offered(dismiss)); // the last curator
        QVERIFY(dismiss->toolTip().contains(QStringLiteral("last curator")));
        // Nor through the core, which says so in the user's terms.
        const auto refused = m_device->groups().dismissCurator(QStringLiteral("m1"));
        QCOMPARE(refused.error().code, std::string("last_curator"));
        QCOMPARE(m_device->groups().leave(QStringLiteral("council")).error().code, std::string("last_curator"));

        QVERIFY(window.selectMembership(QStringLiteral("m2")));
        window.findChild<QPushButton *>(QStringLiteral("makeCuratorButton"))->click();
        QTRY_COMPARE(curators->text(), QStringLiteral("Curators: Bob Brown, you")); // in name order
        QVERIFY(window.selectMembership(QStringLiteral("m1")));
        QVERIFY(offered(dismiss));
        QVERIFY(window.selectMembership(QStringLiteral("m2")));
        m_prompts->clearAsked();
        dismiss->click();
        QCOMPARE(m_prompts->asked, QStringList {QStringLiteral("confirm:Remove as curator")});
        QCOMPARE(
            text(*m_store->row(QStringLiteral("membership"), QStringLiteral("m2")), "role"), QStringLiteral("member"));
        QTRY_COMPARE(curators->text(), QStringLiteral("Curators: you"));
    }

    void reinvitesSomeoneWhoWasDeclined()
    {
        GroupsWindow window(*m_device, *m_prompts);
        window.show();
        QVERIFY(window.selectGroup(QStringLiteral("council")));
        QVERIFY(window.selectMembership(QStringLiteral("m3")));
        window.findChild<QPushButton *>(QStringLiteral("declineButton"))->click();
        QCOMPARE(text(*m_store->row(QStringLiteral("membership"), QStringLiteral("m3")), "state"),
            QStringLiteral("declined"));
        window.inviteField()->setText(QStringLiteral("Carla Cruz"));
        window.findChild<QPushButton *>(QStringLiteral("inviteButton"))->click();
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        const auto row = m_store->row(QStringLiteral("membership"), QStringLiteral("m3"));
        QCOMPARE(text(*row, "state"), QStringLiteral("invited"));
        QCOMPARE(text(*row, "message"), QString()); // the old answer does not follow the new invitation
        // Someone already in the group is not invited twice, and the refusal is a sentence.
        window.inviteField()->setText(QStringLiteral("Bob Brown"));
        window.findChild<QPushButton *>(QStringLiteral("inviteButton"))->click();
        QCOMPARE(window.errorText(),
            QStringLiteral("Bob Brown already has a membership, request or invitation in Council."));
    }

    void speaksTheUsersLanguage()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/commonroom_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        GroupsWindow window(*m_device, *m_prompts);
        QVERIFY(window.selectGroup(QStringLiteral("readers")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Gruppen"));
        QCOMPARE(button(window, "joinButton")->text(), QStringLiteral("&Beitritt anfragen …"));
        QCOMPARE(window.groupsModel()->headerData(GroupsModel::MembersColumn, Qt::Horizontal).toString(),
            QStringLiteral("Mitglieder"));
        QCoreApplication::removeTranslator(&german);
    }

private:
    static QPushButton *button(const GroupsWindow &window, const char *name)
    {
        auto *found = window.findChild<QPushButton *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no button %s", name);
        return found;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
    std::unique_ptr<ScriptedPrompts> m_prompts;
};

QTEST_MAIN(GroupsWindowTest)
#include "GroupsWindowTest.moc"
