#pragma once
// The pack letter's slots: paragraph shapes the page script has no directive
// for. The wording always comes from the template (the slot's argument); the
// slots only give it its shape and links.
//
//   line TEXT            body text with no space after (address and contact
//                        blocks); e-mail and web addresses become links
//   right TEXT           the same, ranged right (the council's address)
//   mark TEXT            bold, heading-1 size, ranged right ("Public Document Pack")
//   agenda-line I TEXT   agenda entry of meeting item I (1-based): the item's
//                        number ("7.") hangs in the number column, TEXT beside
//                        it; when the item has pages the whole text links to
//                        its first page ("#page=N")
//   agenda-detail TEXT   text under an agenda entry, indented to the entry's
//                        text (author line, exempt reason, note)
//
// An empty TEXT fills nothing (so a "| fallback" prints). Holds references:
// the meeting, style and pages must outlive it.

#include <optional>
#include <string>
#include <vector>

#include "compose/script_interpreter.h"
#include "model/house_style.h"
#include "model/meeting.h"

namespace bp::compose {

class LetterSlots : public SlotSource {
 public:
  // first_pages[i]: the page agenda item i links to, or nullopt (no link).
  LetterSlots(const model::Meeting& meeting, const model::HouseStyle& style,
              const std::vector<std::optional<int>>& first_pages);

  bool fill(const std::string& name, const std::string& arg, std::vector<doc::Block>& out) override;
  std::vector<std::string> names() const override;

 private:
  doc::Paragraph plain(const std::string& text, doc::FontFace face) const;
  void agenda_line(const std::string& arg, std::vector<doc::Block>& out) const;

  const model::Meeting& meeting_;
  const model::HouseStyle& style_;
  const std::vector<std::optional<int>>& first_pages_;
};

}  // namespace bp::compose
