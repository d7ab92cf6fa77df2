// merge_segments: collinear touching segments of one solid stroke become one.

#include "render/stroke_merge.h"

#include <gtest/gtest.h>

namespace bp::render {
namespace {

TEST(MergeSegments, JoinsARuleDrawnCellByCell) {
  // A row's top rule in three cells, given out of order and one reversed.
  const auto out = merge_segments({{100, 500, 250, 500}, {0, 500, 100, 500}, {400, 500, 250, 500}});
  EXPECT_EQ(out, (std::vector<Segment>{{0, 500, 400, 500}}));
}

TEST(MergeSegments, JoinsOverlapsButNotGaps) {
  const auto out = merge_segments({{0, 0, 100, 0}, {50, 0, 150, 0}, {151, 0, 200, 0}});
  EXPECT_EQ(out, (std::vector<Segment>{{0, 0, 150, 0}, {151, 0, 200, 0}}));
}

TEST(MergeSegments, KeepsLinesOnDifferentRowsApart) {
  const auto out = merge_segments({{0, 10, 100, 10}, {100, 20, 200, 20}});
  EXPECT_EQ(out, (std::vector<Segment>{{0, 10, 100, 10}, {100, 20, 200, 20}}));
}

TEST(MergeSegments, JoinsVerticalsAndKeepsDiagonalsAndPointsInOrder) {
  const auto out = merge_segments({{5, 0, 5, 10},
                                   {0, 0, 10, 10},  // diagonal
                                   {5, 20, 5, 10},
                                   {7, 7, 7, 7},  // a point
                                   {3, 0, 3, 10}});
  EXPECT_EQ(out,
            (std::vector<Segment>{{3, 0, 3, 10}, {5, 0, 5, 20}, {0, 0, 10, 10}, {7, 7, 7, 7}}));
}

TEST(MergeSegments, HorizontalsComeBeforeVerticals) {
  const auto out = merge_segments({{0, 0, 0, 10}, {0, 0, 10, 0}});
  EXPECT_EQ(out, (std::vector<Segment>{{0, 0, 10, 0}, {0, 0, 0, 10}}));
}

TEST(MergeSegments, EmptyStaysEmpty) { EXPECT_TRUE(merge_segments({}).empty()); }

}  // namespace
}  // namespace bp::render
