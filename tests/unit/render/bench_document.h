#pragma once
// A synthetic laid-out document shaped like the issue-6 benchmark report: a
// portrait front sheet, then landscape A4 pages of a 14-column KPI table with
// a repeated bold header on a dark fill, 7 pt cells, wrapped commentary lines,
// RAG cells with coloured fills and labels, direction arrows (↑ ↓ → ↔), grid
// rules and "Page N" footers, in DejaVu Sans regular and bold. Deterministic
// (a fixed linear congruential generator), so two calls give equal documents.
// Used by the render tests for size and extraction checks, and by profiling
// drivers outside the test suite.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "layout/page.h"
#include "render_test_support.h"

namespace bp::render::testing {

class BenchWords {
 public:
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33);
  }
  std::string words(int n) {
    static const std::array<const char*, 24> kWords = {
        "the",   "Board", "notes", "performance", "against", "target", "children’s",
        "plan",  "£2.5m", "risk",  "improved",    "quarter", "–",      "services",
        "data",  "early", "help",  "referrals",   "within",  "weeks",  "SEND",
        "review", "health", "outcomes"};
    std::string s;
    for (int i = 0; i < n; ++i) {
      if (i > 0) s += ' ';
      s += kWords[next() % kWords.size()];
    }
    return s;
  }

 private:
  std::uint64_t state_ = 0x2545F4914F6CDD1DULL;
};

// About `rows` / 12 landscape pages plus the front sheet.
inline layout::LaidOutDocument bench_document(int rows) {
  using doc::FontFace;
  layout::LaidOutDocument d;
  d.meta.title = "Synthetic KPI report";
  d.meta.creation_date = "2020-03-11";
  d.fonts = dejavu_fonts();
  BenchWords rng;

  layout::Page front;
  front.number = 1;
  front.items.push_back(text(56.69, 80, "Health and Wellbeing Board", FontFace::Bold, 14, 0));
  double y = 110;
  for (int para = 1; para <= 4; ++para) {
    for (int line = 0; line < 6; ++line) {
      front.items.push_back(text(line == 0 ? 56.69 : 85, y,
                                 (line == 0 ? std::to_string(para) + ". " : std::string()) +
                                     rng.words(11),
                                 FontFace::Regular, 10, 1));
      y += 13;
    }
    y += 8;
  }
  d.pages.push_back(std::move(front));

  const double widths[14] = {40, 150, 45, 45, 45, 45, 40, 30, 30, 45, 40, 162, 20, 20};
  const Color header_fill = Color::rgb(0x1f, 0x38, 0x64);
  const Color rag[3] = {Color::rgb(0xc0, 0x00, 0x00), Color::rgb(0xff, 0xc0, 0x00),
                        Color::rgb(0x00, 0xb0, 0x50)};
  const char* rag_label[3] = {"Red", "Amber", "Green"};
  const char* arrows[4] = {"↑", "↓", "→", "↔"};

  int row = 0;
  while (row < rows) {
    layout::Page p;
    p.number = static_cast<int>(d.pages.size()) + 1;
    p.width = 841.89;
    p.height = 595.276;
    const double left = 28.35, top = 40;
    // Header row.
    layout::RectItem band;
    band.rect = Rect{left, top, 757, 24};
    band.has_fill = true;
    band.fill = header_fill;
    p.items.push_back(band);
    double x = left;
    for (int c = 0; c < 14; ++c) {
      layout::TextItem h = text(x + 2, top + 10, "Col " + std::to_string(c + 1), FontFace::Bold, 7);
      h.color = Color{1, 1, 1};
      p.items.push_back(h);
      x += widths[c];
    }
    y = top + 24;
    while (row < rows) {
      const int lines = 2 + static_cast<int>(rng.next() % 5);
      const double height = lines * 8.4 + 4;
      if (y + height > p.height - 40) break;
      const int r = static_cast<int>(rng.next() % 3);
      x = left;
      for (int c = 0; c < 14; ++c) {
        if (c == 9) {
          layout::RectItem cell;
          cell.rect = Rect{x, y, widths[c], height};
          cell.has_fill = true;
          cell.fill = rag[r];
          p.items.push_back(cell);
        }
        x += widths[c];
      }
      x = left;
      for (int c = 0; c < 14; ++c) {
        const double baseline = y + 9;
        if (c == 11) {
          for (int l = 0; l < lines; ++l)
            p.items.push_back(text(x + 2, baseline + l * 8.4, rng.words(6), FontFace::Regular, 7));
        } else if (c == 1) {
          p.items.push_back(text(x + 2, baseline, "KPI " + std::to_string(row + 1) + ": " +
                                                      rng.words(3), FontFace::Bold, 7));
        } else if (c == 9) {
          p.items.push_back(text(x + 2, baseline, rag_label[r], FontFace::Bold, 7));
        } else if (c == 12) {
          p.items.push_back(text(x + 2, baseline, arrows[rng.next() % 4], FontFace::Regular, 7));
        } else {
          p.items.push_back(
              text(x + 2, baseline, std::to_string(rng.next() % 1000) + "." +
                                        std::to_string(rng.next() % 10), FontFace::Regular, 7));
        }
        x += widths[c];
      }
      layout::LineItem rule;
      rule.x1 = left;
      rule.x2 = left + 757;
      rule.y1 = rule.y2 = y + height;
      rule.width = 0.4;
      rule.color = Color{0.6, 0.6, 0.6};
      p.items.push_back(rule);
      y += height;
      ++row;
    }
    layout::TextItem footer = text(760, p.height - 20, "Page " + std::to_string(p.number));
    footer.size = 8;
    p.items.push_back(footer);
    d.pages.push_back(std::move(p));
  }
  return d;
}

}  // namespace bp::render::testing
