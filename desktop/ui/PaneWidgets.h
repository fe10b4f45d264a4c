#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace commonroom::panewidgets {

// The pieces the panes of the events and groups windows are made of, alike everywhere.

// A read-only list of rows, one selected at a time; Tab leaves it, the arrows move within it.
QTableView *table(QWidget *parent, const QString &objectName, const QString &accessibleName);
// A label for text that comes from other people (names, descriptions, terms): never read as
// HTML, wrapped, selectable.
QLabel *plainLabel(QWidget *parent, const QString &objectName, const QString &accessibleName = {});
QPushButton *button(QWidget *parent, const QString &text, const QString &objectName, const QString &accessibleName);

} // namespace commonroom::panewidgets
