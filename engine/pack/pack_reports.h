#pragma once
// The reports of an agenda pack: loaded, checked against the pack's rules and
// composed, each once.
//
// Only items shown as ItemShown::Report are read; any other item's report file
// (in particular an exempt report in the public edition) is never opened.
// Checks, each reported at the agenda item (AgendaItem::where) and prefixed
// "item N: ":
//   - error (public edition): the report is a draft;
//   - error (public) / warning (private): the report's front sheet says exempt
//     but the agenda item is not marked exempt (publishing it would leak it);
//   - warning: the agenda item is exempt but the report is not, or the two
//     name different Schedule 12A paragraphs;
//   - warning, once per style: a report's house style uses other font files
//     than the meeting's (the pack has one font set: the meeting style's).
// Loader and template errors are passed on as they come.

#include <filesystem>
#include <optional>
#include <vector>

#include "compose/document.h"
#include "compose/pack_composer.h"
#include "core/diagnostic.h"
#include "load/repertoire.h"
#include "model/house_style.h"
#include "model/meeting.h"

namespace bp::pack {

// One entry per meeting item: the composed report, or nullopt (not shown as a
// report, or it failed: then errors are in the sink).
std::vector<std::optional<doc::Document>> compose_pack_reports(
    const model::Meeting& meeting, const std::vector<compose::ItemShown>& shown,
    compose::Edition edition, const model::HouseStyle& meeting_style,
    const std::filesystem::path& layouts_dir, DiagnosticSink& sink,
    const load::LoadOptions& load_options = {});

}  // namespace bp::pack
