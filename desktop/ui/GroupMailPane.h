#pragma once

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace commonroom {

class Device;
class Prompts;
struct GroupMessage;

// Writing a message to a group, to an audience of an event's registrants, or to the people of a
// smart list: a subject and a text. Ctrl+Return sends; Tab leaves the text.
class WriteMessageDialog : public QDialog
{
    Q_OBJECT

public:
    // `members`: the group's other active members, whom the message reaches.
    WriteMessageDialog(const QString &groupName, int members, QWidget *parent = nullptr);
    // To an event: the audiences to choose from, with how many people each reaches and why one
    // cannot be chosen yet (empty when it can).
    struct Audience
    {
        QString key; // groupmail::kAudiences
        QString label;
        int people = 0;
        QString whyNot;
    };
    WriteMessageDialog(const QString &eventTitle, const QList<Audience> &audiences, QWidget *parent = nullptr);
    // To the people a smart list selects (`people`, the writer excepted).
    struct ToList
    {
        QString listName;
        int people = 0;
    };
    WriteMessageDialog(const ToList &list, QWidget *parent = nullptr);

    QString subject() const;
    QString body() const;
    // The chosen audience of an event's registrants (empty for a group).
    QString audience() const;
    void setMessage(const QString &subject, const QString &body);

private:
    void build(const QString &title, const QString &reach, const QString &note);
    void updateSend();

    QList<Audience> m_audiences;
    QComboBox *m_audience = nullptr;
    QLabel *m_reach = nullptr;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
};

// One message to a smart list, to read (from Home): who wrote it and when, its text; for its
// writer and admins also the list and how far the mailing went.
class ReadMessageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReadMessageDialog(const GroupMessage &message, QWidget *parent = nullptr);
};

// A group's messages on its page, or an event's on its Messages tab (docs/groupmail.md): the
// archive, newest first, whoever may read it here (mailed or not), the selected one's text below;
// "Write to the group…" for its curators and leaders ("Write to registrants…" for the event's
// organizers), greyed with the reason for everyone else. A message waits for the next sync to be
// sent and says so; once the server has mailed it, the writer and leaders see to how many people.
class GroupMailPane : public QWidget
{
    Q_OBJECT

public:
    GroupMailPane(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    void setGroup(const QString &groupId);
    void setEvent(const QString &eventId);
    // Selects a message of the group shown; false if it is not there.
    bool selectMessage(const QString &messageId);
    QTreeWidget *messagesView() const { return m_messages; }
    QString messageText() const;
    QString statusText() const;
    // How far the server has mailed `message` ("Mailed to 12 · 3 not mailed"), and, in
    // `whyNotMailed`, why people were left out, as counts.
    static QString deliveryOf(const GroupMessage &message, QString *whyNotMailed = nullptr);

public Q_SLOTS:
    void reload();
    void write();

Q_SIGNALS:
    // A message was saved for the next sync.
    void written(const QString &message);

private:
    void showSelected();

    Device &m_device;
    Prompts &m_prompts;
    QString whyNotWrite() const;
    static QString audienceLabel(const QString &key);

    QString m_groupId;
    QString m_eventId;
    QTreeWidget *m_messages;
    QTextBrowser *m_text;
    QPushButton *m_write;
    QLabel *m_reason;
    QLabel *m_status;
};

} // namespace commonroom
