// See pdf_navigation.h.

#include "render/pdf_navigation.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include "render/pdf_renderer.h"

namespace bp::render {
namespace {

HPDF_REAL real(double v) { return static_cast<HPDF_REAL>(v); }

// XYZ destination, zoom 1. `top` is clamped to the page (libharu rejects < 0).
HPDF_Destination destination(PdfHandle& pdf, HPDF_Page target, double left, double top,
                             double page_height, int page_no) {
  top = std::clamp(top, 0.0, page_height);
  HPDF_Destination dst =
      pdf.require(HPDF_Page_CreateDestination(target), "creating a destination", page_no);
  pdf.check(HPDF_Destination_SetXYZ(dst, real(left), real(top), 1), "setting a destination",
            page_no);
  return dst;
}

}  // namespace

int internal_link_page(const std::string& uri) {
  constexpr std::string_view kPrefix = "#page=";
  const std::string_view s(uri);
  if (s.substr(0, kPrefix.size()) != kPrefix || s.size() == kPrefix.size()) return 0;
  int n = 0;
  const char* first = s.data() + kPrefix.size();
  const char* last = s.data() + s.size();
  const auto [end, ec] = std::from_chars(first, last, n);
  if (ec != std::errc() || end != last || n < 1) return 0;
  return n;
}

void add_links(PdfHandle& pdf, const std::vector<HPDF_Page>& pages,
               const layout::LaidOutDocument& doc) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const layout::Page& page = doc.pages[i];
    const int page_no = static_cast<int>(i) + 1;
    for (const layout::Link& link : page.links) {
      const Rect& r = link.rect;
      const HPDF_Rect area{real(r.x), real(page.height - r.bottom()), real(r.right()),
                           real(page.height - r.y)};
      HPDF_Annotation annot = nullptr;
      if (link.uri.empty()) {
        throw RenderError("PDF output failed: a link on page " + std::to_string(page_no) +
                          " has no target");
      } else if (link.uri.front() == '#') {
        const int target = internal_link_page(link.uri);
        if (target < 1 || static_cast<std::size_t>(target) > pages.size())
          throw RenderError("PDF output failed: link \"" + link.uri + "\" on page " +
                            std::to_string(page_no) + " does not name a page of this " +
                            std::to_string(pages.size()) + "-page document");
        const layout::Page& to = doc.pages[static_cast<std::size_t>(target) - 1];
        HPDF_Destination dst =
            destination(pdf, pages[static_cast<std::size_t>(target) - 1], 0, to.height, to.height,
                        page_no);
        annot = pdf.require(HPDF_Page_CreateLinkAnnot(pages[i], area, dst),
                            "creating an internal link", page_no);
      } else {
        annot = pdf.require(HPDF_Page_CreateURILinkAnnot(pages[i], area, link.uri.c_str()),
                            "creating a URI link", page_no);
      }
      pdf.check(HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0), "hiding a link border", page_no);
    }
  }
}

void add_outline(PdfHandle& pdf, const std::vector<HPDF_Page>& pages,
                 const layout::LaidOutDocument& doc) {
  HPDF_Encoder utf8 = nullptr;
  std::vector<HPDF_Outline> open;  // open[k] = most recent entry of level k
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const layout::Page& page = doc.pages[i];
    const int page_no = static_cast<int>(i) + 1;
    for (const layout::Bookmark& b : page.bookmarks) {
      if (utf8 == nullptr)
        utf8 = pdf.require(HPDF_GetEncoder(pdf.get(), "UTF-8"), "getting the UTF-8 encoder");
      const std::size_t level =
          std::min(static_cast<std::size_t>(std::max(b.level, 0)), open.size());
      HPDF_Outline parent = level == 0 ? nullptr : open[level - 1];
      HPDF_Outline entry = pdf.require(
          HPDF_CreateOutline(pdf.get(), parent, b.title.c_str(), utf8), "creating a bookmark",
          page_no);
      if (level == 0)
        pdf.check(HPDF_Outline_SetOpened(entry, HPDF_TRUE), "opening a bookmark", page_no);
      pdf.check(HPDF_Outline_SetDestination(
                    entry, destination(pdf, pages[i], 0, page.height - b.y, page.height, page_no)),
                "setting a bookmark destination", page_no);
      open.resize(level);
      open.push_back(entry);
    }
  }
  if (!open.empty())
    pdf.check(HPDF_SetPageMode(pdf.get(), HPDF_PAGE_MODE_USE_OUTLINE), "showing the outline");
}

}  // namespace bp::render
