#pragma once
// Incremental builds: whether a job's output is up to date, and the state
// written for the next build (format and file names in build_state.h).
//
// An output is up to date when a recorded entry for its job id exists (in the
// public or the private state), the output file still has the recorded bytes
// (hash), and the key computed now from the program, the job id (which names
// the edition and supplementary options) and the current contents of every
// recorded dependency equals the recorded key. The dependencies are what the
// job read when it was last built (build_deps.h): if none of them changed, it
// would read the same files again. Anything else rebuilds it; --force
// rebuilds everything.

#include <filesystem>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/build_hash.h"
#include "cli/build_shard.h"
#include "cli/build_state.h"

namespace bp::cli {

class IncrementalBuild {
 public:
  IncrementalBuild(const std::filesystem::path& out_dir, const Shard& shard, bool force);

  // True when `job_id`'s output is up to date (then kept in the new state);
  // `pages` gets its recorded page count.
  bool up_to_date(const std::string& job_id, int& pages);

  // A job that built: its entry in the new state of its root.
  void record(const std::string& job_id, const JobResult& result);

  // Writes the new states (the private one only when it has entries or existed).
  void write() const;

 private:
  struct Root {
    std::filesystem::path dir;
    BuildState old_state;
    std::vector<StateEntry> entries;
  };
  Root& root_of(bool confidential) { return confidential ? private_ : public_; }

  Shard shard_;
  bool force_;
  ContentHashes hashes_;
  Root public_;
  Root private_;
};

}  // namespace bp::cli
