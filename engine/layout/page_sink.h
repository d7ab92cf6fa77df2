#pragma once
// Where lay_out sends pages as it finishes them, so that a long document is
// never held as pages in full: a renderer paints each page and lets its items
// go (render/pdf_writer.h).
//
// Contract, for lay_out(doc::Document&&, metrics, sink):
// - page_done() is called once per page, in page order, as soon as nothing
//   more will be drawn on it by the flow: its items are final and in drawing
//   order, the furniture included (watermark first, header and footer texts
//   last), except the texts of furniture that prints "{pages}", which cannot
//   be known before the last page. The sink may take the items (leave
//   page.items empty); the page's number, size, links and bookmarks stay with
//   lay_out, which returns them (bookmarks may still be added to a page after
//   page_done(): read links and bookmarks from lay_out's result only).
// - late_items() is called after the last page_done(), once for each page
//   that has such "{pages}" furniture, with all of that page's header and
//   footer texts (then none of them was in page_done()); they are drawn over
//   what page_done() gave. `index` is 0-based.

#include <cstddef>
#include <vector>

#include "layout/page.h"

namespace bp::layout {

class PageSink {
 public:
  virtual ~PageSink() = default;
  virtual void page_done(Page& page) = 0;
  virtual void late_items(std::size_t index, std::vector<Item>&& items) = 0;
};

}  // namespace bp::layout
