#pragma once

class QTableView;

namespace commonroom {

// How the tables of the app size their columns: each column as wide as what it holds (its
// header and the first rows, never wider than about 40 characters), and `stretchColumn`, the one
// that reads as free text (notes, a title), taking the width that is left. The widths follow the
// rows each time they are read anew (a reset, a new order, a first fill; not the rows read on
// while scrolling, which would make the columns jump), until the user drags a column: from then
// on the widths are theirs. Call once the view has its model.
void sizeColumnsToContents(QTableView *view, int stretchColumn);

} // namespace commonroom
