#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QListWidget;
class QListWidgetItem;

namespace commonroom {

class Device;
class Prompts;

// The person page's "Tags" (docs/organizing.md, "Tags"): every tag the device holds, checked
// where it is applied to the person. A leader or an admin checks or unchecks a tag to apply or
// remove it (offline, through the device's Tags); anyone else sees the tags they may see, read
// only. A leaders-only tag is never on the device of the person it is applied to, so a leader's
// own page does not show it, and checking it there is refused with the reason. "New tag…" makes a
// tag (leaders only unless the leader says members may see it too) and applies it to the person.
class TagsPane : public QWidget
{
    Q_OBJECT

public:
    TagsPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent = nullptr);

    // Whether there is anything to show or do (a tag, or the right to make one): the person page
    // adds the pane only then.
    static bool hasAnythingFor(Device &device);

    QListWidget *tags() const { return m_tags; }
    QPushButton *newTagButton() const { return m_newTag; }
    // Why the last change or read failed; empty when it did not.
    QString errorText() const;

public Q_SLOTS:
    void reload();
    // Asks for the name and who may see it, makes the tag and applies it to the person.
    void newTag();

private:
    void toggled(QListWidgetItem *item);

    void showError(const QString &message);

    Device &m_device;
    Prompts &m_prompts;
    const QString m_personId;
    QPushButton *m_newTag = nullptr;
    QListWidget *m_tags = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace commonroom
