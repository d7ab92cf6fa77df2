// compose_pack: the glue (contract in pack_composer.h). Expands the pack
// templates with the meeting's values (pack_data.h), runs them as page
// scripts (the letter with LetterSlots, pack_slots.h), then appends each
// item's report sections or notice page with the item's furniture and
// bookmark, and fills the pack's metadata.

#include "compose/pack_composer.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "compose/pack_data.h"
#include "compose/pack_slots.h"
#include "compose/script_interpreter.h"
#include "compose/template_expander.h"
#include "model/date.h"

namespace bp::compose {
namespace {

namespace fs = std::filesystem;

constexpr const char* kLetterTemplate = "pack-letter.tpl";
constexpr const char* kItemTemplate = "pack-item.tpl";
constexpr const char* kNoticeTemplate = "pack-notice.tpl";

// Pages a first layout is guessed to give the letter and a report section.
constexpr int kGuessLetterPages = 2;
constexpr int kGuessPagesPerSection = 4;

class NoSlots : public SlotSource {
 public:
  bool fill(const std::string&, const std::string&, std::vector<doc::Block>&) override { return false; }
  std::vector<std::string> names() const override { return {}; }
};

std::vector<fs::path> search_path(const model::HouseStyle& style) {
  std::vector<fs::path> path = {style.directory};
  const fs::path common = style.directory.parent_path() / "common";
  std::error_code ec;
  if (fs::is_directory(common, ec)) path.push_back(common);
  return path;
}

doc::Furniture style_furniture(const model::HouseStyle& style) {
  doc::Furniture f;
  f.size = style.footer_size;
  f.color = style.rule_color;
  f.watermark_color = style.watermark_color;
  return f;
}

[[noreturn]] void template_error(const ExpandedTemplate& script, const std::string& message) {
  Diagnostic d;
  d.where.file = script.files.front().path.string();
  d.message = message;
  throw InputError(std::move(d));
}

// Runs template `name` into a fresh document with the style's furniture
// defaults. `content`: whether the template must (true) or must not (false)
// produce sections.
doc::Document run_template(const model::HouseStyle& style, const std::string& name,
                           const TemplateData& data, const Vocabulary& vocabulary, SlotSource& slots,
                           bool content) {
  doc::Document d;
  d.furniture = style_furniture(style);
  const ExpandedTemplate script = expand_template(search_path(style), name, data, vocabulary);
  run_script(script, style, slots, d);
  if (content && d.sections.empty()) template_error(script, "the template produced no content");
  if (!content && !d.sections.empty()) {
    template_error(script, "this template may only set page furniture (footer-..., header-..., "
                           "watermark), not add content");
  }
  return d;
}

// Every text position `over` sets replaces the one in `base`.
doc::Furniture merged(doc::Furniture base, const doc::Furniture& over) {
  for (auto field : {&doc::Furniture::footer_left, &doc::Furniture::footer_center,
                     &doc::Furniture::footer_right, &doc::Furniture::header_left,
                     &doc::Furniture::header_right, &doc::Furniture::watermark}) {
    if (!(over.*field).empty()) base.*field = over.*field;
  }
  return base;
}

void deepen(doc::Paragraph& p) {
  if (!p.bookmark.empty()) ++p.bookmark_level;
}

// The report's outline entries move one level down, under the item's entry.
void deepen_bookmarks(doc::Section& s) {
  for (doc::Block& b : s.blocks) {
    if (auto* p = std::get_if<doc::Paragraph>(&b)) {
      deepen(*p);
    } else if (auto* t = std::get_if<doc::Table>(&b)) {
      if (!t->bookmark.empty()) ++t->bookmark_level;
      for (auto* rows : {&t->header_rows, &t->body_rows}) {
        for (doc::Row& row : *rows) {
          for (doc::Cell& cell : row.cells) {
            for (doc::Paragraph& cp : cell.content) deepen(cp);
          }
        }
      }
    }
  }
  if (!s.bookmark.empty()) ++s.bookmark_level;
}

// The ranges to print: the known ones, and guesses of the same shape for the rest.
std::vector<std::optional<PageRange>> printed_ranges(const std::vector<ItemShown>& shown,
                                                     const std::vector<PackItemInput>& items) {
  std::vector<std::optional<PageRange>> out(items.size());
  int next = kGuessLetterPages + 1;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!has_pages(shown[i])) continue;
    if (items[i].pages) {
      out[i] = items[i].pages;
    } else {
      const int sections = items[i].report ? static_cast<int>(items[i].report->sections.size()) : 0;
      const int length = shown[i] == ItemShown::Notice ? 1 : std::max(1, sections * kGuessPagesPerSection);
      out[i] = PageRange{next, next + length - 1};
    }
    next = out[i]->last + 1;
  }
  return out;
}

doc::Metadata pack_metadata(const model::Meeting& m, const PackSettings& settings) {
  doc::Metadata meta;
  const std::string meeting = m.committee + ", " + model::format_long_date(m.date);
  if (settings.edition == Edition::Public) {
    meta.title = meeting + " – " + (settings.supplementary ? "Supplementary " : "") + "Public Document Pack";
  } else {
    meta.title = meeting + " – " + (settings.supplementary ? "Supplementary Pack – " : "") +
                 "Private (not for publication)";
  }
  meta.author = m.council;
  meta.subject = std::string(settings.supplementary ? "Supplementary agenda" : "Agenda") +
                 " and reports for the meeting of the " + m.committee + " on " +
                 model::format_long_date(m.date);
  meta.keywords = m.committee + ", " + m.council + ", agenda pack";
  meta.creator = "boardpack";
  meta.creation_date = model::format_iso_date(m.created);
  return meta;
}

void check_inputs(const model::Meeting& meeting, const std::vector<ItemShown>& shown,
                  const std::vector<PackItemInput>& items) {
  if (items.size() != meeting.items.size()) {
    throw std::invalid_argument("compose_pack: " + std::to_string(items.size()) + " item inputs for " +
                                std::to_string(meeting.items.size()) + " agenda items");
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const bool report = shown[i] == ItemShown::Report;
    if (report && !items[i].report) {
      throw std::invalid_argument("compose_pack: item " + meeting.items[i].number + " needs its composed report");
    }
    if (!report && items[i].report) {
      throw std::invalid_argument("compose_pack: item " + meeting.items[i].number +
                                  " shows no report in this pack, yet one was given");
    }
  }
}

}  // namespace

ItemShown item_shown(const model::AgendaItem& item, Edition edition, bool supplementary) {
  if (item.kind == model::AgendaItemKind::Withdrawn) return ItemShown::Withdrawn;
  if (supplementary && !item.supplementary) return ItemShown::Omitted;
  if (item.kind == model::AgendaItemKind::Verbal) return ItemShown::Verbal;
  if (!supplementary && item.supplementary) return ItemShown::ToFollow;
  if (item.exempt && edition == Edition::Public) return ItemShown::Notice;
  return ItemShown::Report;
}

PackDocument compose_pack(const model::Meeting& meeting, const PackSettings& settings,
                          const model::HouseStyle& style, const std::vector<PackItemInput>& items) {
  std::vector<ItemShown> shown;
  for (const model::AgendaItem& item : meeting.items) {
    shown.push_back(item_shown(item, settings.edition, settings.supplementary));
  }
  check_inputs(meeting, shown, items);
  const std::vector<std::optional<PageRange>> ranges = printed_ranges(shown, items);
  std::vector<std::optional<int>> first_pages(ranges.size());
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    if (ranges[i]) first_pages[i] = ranges[i]->first;
  }

  PackDocument pack;
  doc::Document& out = pack.document;
  out.meta = pack_metadata(meeting, settings);
  out.fonts = doc::FontSet{style.fonts.regular, style.fonts.bold, style.fonts.italic, style.fonts.bold_italic};
  out.furniture = style_furniture(style);

  LetterSlots letter_slots(meeting, style, first_pages);
  doc::Document letter = run_template(style, kLetterTemplate, pack_letter_data(meeting, settings, shown, ranges),
                                      pack_letter_vocabulary(), letter_slots, true);
  for (doc::Section& s : letter.sections) {
    s.furniture = letter.furniture;
    out.sections.push_back(std::move(s));
  }
  pack.letter_sections = out.sections.size();

  NoSlots no_slots;
  for (std::size_t i = 0; i < meeting.items.size(); ++i) {
    PackDocument::ItemSections where{out.sections.size(), 0};
    if (has_pages(shown[i])) {
      const model::AgendaItem& item = meeting.items[i];
      const TemplateData data = pack_item_data(meeting, settings, item);
      const doc::Furniture item_furniture =
          run_template(style, kItemTemplate, data, pack_item_vocabulary(), no_slots, false).furniture;
      doc::Document body;
      if (shown[i] == ItemShown::Report) {
        body = *items[i].report;
        for (doc::Section& s : body.sections) deepen_bookmarks(s);
      } else {
        body = run_template(style, kNoticeTemplate, data, pack_item_vocabulary(), no_slots, true);
      }
      for (doc::Section& s : body.sections) {
        s.furniture = merged(s.furniture.value_or(body.furniture), item_furniture);
      }
      if (!body.sections.empty()) {
        body.sections.front().bookmark = item.number + ". " + item.title;
        body.sections.front().bookmark_level = 0;
      }
      where.count = body.sections.size();
      for (doc::Section& s : body.sections) out.sections.push_back(std::move(s));
    }
    pack.items.push_back(where);
  }
  return pack;
}

}  // namespace bp::compose
