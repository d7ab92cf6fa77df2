#pragma once
// Table column widths.
//
// Contract: Fixed columns get their value (pt) first, but never less than their
// floor (the widest single character of their cells plus padding: narrower, a
// glyph would cross the cell's border). Auto columns get their
// content width, between their min (widest unbreakable word + padding) and
// max (unbroken text + padding), as far as the frame allows. Relative columns
// share what is left in proportion to their values (<= 0 counts as 1), each at
// least its min. If fixed widths (floored) plus the mins of the other columns exceed the
// frame, every column is scaled down in proportion (fixed value or min), so
// the table never gets wider than the frame; text then breaks between
// characters. A table with no Relative column may be narrower than the frame.
// Cells spanning several columns widen their non-fixed columns evenly when
// their own min / max exceed the spanned columns' sum.

#include <vector>

#include "compose/document.h"

namespace bp::layout {

struct ColumnNeed {
  double min = 0;  // pt, padding included
  double max = 0;
  double floor = 0;  // pt: widest single character plus padding (Fixed columns)
};

struct SpanNeed {
  int first = 0;
  int count = 1;
  ColumnNeed need;
};

std::vector<double> column_widths(const std::vector<doc::Column>& columns, std::vector<ColumnNeed> needs,
                                  const std::vector<SpanNeed>& spans, double frame_width);

}  // namespace bp::layout
