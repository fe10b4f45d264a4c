#pragma once

#include "desktop/core/Turfs.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace commonroom {

class Device;
class Prompts;

// The Canvassing page (docs/organizing.md, "Turfs and canvassing"). Leaders and admins see every
// turf with its progress, cut people into turfs, assign a turf to a member for a window or
// withdraw it, close a turf, and print its walk sheet and phone list. A member sees the turfs
// assigned to them now (their device holds no other) and records what happened at each door,
// offline. Every change goes through the device's Turfs.
class CanvassingDashboard : public QWidget
{
    Q_OBJECT

public:
    CanvassingDashboard(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    // Whether the page is for the signed-in user: members and up (applicants canvass nothing).
    static bool isFor(Device &device);

    QTreeWidget *turfList() const { return m_turfs; }
    QTreeWidget *doorList() const { return m_doors; }
    QPushButton *cutButton() const { return m_cut; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *walkSheetButton() const { return m_walkSheet; }
    QPushButton *phoneListButton() const { return m_phoneList; }
    QComboBox *outcomeChoice() const { return m_outcome; }
    QComboBox *supportChoice() const { return m_support; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *summaryLabel() const { return m_summary; }
    // Why the last change or read failed; empty when it did not.
    QString errorText() const;
    // The selected turf's id; empty when none.
    QString currentTurf() const;

public Q_SLOTS:
    void reload();
    void cutTurfs();
    // Asks for the member, then the window.
    void assign();
    // Withdraws the selected turf's open assignments, after confirming.
    void withdraw();
    // Closes the selected turf (or opens it again).
    void toggleClosed();
    void saveWalkSheet();
    void savePhoneList();
    // Records the outcome chosen at the selected door.
    void record();

private:
    void showDoors();
    void updateButtons();
    void showError(const QString &message);
    // The selected turf's doors and the turf, for the printouts; false (and the error shown) when
    // they cannot be read.
    bool readTurf(Turf &turf, std::vector<TurfDoor> &doors);
    // Asks where to save the selected turf's printout (`title`, a file named after `fileStem` and
    // the turf) and writes it there with `write`.
    using Printout = Status (*)(const QString &, const Turf &, const std::vector<TurfDoor> &, const QDateTime &);
    void savePrintout(const QString &title, const QString &fileStem, Printout write);

    Device &m_device;
    Prompts &m_prompts;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_turfs = nullptr;
    QTreeWidget *m_doors = nullptr;
    QPushButton *m_cut = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_walkSheet = nullptr;
    QPushButton *m_phoneList = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_support = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
};

// Cuts the people of a smart list or an area into turfs: a preview of the turfs by
// neighbourhood and street, then "Cut turfs" makes them.
class TurfCutDialog : public QDialog
{
    Q_OBJECT

public:
    TurfCutDialog(Device &device, QWidget *parent = nullptr);

    QComboBox *sourceChoice() const { return m_source; }
    QLineEdit *areaEdit() const { return m_area; }
    QSpinBox *doorsChoice() const { return m_doors; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QListWidget *preview() const { return m_preview; }
    QPushButton *cutButton() const { return m_cut; }
    QLabel *summaryLabel() const { return m_summary; }
    // The ids of the turfs made; empty until accepted.
    QStringList made() const { return m_made; }

public Q_SLOTS:
    void updatePreview();
    void accept() override;

private:
    Device &m_device;
    CutPlan m_plan;
    QStringList m_made;
    QComboBox *m_source = nullptr;
    QLineEdit *m_area = nullptr;
    QSpinBox *m_doors = nullptr;
    QLineEdit *m_prefix = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cut = nullptr;
};

// The window of a turf's assignment to a member: from and until, a week from now unless changed.
class TurfAssignDialog : public QDialog
{
    Q_OBJECT

public:
    TurfAssignDialog(Device &device, const Turf &turf, const QString &canvasserId, QWidget *parent = nullptr);

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    Device &m_device;
    const QString m_turfId;
    const QString m_canvasserId;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace commonroom
