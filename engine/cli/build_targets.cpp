// See build_targets.h.

#include "cli/build_targets.h"

namespace fs = std::filesystem;

namespace bp::cli {
namespace {

// A meeting's packs are named after its folder when the file is meeting.xml,
// else after the file: "a/m/meeting.xml" -> "a/m"; "a/b.xml" -> "a/b".
fs::path pack_stem(const fs::path& relative) {
  fs::path stem = relative;
  stem.replace_extension();
  if (stem.filename() == "meeting" && relative.has_parent_path()) return relative.parent_path();
  return stem;
}

}  // namespace

fs::path report_output(const fs::path& relative, bool exempt) {
  fs::path pdf = exempt ? fs::path("private") / relative : relative;
  return pdf.replace_extension(".pdf");
}

fs::path pack_output(const fs::path& relative, bool supplementary, bool is_public) {
  fs::path pdf = is_public ? pack_stem(relative) : fs::path("private") / pack_stem(relative);
  pdf += std::string(supplementary ? "-supplementary" : "") + (is_public ? "-public.pdf" : "-private.pdf");
  return pdf;
}

std::vector<fs::path> possible_outputs(const fs::path& relative, load::DocumentKind kind) {
  std::vector<fs::path> out;
  if (kind == load::DocumentKind::Meeting) {
    for (const bool supplementary : {false, true})
      for (const bool is_public : {true, false}) out.push_back(pack_output(relative, supplementary, is_public));
  } else if (kind == load::DocumentKind::Report || kind == load::DocumentKind::Document) {
    for (const bool exempt : {false, true}) out.push_back(report_output(relative, exempt));
  }
  for (fs::path& p : out) p = p.lexically_normal();
  return out;
}

std::map<fs::path, std::string> output_clashes(const std::vector<std::pair<fs::path, load::DocumentKind>>& inputs) {
  std::map<fs::path, std::size_t> writer;  // output -> first input that may write it
  std::map<fs::path, std::string> clashes;
  const auto what = [](const std::pair<fs::path, load::DocumentKind>& in) {
    return (in.second == load::DocumentKind::Meeting ? "the meeting " : "the report ") + in.first.generic_string();
  };
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    for (const fs::path& output : possible_outputs(inputs[i].first, inputs[i].second)) {
      const auto [it, first] = writer.emplace(output, i);
      if (first || it->second == i) continue;
      const auto& other = inputs[it->second];
      const std::string clash = "its output " + output.generic_string() + " may also be written for ";
      clashes.emplace(inputs[i].first, clash + what(other) + ": rename one of the two files");
      clashes.emplace(other.first, clash + what(inputs[i]) + ": rename one of the two files");
    }
  }
  return clashes;
}

}  // namespace bp::cli
