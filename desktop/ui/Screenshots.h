#pragma once

#include "common/Result.h"

#include <QString>

namespace commonroom {

class Device;
class MainWindow;
class Prompts;

// Pictures of the app for its documentation (scripts/screenshots.sh, docs/screenshots): every
// dashboard of `window` as the signed-in person sees it, then the main dialogs they may open —
// a person's card, a new event, the door of the next event — each a PNG in `dir`, named by its
// order and the page's object name ("01-homeDashboard.png"). What the role cannot open is left
// out. The window is shown and settles before each picture.
Status saveScreenshots(MainWindow &window, Device &device, Prompts &prompts, const QString &dir);

} // namespace commonroom
