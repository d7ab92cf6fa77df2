#pragma once
// Meeting + composed reports -> the block tree of an agenda pack.
//
// The pack is: the cover letter / agenda front sheet (layouts/<style>/
// pack-letter.tpl, else layouts/common/), then every item that has pages, in
// agenda order: its report's sections (each with the report's furniture plus
// the pack's, from pack-item.tpl: "Page {page}", "Agenda Item 7", "NOT FOR
// PUBLICATION ..." on a private exempt report) or, for an exempt item in the
// public edition, one notice page (pack-notice.tpl) built from the meeting's
// agenda entry alone. Letter pages carry their own furniture (none by
// default) but count in the page numbers.
//
// Bookmarks: each item with pages has a level-0 entry "7. Title" on its first
// section; its report's own entries move one level deeper.
// Agenda lines link to the first page of their item ("#page=N").
//
// Page ranges come from the caller (the pack builder reads them back from the
// last layout); an unknown range prints a guess of the same shape so that the
// next pass rarely changes the letter's length.
//
// Nothing of an exempt report reaches a public pack: the composer never sees
// it (its PackItemInput::report must be null) and uses only the meeting's
// agenda entry (number, title, paragraph).

#include <cstddef>
#include <optional>
#include <vector>

#include "compose/document.h"
#include "core/diagnostic.h"
#include "model/house_style.h"
#include "model/meeting.h"

namespace bp::compose {

enum class Edition { Public, Private };

// How a pack shows one agenda item.
enum class ItemShown {
  Omitted,    // not in this pack (a supplementary pack shows only supplementary items and withdrawals)
  Report,     // on the agenda with its pages; its report follows
  Notice,     // public edition, exempt: on the agenda with the reason; a notice page replaces the report
  Verbal,     // on the agenda, no pages
  Withdrawn,  // a sentence after the agenda list
  ToFollow,   // main pack: a supplementary report, listed as to follow, no pages
};

ItemShown item_shown(const model::AgendaItem& item, Edition edition, bool supplementary);

// Whether the item occupies pages of the pack (Report and Notice).
inline bool has_pages(ItemShown s) { return s == ItemShown::Report || s == ItemShown::Notice; }

struct PageRange {  // 1-based pages of the whole pack, inclusive
  int first = 0;
  int last = 0;
  bool operator==(const PageRange&) const = default;
};

struct PackSettings {
  Edition edition = Edition::Public;
  bool supplementary = false;
};

// One per meeting item, in the meeting's order.
struct PackItemInput {
  const doc::Document* report = nullptr;  // the composed report: required when shown as Report, else null
  std::optional<PageRange> pages;         // from the last layout; nullopt = not known yet (a guess is printed)
};

struct PackDocument {
  doc::Document document;
  std::size_t letter_sections = 0;  // document.sections[0, letter_sections) are the letter
  struct ItemSections {
    std::size_t first = 0;  // index into document.sections
    std::size_t count = 0;  // 0: the item has no pages
  };
  std::vector<ItemSections> items;  // one per meeting item
};

// Throws InputError for a missing or broken pack template (located in it),
// std::invalid_argument when `items` does not match the meeting (count, a
// report missing for a Report item, or given for any other).
PackDocument compose_pack(const model::Meeting& meeting, const PackSettings& settings,
                          const model::HouseStyle& meeting_style, const std::vector<PackItemInput>& items);

}  // namespace bp::compose
