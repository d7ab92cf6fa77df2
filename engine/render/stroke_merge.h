#pragma once
// Merging the straight segments of one stroke. Internal to the render stage.
//
// Layout draws table rules cell by cell, so a row's top rule arrives as one
// segment per cell, end to end. Stroked together with one solid width and
// colour and PDF's default butt caps, collinear horizontal (or vertical)
// segments that touch or overlap paint exactly the union of their rectangles,
// which is what one segment from the first start to the last end paints; and
// drawing order inside one opaque stroke does not change what is painted. So
// merge_segments() replaces each such run by one segment (ordered by
// coordinate: horizontals by y then x, then verticals by x then y) and keeps
// every other segment as it is, after them, in input order. Coordinates are
// integers (1/1000 pt) so "touch" is exact. Not for dashed strokes: merging
// would restart the dash pattern.

#include <vector>

namespace bp::render {

struct Segment {
  long long x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  bool operator==(const Segment&) const = default;
};

std::vector<Segment> merge_segments(std::vector<Segment> segments);

}  // namespace bp::render
