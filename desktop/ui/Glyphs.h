#pragma once

#include <QIcon>

namespace commonroom {

// The pictures of the sidebar: line drawings in the palette's own text colour (the highlighted
// text colour when selected), drawn at whatever size and pixel ratio they are shown, so they read
// in light and dark palettes and at 2× alike, and need no icon theme or image plugin on the
// computer. One look for every dashboard, whatever desktop the app runs on.
enum class Glyph { Home, Profile, Groups, People, Events, Organizing, Canvassing, Admission, Application };

QIcon glyphIcon(Glyph glyph);

} // namespace commonroom
