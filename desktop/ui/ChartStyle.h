#pragma once

class QChart;
class QPalette;

namespace commonroom::chartstyle {

// Makes `chart` follow `palette` (the window's): the dark theme under a dark palette, the light one
// otherwise, with the palette's own background and text, so that titles, labels and legends stay
// readable whichever palette the person uses. Call it after the series and axes are added.
void follow(QChart *chart, const QPalette &palette);

} // namespace commonroom::chartstyle
