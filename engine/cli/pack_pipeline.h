#pragma once
// A meeting file to agenda-pack PDF bytes: loads the meeting, checks its
// deadlines (warnings), builds the pack (engine/pack) and renders it.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compose/pack_composer.h"
#include "core/diagnostic.h"
#include "model/meeting.h"

namespace bp::cli {

struct PackJob {
  std::filesystem::path meeting;
  std::filesystem::path layouts_dir;
  compose::Edition edition = compose::Edition::Public;
  bool supplementary = false;
};

struct BuiltPack {
  std::string pdf;
  int pages = 0;
};

// Problems go to `sink` (deadline warnings included); nullopt after an error.
std::optional<BuiltPack> build_pack_pdf(const PackJob& job, DiagnosticSink& sink);

// Publication and forward-plan warnings for `meeting` under its house style's
// rules and bank holidays (reported to `sink`; a broken style or holiday file
// is reported as an error).
void check_meeting_deadlines(const model::Meeting& meeting, const std::filesystem::path& layouts_dir,
                             DiagnosticSink& sink);

}  // namespace bp::cli
