#include "cli/build_incremental.h"

#include <system_error>

namespace fs = std::filesystem;

namespace bp::cli {

IncrementalBuild::IncrementalBuild(const fs::path& out_dir, const Shard& shard, bool force)
    : shard_(shard), force_(force) {
  public_.dir = out_dir;
  private_.dir = out_dir / "private";
  if (!force_) {
    public_.old_state = BuildState::read(public_.dir);
    private_.old_state = BuildState::read(private_.dir);
  }
}

bool IncrementalBuild::up_to_date(const std::string& job_id, int& pages) {
  if (force_) return false;
  for (Root* root : {&public_, &private_}) {
    for (const StateEntry* entry : root->old_state.find(job_id)) {
      const fs::path output = root->dir / entry->output;
      if (hashes_.of(output) != entry->output_hash) continue;
      if (output_key(job_id, entry->deps, hashes_) != entry->key) continue;
      pages = entry->pages;
      root->entries.push_back(*entry);
      return true;
    }
  }
  return false;
}

void IncrementalBuild::record(const std::string& job_id, const JobResult& result) {
  Root& root = root_of(result.confidential);
  StateEntry entry;
  entry.id = job_id;
  entry.output = fs::path(result.output).lexically_relative(root.dir).generic_string();
  entry.output_hash = result.output_hash;
  entry.key = result.key.empty() ? output_key(job_id, result.deps, hashes_) : result.key;
  entry.pages = result.pages;
  entry.deps = result.deps;
  root.entries.push_back(std::move(entry));
}

void IncrementalBuild::write() const {
  const std::string name = state_file_name(shard_.index, shard_.count);
  for (const Root* root : {&public_, &private_}) {
    std::error_code ec;
    const fs::path file = root->dir / name;
    if (root->entries.empty() && !fs::exists(file, ec) && root == &private_) continue;
    BuildState::write(file, root->entries);
  }
}

}  // namespace bp::cli
