#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace commonroom {

class Device;

// The person page's "Tags" (docs/organizing.md, "Tags"): every tag the device holds, checked
// where it is applied to the person. A leader or an admin checks or unchecks a tag to apply or
// remove it (offline, through the device's Tags); anyone else sees the tags they may see, read
// only. A leaders-only tag is never on the device of the person it is applied to, so a leader's
// own page does not show it, and checking it there is refused with the reason.
class TagsPane : public QWidget
{
    Q_OBJECT

public:
    TagsPane(Device &device, const QString &personId, QWidget *parent = nullptr);

    // Whether there is anything to show: the person page adds the pane only then.
    static bool hasAnythingFor(Device &device);

    QListWidget *tags() const { return m_tags; }
    // Why the last change or read failed; empty when it did not.
    QString errorText() const;

public Q_SLOTS:
    void reload();

private:
    void toggled(QListWidgetItem *item);

    Device &m_device;
    const QString m_personId;
    QListWidget *m_tags = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace commonroom
