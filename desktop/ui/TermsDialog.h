#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace commonroom {

class Device;

// The community's words (docs/organizing.md, "The community's words"), for admins: the ladder's
// levels and the areas with their default names, the community's name of each (edited in place;
// empty goes back to the default) and, for areas, whether the community uses them. Save writes
// what changed, offline, through the device's Terms.
class TermsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { KindColumn, DefaultColumn, NameColumn };

    explicit TermsDialog(Device &device, QWidget *parent = nullptr);

    QTreeWidget *words() const { return m_words; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    Device &m_device;
    QTreeWidget *m_words = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace commonroom
