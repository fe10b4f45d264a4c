#pragma once

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace commonroom {

class Device;
class Prompts;

// Writing a message to a group: a subject and a text. Ctrl+Return sends; Tab leaves the text.
class WriteMessageDialog : public QDialog
{
    Q_OBJECT

public:
    // `members`: the group's other active members, whom the message reaches.
    WriteMessageDialog(const QString &groupName, int members, QWidget *parent = nullptr);

    QString subject() const;
    QString body() const;
    void setMessage(const QString &subject, const QString &body);

private:
    void updateSend();

    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
};

// A group's messages on its page (docs/groupmail.md): the archive, newest first, whoever may read
// it here (mailed or not), the selected one's text below; "Write to the group…" for its curators
// and leaders, greyed with the reason for everyone else. A message waits for the next sync to be
// sent and says so; once the server has mailed it, the writer and leaders see to how many people.
class GroupMailPane : public QWidget
{
    Q_OBJECT

public:
    GroupMailPane(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    void setGroup(const QString &groupId);
    // Selects a message of the group shown; false if it is not there.
    bool selectMessage(const QString &messageId);
    QTreeWidget *messagesView() const { return m_messages; }
    QString messageText() const;
    QString statusText() const;

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
    QString m_groupId;
    QTreeWidget *m_messages;
    QTextBrowser *m_text;
    QPushButton *m_write;
    QLabel *m_reason;
    QLabel *m_status;
};

} // namespace commonroom
