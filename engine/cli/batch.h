#pragma once
// The batch build: every report and meeting under a folder, built into an
// output folder with predictable names, in parallel, one failure never
// stopping the others.
//
// Names (IN = the input folder, OUT = the output folder):
//   report   IN/a/b.xml            -> OUT/a/b.pdf   (exempt: OUT/private/a/b.pdf)
//   meeting  IN/a/m/meeting.xml    -> OUT/a/m-public.pdf and OUT/private/a/m-private.pdf
//            (a meeting file not called meeting.xml uses its own stem instead of its
//            folder's name; supplementary items go into "-supplementary-public.pdf" and
//            "-supplementary-private.pdf")
// Confidential material only ever goes under OUT/private/.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace bp::cli {

struct BatchJob {
  std::string description;                 // "report sample-input/x.xml"
  std::function<std::string()> run;        // builds and writes; returns the line to print
};

struct BatchOutcome {
  std::string line;  // printed on stdout (success) or stderr (failure)
  bool ok = false;
};

// Runs the jobs on `threads` threads; prints each job's line in job order as
// soon as it and every job before it have finished. An exception from a job
// marks it failed with its message. Returns the outcomes in job order.
std::vector<BatchOutcome> run_batch(const std::vector<BatchJob>& jobs, unsigned threads);

}  // namespace bp::cli
