// Page furniture (see furniture.h).

#include "layout/furniture.h"

#include <cmath>
#include <numbers>

namespace bp::layout {

std::string expand_page_fields(std::string_view text, int page, int pages) {
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 6, "{page}") == 0) {
      out += std::to_string(page);
      i += 6;
    } else if (text.compare(i, 7, "{pages}") == 0) {
      out += std::to_string(pages);
      i += 7;
    } else {
      out += text[i++];
    }
  }
  return out;
}

void add_furniture(const doc::Furniture& f, const std::vector<doc::PageSetup>& setups, const FontMetrics& m,
                   std::vector<Page>& pages) {
  const int count = static_cast<int>(pages.size());
  const doc::FontFace face = doc::FontFace::Regular;
  const double asc = m.ascender(face), desc = m.descender(face);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    Page& page = pages[i];
    const doc::PageSetup& s = setups[i];

    if (!f.watermark.empty()) {
      TextItem w;
      w.text = f.watermark;
      w.face = face;
      w.size = page.width / 6;
      w.color = f.watermark_color;
      w.width = m.text_width(face, w.text, w.size);
      const double a = std::atan2(page.height, page.width);
      w.angle = a * 180.0 / std::numbers::pi;
      // Direction of the text and its "up", in top-left coordinates (y down).
      const double dx = std::cos(a), dy = -std::sin(a);
      const double ux = -std::sin(a), uy = -std::cos(a);
      const double lift = (asc - desc) * w.size / 2;  // baseline to the middle of the font box
      w.x = page.width / 2 - dx * w.width / 2 - ux * lift;
      w.baseline = page.height / 2 - dy * w.width / 2 - uy * lift;
      page.items.insert(page.items.begin(), Item{std::move(w)});
    }

    const auto place = [&](const std::string& templ, double baseline, int align) {
      if (templ.empty()) return;
      TextItem t;
      t.text = expand_page_fields(templ, page.number, count);
      t.face = face;
      t.size = f.size;
      t.color = f.color;
      t.width = m.text_width(face, t.text, t.size);
      t.baseline = baseline;
      const double left = s.margin_left, right = page.width - s.margin_right;
      if (align < 0) t.x = left;
      else if (align > 0) t.x = right - t.width;
      else t.x = left + (right - left - t.width) / 2;
      page.items.emplace_back(std::move(t));
    };
    const double footer_baseline = page.height - s.margin_bottom / 2;
    const double header_baseline = s.margin_top / 2 + (asc - desc) * f.size / 2;
    place(f.header_left, header_baseline, -1);
    place(f.header_right, header_baseline, 1);
    place(f.footer_left, footer_baseline, -1);
    place(f.footer_center, footer_baseline, 0);
    place(f.footer_right, footer_baseline, 1);
  }
}

}  // namespace bp::layout
