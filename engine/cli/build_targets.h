#pragma once
// Output names that two inputs of one build would share.
//
// `build` names a report's PDF after its file (OUT/a/b.xml -> OUT/a/b.pdf, or
// OUT/private/a/b.pdf when exempt) and a meeting's packs after its folder or
// file (OUT/a/m-public.pdf, OUT/private/a/m-private.pdf, "-supplementary-"
// before the edition): the report a/m-public.xml and the meeting
// a/m/meeting.xml would both write OUT/a/m-public.pdf, one silently replacing
// the other. Every name an input may write is compared with every other
// input's, over the whole folder (not one shard: every shard must agree).

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "load/document_kind.h"

namespace bp::cli {

// Every file, relative to the output folder, that `build` may write for the
// input at `relative` (relative to the input folder) of this kind.
std::vector<std::filesystem::path> possible_outputs(const std::filesystem::path& relative,
                                                    load::DocumentKind kind);

// For each input some of whose outputs another input may also write: a
// message naming the output and the other input. Inputs are (relative path,
// kind); kinds other than Report, Document and Meeting are ignored.
std::map<std::filesystem::path, std::string> output_clashes(
    const std::vector<std::pair<std::filesystem::path, load::DocumentKind>>& inputs);

}  // namespace bp::cli
