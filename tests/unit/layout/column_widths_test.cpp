// Column width resolution (pure function, exact numbers).

#include "layout/column_widths.h"

#include <gtest/gtest.h>

namespace bp::layout {
namespace {

using doc::Column;
using doc::ColumnKind;

TEST(ColumnWidths, FixedFirstThenRelativeShares) {
  const std::vector<Column> cols{{ColumnKind::Fixed, 60}, {ColumnKind::Relative, 1}, {ColumnKind::Relative, 3}};
  const auto w = column_widths(cols, {{10, 10}, {10, 50}, {10, 50}}, {}, 360);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_DOUBLE_EQ(w[0], 60);
  EXPECT_DOUBLE_EQ(w[1], 75);
  EXPECT_DOUBLE_EQ(w[2], 225);
}

TEST(ColumnWidths, FixedColumnIsNeverNarrowerThanItsFloor) {
  const std::vector<Column> cols{{ColumnKind::Fixed, 5}, {ColumnKind::Fixed, 40}, {ColumnKind::Relative, 1}};
  const auto w = column_widths(cols, {{30, 30, 12}, {10, 10, 12}, {10, 50, 12}}, {}, 360);
  EXPECT_DOUBLE_EQ(w[0], 12);
  EXPECT_DOUBLE_EQ(w[1], 40);
  EXPECT_DOUBLE_EQ(w[2], 308);
}

TEST(ColumnWidths, AutoGetsItsContentWidthWhenThereIsRoom) {
  const std::vector<Column> cols{{ColumnKind::Auto, 0}, {ColumnKind::Relative, 1}};
  const auto w = column_widths(cols, {{20, 80}, {30, 30}}, {}, 300);
  EXPECT_DOUBLE_EQ(w[0], 80);
  EXPECT_DOUBLE_EQ(w[1], 220);
}

TEST(ColumnWidths, AutoColumnsShareBetweenMinAndMax) {
  const std::vector<Column> cols{{ColumnKind::Auto, 0}, {ColumnKind::Auto, 0}};
  const auto w = column_widths(cols, {{20, 100}, {30, 300}}, {}, 200);
  EXPECT_NEAR(w[0], 20 + 80 * 150.0 / 350, 1e-9);
  EXPECT_NEAR(w[1], 30 + 270 * 150.0 / 350, 1e-9);
  EXPECT_NEAR(w[0] + w[1], 200, 1e-9);
}

TEST(ColumnWidths, AutoOnlyTableIsAsNarrowAsItsContent) {
  const std::vector<Column> cols{{ColumnKind::Auto, 0}, {ColumnKind::Auto, 0}};
  const auto w = column_widths(cols, {{20, 40}, {30, 50}}, {}, 500);
  EXPECT_DOUBLE_EQ(w[0], 40);
  EXPECT_DOUBLE_EQ(w[1], 50);
}

TEST(ColumnWidths, TooWideScalesEverythingDownToTheFrame) {
  const std::vector<Column> cols{{ColumnKind::Fixed, 400}, {ColumnKind::Fixed, 300}};
  const auto w = column_widths(cols, {{0, 0}, {0, 0}}, {}, 350);
  EXPECT_DOUBLE_EQ(w[0], 200);
  EXPECT_DOUBLE_EQ(w[1], 150);
  const std::vector<Column> mixed{{ColumnKind::Fixed, 300}, {ColumnKind::Auto, 0}, {ColumnKind::Relative, 1}};
  const auto m = column_widths(mixed, {{0, 0}, {100, 400}, {100, 100}}, {}, 250);
  EXPECT_NEAR(m[0] + m[1] + m[2], 250, 1e-9);
  EXPECT_NEAR(m[0], 150, 1e-9);
  EXPECT_NEAR(m[1], 50, 1e-9);
}

TEST(ColumnWidths, RelativeColumnsKeepTheirMinimum) {
  const std::vector<Column> cols{{ColumnKind::Relative, 1}, {ColumnKind::Relative, 1}};
  const auto w = column_widths(cols, {{150, 150}, {10, 10}}, {}, 200);
  EXPECT_DOUBLE_EQ(w[0], 150);
  EXPECT_DOUBLE_EQ(w[1], 50);
}

TEST(ColumnWidths, SpanningCellWidensItsAutoColumns) {
  const std::vector<Column> cols{{ColumnKind::Fixed, 50}, {ColumnKind::Auto, 0}, {ColumnKind::Auto, 0}};
  // A cell over columns 0..2 needs 150 pt: the two auto columns take 50 each.
  const auto w = column_widths(cols, {{0, 0}, {10, 10}, {10, 10}}, {SpanNeed{0, 3, {150, 150}}}, 500);
  EXPECT_DOUBLE_EQ(w[0], 50);
  EXPECT_DOUBLE_EQ(w[1], 50);
  EXPECT_DOUBLE_EQ(w[2], 50);
}

}  // namespace
}  // namespace bp::layout
