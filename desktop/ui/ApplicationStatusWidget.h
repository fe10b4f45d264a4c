#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace commonroom {

class Device;
class LocalStore;

// What an applicant sees of their own application, from the device's copy: waiting, a question
// from an admin (answered by editing their profile), approved, or rejected with the reason, and
// the vouches received so far (the applicant sees them, with their reasons). Updated as syncs
// bring news.
class ApplicationStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationStatusWidget(Device &device, QWidget *parent = nullptr);

    QString statusText() const;
    QString vouchesText() const; // empty once the application is decided

public Q_SLOTS:
    void reload();

private:
    Device &m_device;
    LocalStore &m_store;
    QLabel *m_status;
    QLabel *m_vouches;
};

} // namespace commonroom
