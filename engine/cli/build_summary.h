#pragma once
// The table printed at the end of every batch build (stdout):
//
//   outputs          built  up to date  failed  pages built
//   reports              2           0       0           14
//   documents ...     (one row per kind: reports, documents, public packs, private packs)
//   total                9           0       0          199
//   time 3.4 s
//   failed (1):
//     pack IN/x/meeting.xml (public): crashed: signal 11 (Segmentation fault)
//
// "up to date" counts outputs skipped because nothing they are built from
// changed (build_state.h); "pages built" counts pages written by this run.

#include <array>
#include <string>
#include <vector>

#include "cli/batch.h"

namespace bp::cli {

struct KindCounts {
  long built = 0;
  long up_to_date = 0;
  long failed = 0;
  long pages = 0;
};

struct BuildSummary {
  std::array<KindCounts, kOutputKinds> kinds{};  // indexed by OutputKind
  std::vector<std::string> failures;             // "description: message" (first line)

  KindCounts& operator[](OutputKind kind) { return kinds[static_cast<std::size_t>(kind)]; }
  long failed() const;
};

std::string format_summary(const BuildSummary& summary, double seconds);

}  // namespace bp::cli
