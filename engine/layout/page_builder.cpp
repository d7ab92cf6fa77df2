// PageBuilder (see page_builder.h).

#include "layout/page_builder.h"

#include <algorithm>
#include <utility>

namespace bp::layout {

void PageBuilder::start_section(const doc::PageSetup& setup) {
  setup_ = setup;
  new_page();
}

void PageBuilder::new_page() {
  Page page;
  page.number = static_cast<int>(out_.pages.size()) + 1;
  page.width = setup_.width;
  page.height = setup_.height;
  out_.pages.push_back(std::move(page));
  frame_ = Rect{setup_.margin_left, setup_.margin_top,
                std::max(0.0, setup_.width - setup_.margin_left - setup_.margin_right),
                std::max(0.0, setup_.height - setup_.margin_top - setup_.margin_bottom)};
  setups_.push_back(setup_);
  frames_.push_back(frame_);
  y_ = frame_.y;
  at_top_ = true;
}

void PageBuilder::advance(double dy) { y_ = std::min(y_ + dy, frame_.bottom()); }

int PageBuilder::add_node(doc::Role role, int heading_level, int parent) {
  out_.structure.push_back(StructNode{role, heading_level, parent});
  return static_cast<int>(out_.structure.size()) - 1;
}

void PageBuilder::set_alt(int node, std::string alt) {
  out_.structure.at(static_cast<std::size_t>(node)).alt = std::move(alt);
}

}  // namespace bp::layout
