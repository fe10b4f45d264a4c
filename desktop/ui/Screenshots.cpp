#include "Screenshots.h"

#include "CheckInWindow.h"
#include "EventDialog.h"
#include "MainWindow.h"
#include "PersonEditor.h"
#include "desktop/core/Device.h"

#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

namespace commonroom {

namespace {

// Lets the widgets lay themselves out and the lists that read after a pause fill.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(700, &loop, &QEventLoop::quit);
    loop.exec();
}

class Album
{
public:
    explicit Album(const QString &dir)
        : m_dir(dir)
    {
    }

    Status save(QWidget *widget, const QString &name)
    {
        settle();
        const QString path
            = m_dir.filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        if (!widget->grab().save(path))
            return makeError("io", "Cannot write the picture " + path.toStdString() + ".");
        return {};
    }

private:
    QDir m_dir;
    int m_count = 0;
};

} // namespace

Status saveScreenshots(MainWindow &window, Device &device, Prompts &prompts, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError("io", "Cannot make the folder " + dir.toStdString() + ".");
    Album album(dir);
    window.resize(1280, 800);
    window.show();
    for (int index = 0; index < window.dashboardCount(); ++index) {
        window.showDashboard(index);
        if (index == MainWindow::PeopleDashboardIndex) {
            // With the first person's card: once the list has read its rows.
            settle();
            QAbstractItemModel *people = window.peopleView()->model();
            if (!window.peopleView()->currentIndex().isValid() && people->rowCount() > 0)
                window.peopleView()->setCurrentIndex(people->index(0, 0));
        }
        const QString name = window.dashboard(index)->objectName();
        if (auto saved = album.save(&window, name.isEmpty() ? QStringLiteral("dashboard") : name); !saved)
            return saved;
    }

    // The first person of the directory, as opening them shows them.
    window.showDashboard(MainWindow::PeopleDashboardIndex);
    if (window.peopleView()->currentIndex().isValid()) {
        window.editCurrentPerson();
        if (auto *editor = window.findChild<PersonEditor *>(); editor) {
            const Status saved = album.save(editor, QStringLiteral("person"));
            editor->close();
            if (!saved)
                return saved;
        }
    }

    // A new event, for those who may make one.
    if (device.events().mayCreateAny()) {
        EventInfo draft;
        draft.start = device.store().now().addDays(7);
        draft.end = draft.start.addSecs(2 * 3600);
        EventDialog dialog(device, draft, &window);
        dialog.show();
        if (auto saved = album.save(&dialog, QStringLiteral("newEvent")); !saved)
            return saved;
    }

    // The door of the next event.
    const auto upcoming = device.events().list({});
    if (!upcoming.empty()) {
        CheckInWindow door(device, prompts, upcoming.front().id);
        door.resize(1000, 700);
        door.show();
        if (auto saved = album.save(&door, QStringLiteral("checkIn")); !saved)
            return saved;
    }
    return {};
}

} // namespace commonroom
