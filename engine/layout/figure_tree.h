#pragma once
// Tree diagrams laid out as drawings (see compose/figure.h, TreeDiagram).
//
// Geometry: a tidy tree. Each generation is a row (TopDown) or a column
// (LeftRight), `gap_levels` apart. Across, each subtree is packed against
// the one before it as closely as their outlines allow: in every generation
// they share, their boxes are at least `gap_between` apart (so no two boxes
// overlap and no connectors cross). A parent is centred over (or beside) the
// middle of its first and last child. TopDown boxes
// are all one width and, within a generation, one height; LeftRight boxes are
// one width per diagram, each as tall as its text. Roots (parent -1, and any
// node whose parent index is not smaller than its own) sit side by side.
// Connectors are elbows: from the middle of the parent's bottom (right) edge
// half way across the gap, along to above (beside) every child, and into the
// middle of the child's top (left) edge.
//
// Each box: a filled rectangle with its border inside it, the title in bold
// and the detail in regular on a new line, centred, wrapped to the box.
//
// Fitting, in order, until the diagram fits `frame_width` x `max_height`:
// TopDown from font_size down to min_font_size in half points (padding and
// gaps scale with the font), with the widest box width that fits but no
// narrower than the longest word; then LeftRight the same way (Auto only);
// then the same again below min_font_size down to 3 pt, boxes allowed to
// break words. A diagram that does not fit even so is drawn at 3 pt.

#include "compose/figure.h"
#include "layout/figure_draw.h"
#include "layout/font_metrics.h"

namespace bp::layout {

Drawing layout_tree(const doc::TreeDiagram& tree, double frame_width, double max_height, const FontMetrics& m);

}  // namespace bp::layout
