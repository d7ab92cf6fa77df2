// The pack letter's slots (contract in pack_slots.h).

#include "compose/pack_slots.h"

#include <charconv>

#include "compose/inline_text.h"
#include "compose/style_values.h"

namespace bp::compose {

LetterSlots::LetterSlots(const model::Meeting& meeting, const model::HouseStyle& style,
                         const std::vector<std::optional<int>>& first_pages)
    : meeting_(meeting), style_(style), first_pages_(first_pages) {}

std::vector<std::string> LetterSlots::names() const {
  return {"line", "right", "mark", "agenda-line", "agenda-detail"};
}

doc::Paragraph LetterSlots::plain(const std::string& text, doc::FontFace face) const {
  doc::Paragraph p;
  p.runs = compose_plain(text, face, InlineColours{style_.text_color, style_.link_color});
  p.style = body_style(style_);
  p.style.space_after = 0;
  return p;
}

bool LetterSlots::fill(const std::string& name, const std::string& arg, std::vector<doc::Block>& out) {
  if (name == "agenda-line") {
    agenda_line(arg, out);
    return true;
  }
  if (name != "line" && name != "right" && name != "mark" && name != "agenda-detail") return false;
  if (arg.empty()) return true;
  doc::Paragraph p = plain(arg, name == "mark" ? doc::FontFace::Bold : doc::FontFace::Regular);
  if (name == "right" || name == "mark") p.style.align = doc::Align::Right;
  if (name == "mark") {
    p.style.size = style_.heading_sizes[0];
    p.style.space_after = style_.paragraph_spacing;
  }
  if (name == "agenda-detail") p.style.left_indent = style_.number_indent;
  out.emplace_back(std::move(p));
  return true;
}

void LetterSlots::agenda_line(const std::string& arg, std::vector<doc::Block>& out) const {
  const auto space = arg.find(' ');
  const std::string index_text = arg.substr(0, space);
  const std::string text = space == std::string::npos ? std::string() : arg.substr(space + 1);
  std::size_t index = 0;
  const char* end = index_text.data() + index_text.size();
  const auto [ptr, ec] = std::from_chars(index_text.data(), end, index);
  if (index_text.empty() || ec != std::errc() || ptr != end || index == 0 ||
      index > meeting_.items.size()) {
    throw SlotError("slot agenda-line needs an item index from 1 to " +
                    std::to_string(meeting_.items.size()) + " ({{INDEX}}) before its text, not \"" +
                    index_text + "\"");
  }
  if (text.empty()) return;
  doc::Paragraph p = plain(text, doc::FontFace::Regular);
  p.label = meeting_.items[index - 1].number + ".";
  p.label_width = style_.number_indent;
  p.style.space_before = style_.paragraph_spacing;
  if (const std::optional<int>& page = first_pages_[index - 1]) {
    const std::string uri = "#page=" + std::to_string(*page);
    for (doc::TextRun& r : p.runs) r.link = uri;
  }
  out.emplace_back(std::move(p));
}

}  // namespace bp::compose
