// See build_targets.h.

#include "cli/build_targets.h"

#include "cli/pack_jobs.h"

namespace fs = std::filesystem;

namespace bp::cli {

std::vector<fs::path> possible_outputs(const fs::path& relative, load::DocumentKind kind) {
  std::vector<fs::path> out;
  if (kind == load::DocumentKind::Meeting) {
    const fs::path stem = pack_stem(relative);
    for (const char* pack : {"", "-supplementary"}) {
      out.push_back(fs::path(stem.generic_string() + pack + "-public.pdf"));
      out.push_back(fs::path("private") / (stem.generic_string() + pack + "-private.pdf"));
    }
  } else if (kind == load::DocumentKind::Report || kind == load::DocumentKind::Document) {
    fs::path pdf = relative;
    pdf.replace_extension(".pdf");
    out.push_back(pdf);
    out.push_back(fs::path("private") / pdf);
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
