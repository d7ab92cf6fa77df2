#include "cli/pack_jobs.h"

#include <stdexcept>

#include "cli/build_deps.h"
#include "cli/build_hash.h"
#include "cli/build_targets.h"
#include "cli/cli_support.h"
#include "cli/pack_pipeline.h"
#include "core/atomic_file.h"
#include "load/meeting_loader.h"

namespace fs = std::filesystem;

namespace bp::cli {

namespace {

BatchJob pack_job(const PackJob& pack, const fs::path& relative, const fs::path& target, const std::string& style) {
  const bool is_public = pack.edition == compose::Edition::Public;
  BatchJob job;
  job.style = [style] { return style; };
  job.description = "pack " + pack.meeting.string() + " (" + (is_public ? "public" : "private") +
                    (pack.supplementary ? ", supplementary)" : ")");
  job.id = std::string("pack ") + (is_public ? "public " : "private ") + (pack.supplementary ? "supplementary " : "") +
           relative.generic_string();
  job.kind = is_public ? OutputKind::PublicPack : OutputKind::PrivatePack;
  job.targets = {target};
  job.run = [pack, target, is_public, id = job.id]() -> JobResult {
    // The inputs' hashes first, then the build (see JobResult::key).
    std::vector<std::string> deps = pack_deps(pack.meeting, pack.layouts_dir, pack.edition, pack.supplementary);
    ContentHashes hashes;
    std::string key = output_key(id, deps, hashes);
    DiagnosticSink sink;
    auto built = build_pack_pdf(pack, sink);
    if (!built) throw std::runtime_error("bad input" + diagnostics_text(sink));
    JobResult result = write_job_output(target, built->pdf, !is_public, built->pages, sink);
    result.deps = std::move(deps);
    result.key = std::move(key);
    return result;
  };
  return job;
}

}  // namespace

std::vector<BatchJob> meeting_jobs(const fs::path& file, const fs::path& relative, const fs::path& out_dir,
                                   const fs::path& layouts) {
  DiagnosticSink sink;
  auto meeting = load::load_meeting(file, sink);
  if (!meeting) {
    BatchJob failed;
    failed.description = "meeting " + file.string();
    failed.id = "meeting " + relative.generic_string();
    failed.kind = OutputKind::PublicPack;
    const std::string text = "bad input" + diagnostics_text(sink);
    failed.run = [text]() -> JobResult { throw std::runtime_error(text); };
    return {failed};
  }
  bool main_items = false, supplementary_items = false;
  for (const model::AgendaItem& item : meeting->items) {
    (item.supplementary ? supplementary_items : main_items) = true;
  }
  std::vector<BatchJob> jobs;
  for (bool supplementary : {false, true}) {
    if (supplementary ? !supplementary_items : !main_items) continue;
    for (auto edition : {compose::Edition::Public, compose::Edition::Private}) {
      PackJob pack{file, layouts, edition, supplementary};
      const bool is_public = edition == compose::Edition::Public;
      const fs::path target = out_dir / pack_output(relative, supplementary, is_public);
      jobs.push_back(pack_job(pack, relative, target, meeting->style));
    }
  }
  return jobs;
}

}  // namespace bp::cli
