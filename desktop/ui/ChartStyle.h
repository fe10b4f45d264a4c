#pragma once

#include <QtGlobal>

class QChart;
class QPalette;
class QValueAxis;

namespace commonroom::chartstyle {

// Makes `chart` follow `palette` (the window's): the dark theme under a dark palette, the light one
// otherwise, with the palette's own background and text, so that titles, labels and legends stay
// readable whichever palette the person uses. Call it after the series and axes are added.
void follow(QChart *chart, const QPalette &palette);

// An axis of counts from 0 to at least `highest`: whole numbers only, each tick on a whole number
// (a count of one reads 0, 1, never 0, 0, 0, 0, 1).
QValueAxis *countAxis(qreal highest);

} // namespace commonroom::chartstyle
