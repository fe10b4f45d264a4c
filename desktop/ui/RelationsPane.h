#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace commonroom {

class Device;
class Prompts;

// The person page's "Relations" (docs/organizing.md, "Households and relationships"), for leaders
// and admins: the person's household with its other people and the address one of them shows
// (a household has none of its own), adding them to a household, a new one or taking them out;
// their relationships, added by kind and person and removed; who brought them in; and the tree
// of whom they brought in. Every change is written offline through the device's Households and
// Relationships.
class RelationsPane : public QWidget
{
    Q_OBJECT

public:
    RelationsPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent = nullptr);

    // Whether the signed-in user may see and keep households and relationships: the person page
    // adds the pane only then (members and applicants hold none of it).
    static bool isFor(Device &device);

    QLabel *householdLabel() const { return m_household; }
    QListWidget *housemates() const { return m_housemates; }
    QLabel *addressLabel() const { return m_address; }
    QComboBox *householdChoice() const { return m_householdChoice; }
    QPushButton *addToHouseholdButton() const { return m_addToHousehold; }
    QPushButton *newHouseholdButton() const { return m_newHousehold; }
    QPushButton *leaveHouseholdButton() const { return m_leaveHousehold; }
    QListWidget *relationships() const { return m_relationships; }
    QComboBox *kindChoice() const { return m_kind; }
    QPushButton *relateButton() const { return m_relate; }
    QPushButton *unrelateButton() const { return m_unrelate; }
    QLabel *recruiterLabel() const { return m_recruiter; }
    QTreeView *recruits() const { return m_recruits; }
    // Why the last change or read failed; empty when it did not.
    QString errorText() const;

public Q_SLOTS:
    void reload();
    void addToHousehold();
    // Asks for the name, makes the household and places the person in it.
    void newHousehold();
    void leaveHousehold();
    // Asks for the other person and relates them by the kind chosen.
    void relate();
    // Removes the selected relationship.
    void unrelate();

private:
    void showError(const QString &message);
    void updateButtons();

    Device &m_device;
    Prompts &m_prompts;
    const QString m_personId;
    QString m_householdId; // the person's household; empty when none
    QLabel *m_household = nullptr;
    QListWidget *m_housemates = nullptr;
    QLabel *m_address = nullptr;
    QComboBox *m_householdChoice = nullptr;
    QPushButton *m_addToHousehold = nullptr;
    QPushButton *m_newHousehold = nullptr;
    QPushButton *m_leaveHousehold = nullptr;
    QListWidget *m_relationships = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_relate = nullptr;
    QPushButton *m_unrelate = nullptr;
    QLabel *m_recruiter = nullptr;
    QTreeView *m_recruits = nullptr;
    QStandardItemModel *m_recruitModel = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace commonroom
