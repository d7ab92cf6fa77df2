#pragma once
// The page being filled: the pages made so far, the current page's frame (the
// body inside the margins), the vertical cursor, and the structure tree.
//
// Contract: start_section() and new_page() always open a new page; the cursor
// starts at the frame's top and at_top() stays true until something is marked
// as placed (space before, spacers and furniture do not count). Pages are
// numbered 1.. in order. setups()[i] is the page setup of pages[i] (furniture
// needs the margins).
//
// A page is done when the next one opens or finish_page() is called (the
// end of a section): `done` then gets it and its page setup, once, and may
// take its items
// (layout/page_sink.h); pages kept are compacted. Nothing is drawn on a page
// after it is done.

#include <functional>
#include <string>
#include <vector>

#include "compose/document.h"
#include "core/geometry.h"
#include "layout/page.h"

namespace bp::layout {

class PageBuilder {
 public:
  using PageDone = std::function<void(Page&, const doc::PageSetup&)>;
  explicit PageBuilder(LaidOutDocument& out, PageDone done = {})
      : out_(out), done_(std::move(done)) {}

  void start_section(const doc::PageSetup& setup);
  void new_page();
  // The current page is done (nothing happens if it already is).
  void finish_page();

  Page& page() { return out_.pages.back(); }
  const Rect& frame() const { return frame_; }
  double y() const { return y_; }
  double bottom() const { return frame_.bottom(); }
  double space_left() const { return frame_.bottom() - y_; }
  bool at_top() const { return at_top_; }

  // Moves the cursor down (clamped to the frame's bottom).
  void advance(double dy);
  void set_y(double y) { y_ = y; }
  void mark_placed() { at_top_ = false; }

  int add_node(doc::Role role, int heading_level, int parent);
  void set_alt(int node, std::string alt);  // a Figure node's alternative text

  const std::vector<doc::PageSetup>& setups() const { return setups_; }
  const std::vector<Rect>& frames() const { return frames_; }

 private:
  LaidOutDocument& out_;
  PageDone done_;
  bool page_done_ = true;         // no page is open
  std::size_t last_items_ = 0;    // items on the last page done
  doc::PageSetup setup_;
  Rect frame_;
  double y_ = 0;
  bool at_top_ = true;
  std::vector<doc::PageSetup> setups_;
  std::vector<Rect> frames_;
};

}  // namespace bp::layout
