#pragma once
// Helpers for the layout tests: small documents, and reading items back.

#include <string>
#include <variant>
#include <vector>

#include "compose/document.h"
#include "layout/page.h"

namespace bp::layout::testing {

// tag followed by the number, built by appending (GCC 12 warns, falsely, about
// `"literal" + std::string` in optimised builds: -Wrestrict).
inline std::string tagged(const std::string& tag, int i) {
  std::string s = tag;
  s += std::to_string(i);
  return s;
}

inline doc::Paragraph para(const std::string& text, double size = 10, double line_height = 1.0) {
  doc::Paragraph p;
  p.runs.push_back(doc::TextRun{text, doc::FontFace::Regular, Color{0, 0, 0}, ""});
  p.style.size = size;
  p.style.line_height = line_height;
  return p;
}

// `n` words "<tag>1 <tag>2 ...", each word 4+ chars.
inline std::string words(const std::string& tag, int n) {
  std::string s;
  for (int i = 1; i <= n; ++i) {
    if (i > 1) s += ' ';
    s += tagged(tag, i);
  }
  return s;
}

// Page `width` x `height` with margins of `margin` all round.
inline doc::PageSetup page_setup(double width, double height, double margin) {
  doc::PageSetup s;
  s.width = width;
  s.height = height;
  s.margin_top = s.margin_right = s.margin_bottom = s.margin_left = margin;
  return s;
}

inline doc::Document document(std::vector<doc::Block> blocks, doc::PageSetup setup) {
  doc::Document d;
  doc::Section s;
  s.page = setup;
  s.blocks = std::move(blocks);
  d.sections.push_back(std::move(s));
  return d;
}

inline std::vector<TextItem> texts(const Page& page) {
  std::vector<TextItem> out;
  for (const Item& it : page.items) {
    if (const auto* t = std::get_if<TextItem>(&it)) out.push_back(*t);
  }
  return out;
}

inline int count_text(const LaidOutDocument& d, const std::string& needle) {
  int n = 0;
  for (const Page& p : d.pages) {
    for (const TextItem& t : texts(p)) {
      std::size_t pos = 0;
      while ((pos = t.text.find(needle, pos)) != std::string::npos) {
        ++n;
        pos += needle.size();
      }
    }
  }
  return n;
}

inline bool page_has(const Page& page, const std::string& needle) {
  for (const TextItem& t : texts(page)) {
    if (t.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace bp::layout::testing
