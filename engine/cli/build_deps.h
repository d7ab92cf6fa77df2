#pragma once
// The files and folders a batch job reads, for the keys of incremental builds
// (build_hash.h): computed in the worker after the job has built, from what
// the pipeline opens.
//
//   house style S: the folder layouts/S (style.xml, templates), layouts/common
//                  (shared templates, bank holidays), the holiday file the style
//                  names and the four font files it names;
//   report or standalone document: its file + its house style;
//   agenda pack (one edition): the meeting file + the meeting's house style +
//                  for every item the edition shows as a report, the report file
//                  and its house style. The public edition never opens an exempt
//                  report, so its dependencies never name one.
// Every path is absolute; the list is sorted and has no duplicates.

#include <filesystem>
#include <string>
#include <vector>

#include "compose/pack_composer.h"

namespace bp::cli {

std::vector<std::string> report_deps(const std::filesystem::path& input, const std::filesystem::path& layouts);

std::vector<std::string> pack_deps(const std::filesystem::path& meeting, const std::filesystem::path& layouts,
                                   compose::Edition edition, bool supplementary);

}  // namespace bp::cli
