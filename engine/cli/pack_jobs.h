#pragma once
// The batch jobs of one meeting file: a public and a private edition of its
// main agenda pack and, when it has supplementary items, of its supplementary
// pack (names in batch.h).

#include <filesystem>
#include <vector>

#include "cli/batch.h"

namespace bp::cli {

// Loads the meeting to see which packs it has; a meeting that does not load
// becomes one job (counted as a public pack) that fails with its diagnostics.
// Job ids: "pack public|private [supplementary ]<relative>".
std::vector<BatchJob> meeting_jobs(const std::filesystem::path& file, const std::filesystem::path& relative,
                                   const std::filesystem::path& out_dir, const std::filesystem::path& layouts);

}  // namespace bp::cli
