#pragma once
// Meeting -> the values and sections the pack templates may use
// (layouts/README.md documents them for house-style editors).
//
// Every value passes through script_value(), so meeting text can never break
// the page script. Only the meeting's own data is used: nothing here reads a
// report, so an exempt report cannot leak into a public pack through a template.
//
// Both vocabularies (anywhere):
//   values   COUNCIL COMMITTEE COMMITTEE_CAPITALS MEETING_DATE ("Tuesday 12
//            November 2019") MEETING_DATE_CAPITALS MEETING_DATE_SHORT ("12
//            November 2019") MEETING_TIME VENUE PUBLISHED ("8 November 2019")
//            CONTACT_NAME CONTACT_TELEPHONE CONTACT_EMAIL
//   sections SUPPLEMENTARY / MAIN, PUBLIC / PRIVATE
// Letter (pack-letter.tpl) also:
//   ADDRESS {LINE}
//   ITEMS {INDEX NUMBER TITLE AUTHOR NOTE EXEMPT_PARAGRAPH FIRST_PAGE LAST_PAGE}
//     with sections HAS_PAGES, SINGLE_PAGE, PAGE_RANGE, REPORT, NOTICE, VERBAL,
//     TO_FOLLOW, EXEMPT, HAS_AUTHOR, HAS_NOTE
//   WITHDRAWN_ITEMS {NUMBER TITLE NOTE} with HAS_NOTE;  NO_ITEMS
// Item pages (pack-item.tpl furniture, pack-notice.tpl notice page) also:
//   NUMBER TITLE AUTHOR EXEMPT_PARAGRAPH; sections EXEMPT / NO_EXEMPT,
//   NOT_FOR_PUBLICATION (an exempt report in the private edition), HAS_AUTHOR

#include <optional>
#include <vector>

#include "compose/pack_composer.h"
#include "compose/template_expander.h"
#include "model/meeting.h"

namespace bp::compose {

// `shown` and `pages` have one entry per meeting item; pages are what to print
// (real or guessed) for items with pages.
TemplateData pack_letter_data(const model::Meeting& meeting, const PackSettings& settings,
                              const std::vector<ItemShown>& shown,
                              const std::vector<std::optional<PageRange>>& pages);

const Vocabulary& pack_letter_vocabulary();

TemplateData pack_item_data(const model::Meeting& meeting, const PackSettings& settings,
                            const model::AgendaItem& item);

const Vocabulary& pack_item_vocabulary();

// ASCII letters in capitals; other bytes (UTF-8 sequences included) unchanged.
std::string capitals(std::string_view text);

}  // namespace bp::compose
