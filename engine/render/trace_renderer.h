#pragma once
// A plain-text trace of laid-out pages, for golden tests: one line per item,
// numbers rounded to 2 decimals, in drawing order.

#include <string>

#include "layout/page.h"

namespace bp::render {

std::string render_trace(const layout::LaidOutDocument& doc);

}  // namespace bp::render
