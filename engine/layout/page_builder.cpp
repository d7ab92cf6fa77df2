// PageBuilder (see page_builder.h).

#include "layout/page_builder.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace bp::layout {
namespace {

// Items furniture may add to a finished page (watermark, two header and three
// footer texts): room for them is kept when a page is compacted.
constexpr std::size_t kFurnitureItems = 6;

// Gives a finished page's items back the slack of the vector's growth (up to
// half its capacity): a page kept stays in memory until it is rendered.
void compact(std::vector<Item>& items) {
  if (items.capacity() - items.size() <= kFurnitureItems) return;
  std::vector<Item> tight;
  tight.reserve(items.size() + kFurnitureItems);
  std::move(items.begin(), items.end(), std::back_inserter(tight));
  items.swap(tight);
}

}  // namespace

void PageBuilder::start_section(const doc::PageSetup& setup) {
  setup_ = setup;
  new_page();
}

void PageBuilder::finish_page() {
  if (page_done_ || out_.pages.empty()) return;
  page_done_ = true;
  Page& page = out_.pages.back();
  last_items_ = page.items.size();
  if (done_) done_(page, setups_.back());
  compact(page.items);
}

void PageBuilder::new_page() {
  finish_page();
  const std::size_t expected = out_.pages.empty() ? 0 : last_items_;
  Page page;
  // A page is usually much like the one before (a long table's pages): its
  // items are reserved at that size, so most pages never grow nor compact.
  if (expected > 0) page.items.reserve(expected + kFurnitureItems);
  page.number = static_cast<int>(out_.pages.size()) + 1;
  page.width = setup_.width;
  page.height = setup_.height;
  out_.pages.push_back(std::move(page));
  page_done_ = false;
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
  out_.alt_text[node] = std::move(alt);
}

}  // namespace bp::layout
