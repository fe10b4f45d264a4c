#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace commonroom {

class Device;
class Prompts;

// The person page's "Contributions" (docs/organizing.md): the person's entries newest first
// (contributions and touch-points, confirmed or waiting for a leader), their totals by area,
// "Record…" and, for leaders, "Confirm" on a selected unconfirmed entry. Shown to the person
// themself and to leaders (Contributions::maySeeOf); an action the user may not take is disabled
// or hidden with the reason said. Everything is written offline through the device's
// Contributions and reloads when the rows change, by a local edit or a sync.
class ContributionsPane : public QWidget
{
    Q_OBJECT

public:
    // The timeline's items carry the entry's id in IdRole and whether it is confirmed in
    // ConfirmedRole.
    enum Roles { IdRole = Qt::UserRole + 1, ConfirmedRole };

    ContributionsPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent = nullptr);

    // Whether the signed-in user may see the person's entries: the person page adds the pane only then.
    static bool hasAnythingFor(Device &device, const QString &personId);

    QStandardItemModel *timeline() const { return m_timeline; }
    QStandardItemModel *totals() const { return m_totals; }
    QListView *timelineView() const { return m_timelineView; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *confirmButton() const { return m_confirm; }
    // Why Record or Confirm is not offered; empty when both are.
    QString reasonText() const;
    QString errorText() const;

public Q_SLOTS:
    // Asks for the entry (the dialog "recordDialog") and records it.
    void record();
    // Confirms the selected entry.
    void confirmSelected();
    void reload();

private:
    void showError(const QString &message);
    void updateConfirm();

    Device &m_device;
    Prompts &m_prompts;
    const QString m_personId;
    QStandardItemModel *m_timeline = nullptr;
    QStandardItemModel *m_totals = nullptr;
    QListView *m_timelineView = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace commonroom
