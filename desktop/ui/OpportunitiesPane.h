#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace commonroom {

class Device;
class Terms;
class Prompts;
struct Opportunity;

// A group's opportunities on its page (docs/organizing.md, "Opportunities"): each with its places
// filled and open and the signed-in person's own interest; "Post opportunity…" and "Close" for the
// group's curators and leaders (disabled with the reason said for others); "I'm interested" and
// "Withdraw" for members; and, for curators and leaders, the people interested in the selected
// one with "Accept" and "Decline". Everything is written offline through the device's
// Opportunities and reloads when the rows change, by a local edit or a sync.
class OpportunitiesPane : public QWidget
{
    Q_OBJECT

public:
    // The opportunities' items carry the id in IdRole; the interests' the person in PersonIdRole
    // and the state in StateRole.
    enum Roles { IdRole = Qt::UserRole + 1, PersonIdRole, StateRole };

    OpportunitiesPane(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    void setGroup(const QString &groupId);

    QStandardItemModel *opportunities() const { return m_opportunities; }
    QStandardItemModel *interests() const { return m_interests; }
    QListView *opportunitiesView() const { return m_opportunitiesView; }
    QListView *interestsView() const { return m_interestsView; }
    QPushButton *postButton() const { return m_post; }
    QPushButton *interestedButton() const { return m_interested; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *declineButton() const { return m_decline; }
    QString reasonText() const;
    QString errorText() const;

    // One line for an opportunity: title, area, places filled and open, state, one's own interest.
    static QString describe(const Opportunity &opportunity, const Terms &terms);

public Q_SLOTS:
    // Asks for the opportunity (the dialog "postOpportunityDialog") and posts it.
    void post();
    void sayInterested();
    void withdraw();
    void closeSelected();
    void acceptSelected();
    void declineSelected();
    void reload();

private:
    QString currentId() const;
    void reloadInterests();
    void updateActions();
    void showResult(bool ok, const std::string &message);

    Device &m_device;
    Prompts &m_prompts;
    QString m_groupId;
    QStandardItemModel *m_opportunities = nullptr;
    QStandardItemModel *m_interests = nullptr;
    QListView *m_opportunitiesView = nullptr;
    QListView *m_interestsView = nullptr;
    QLabel *m_interestsLabel = nullptr;
    QPushButton *m_post = nullptr;
    QPushButton *m_interested = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace commonroom
