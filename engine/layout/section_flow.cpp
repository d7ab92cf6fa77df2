// Section pagination (see section_flow.h).

#include "layout/section_flow.h"

#include <algorithm>
#include <cmath>
#include <variant>
#include <vector>

#include "layout/figure_layout.h"
#include "layout/paragraph_layout.h"
#include "layout/split_rules.h"
#include "layout/table_flow.h"
#include "layout/table_layout.h"

namespace bp::layout {
namespace {

constexpr double kEps = 1e-6;

using Measured = std::variant<ParagraphBox, TableBox, double, FigureBox>;  // double: a spacer's height

class SectionFlow {
 public:
  // `release`: the same section, whose tables' body rows may be emptied once placed (or null).
  SectionFlow(const doc::Section& section, doc::Section* release, PageBuilder& pb, const FontMetrics& m)
      : pb_(pb), release_(release) {
    pb_.start_section(section.page);
    body_h_ = pb_.frame().height;
    const double width = pb_.frame().width;
    blocks_.reserve(section.blocks.size());
    for (const doc::Block& b : section.blocks) {
      if (const auto* p = std::get_if<doc::Paragraph>(&b)) blocks_.emplace_back(layout_paragraph(*p, width, m));
      else if (const auto* t = std::get_if<doc::Table>(&b)) blocks_.emplace_back(layout_table(*t, width, m));
      else if (const auto* f = std::get_if<doc::Figure>(&b)) blocks_.emplace_back(layout_figure(*f, width, body_h_, m));
      else blocks_.emplace_back(std::get<doc::Spacer>(b).height);
    }
  }

  void run() {
    for (std::size_t k = 0; k < blocks_.size(); ++k) {
      if (const auto* p = std::get_if<ParagraphBox>(&blocks_[k])) {
        const double keep = p->para->style.keep_with_next ? least_start(k + 1, 0) : 0;
        flow_paragraph(*p, keep);
      } else if (const auto* t = std::get_if<TableBox>(&blocks_[k])) {
        flow_table(*t, pb_, release_ ? &std::get<doc::Table>(release_->blocks[k]).body_rows : nullptr);
      } else if (const auto* f = std::get_if<FigureBox>(&blocks_[k])) {
        flow_figure(*f, pb_);
      } else if (!pb_.at_top()) {
        pb_.advance(std::get<double>(blocks_[k]));
      }
    }
  }

 private:
  // Least height block k needs at the foot of a page to start there.
  double least_start(std::size_t k, int depth) const {
    if (k >= blocks_.size() || depth > 16) return 0;
    if (const auto* p = std::get_if<ParagraphBox>(&blocks_[k])) {
      const auto& st = p->para->style;
      const std::size_t n = p->lines.size();
      if (st.keep_with_next) return st.space_before + p->height() + st.space_after + least_start(k + 1, depth + 1);
      return st.space_before + p->pitch * static_cast<double>(n <= 3 ? n : 2);
    }
    if (const auto* t = std::get_if<TableBox>(&blocks_[k])) return table_start_height(*t, body_h_);
    if (const auto* f = std::get_if<FigureBox>(&blocks_[k])) return f->figure->space_before + f->height();
    return std::get<double>(blocks_[k]) + least_start(k + 1, depth + 1);
  }

  void flow_paragraph(const ParagraphBox& box, double keep_need) {
    const doc::Paragraph& p = *box.para;
    const auto& st = p.style;
    const int text_id = pb_.add_node(p.role, p.heading_level, -1);
    const int label_id = p.label.empty() ? -1 : pb_.add_node(doc::Role::Label, 0, text_id);

    if (!pb_.at_top()) {
      pb_.advance(st.space_before);
      if (st.keep_with_next) {
        const double need = box.height() + st.space_after + keep_need;
        if (need > pb_.space_left() + kEps && need <= body_h_ + kEps) pb_.new_page();
      }
    }
    const int n = static_cast<int>(box.lines.size());
    int placed = 0;
    while (placed < n) {
      const int fit = box.pitch > 0 ? static_cast<int>(std::floor((pb_.space_left() + kEps) / box.pitch)) : n;
      int k = lines_to_place(n, placed, fit);
      if (k == 0) {
        if (!pb_.at_top()) {
          pb_.new_page();
          continue;
        }
        k = std::max(1, std::min(fit, n - placed));
      }
      if (placed == 0 && !p.bookmark.empty()) {
        pb_.page().bookmarks.push_back(Bookmark{p.bookmark, p.bookmark_level, pb_.y()});
      }
      LinePlacement at;
      at.frame_x = pb_.frame().x;
      at.top = pb_.y();
      at.text_id = text_id;
      at.label_id = label_id;
      draw_lines(box, static_cast<std::size_t>(placed), static_cast<std::size_t>(placed + k), at, pb_.page());
      pb_.advance(box.pitch * k);
      pb_.mark_placed();
      placed += k;
      if (placed < n) pb_.new_page();
    }
    pb_.advance(st.space_after);
  }

  PageBuilder& pb_;
  doc::Section* release_ = nullptr;
  double body_h_ = 0;
  std::vector<Measured> blocks_;
};

}  // namespace

void flow_section(const doc::Section& section, PageBuilder& pages, const FontMetrics& metrics) {
  SectionFlow flow(section, nullptr, pages, metrics);
  flow.run();
}

void flow_section_releasing(doc::Section& section, PageBuilder& pages, const FontMetrics& metrics) {
  SectionFlow flow(section, &section, pages, metrics);
  flow.run();
}

}  // namespace bp::layout
