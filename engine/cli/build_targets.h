#pragma once
// The names `build` gives its outputs, and the inputs that would share one.
//
// A report's PDF is named after its file (a/b.xml -> a/b.pdf, or
// private/a/b.pdf when exempt) and a meeting's packs after its folder or file
// (a/m/meeting.xml -> a/m-public.pdf, private/a/m-private.pdf,
// "-supplementary" before the edition), all relative to the output folder.
// So the report a/m-public.xml and the meeting a/m/meeting.xml would both
// write a/m-public.pdf, one silently replacing the other: output_clashes
// compares every name an input may write with every other input's, over the
// whole folder (not one shard: every shard must agree).

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "load/document_kind.h"

namespace bp::cli {

// The PDF of the report (or standalone document) at `relative` (relative to
// the input folder), relative to the output folder.
std::filesystem::path report_output(const std::filesystem::path& relative, bool exempt);

// The PDF of a pack of the meeting at `relative`, relative to the output folder.
std::filesystem::path pack_output(const std::filesystem::path& relative, bool supplementary, bool is_public);

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
