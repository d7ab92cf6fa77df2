#pragma once
// The batch build: every report and meeting under a folder, built into an
// output folder with predictable names, each job in its own worker process
// (build_workers.h), one failure or crash never stopping the others.
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
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace bp::cli {

enum class OutputKind { Report, Document, PublicPack, PrivatePack };
constexpr int kOutputKinds = 4;

// What a job that succeeded sends back from its worker.
struct JobResult {
  std::string output;                  // path of the written PDF
  bool confidential = false;           // written under OUT/private/
  int pages = 0;
  std::string output_hash;             // hash_bytes of the PDF written
  std::vector<std::string> warnings;   // formatted diagnostics (file:line:col: warning: ...)
  std::vector<std::string> deps;       // absolute paths of every file and folder the job read
  // output_key of the job over `deps`, hashed BEFORE the job read them: an input
  // edited while the job ran then no longer matches, and the next run rebuilds.
  std::string key;
};

struct BatchJob {
  std::string description;  // "report sample-input/x.xml", shown in progress and failures
  std::string id;           // identity + output-changing options, the key of its state entry
  OutputKind kind = OutputKind::Report;
  // Where its output may be written (a report: public or private), to remove the
  // temporary file of a worker that died while writing (core/atomic_file.h).
  std::vector<std::filesystem::path> targets;
  // The house style it is set in, as far as can be told cheaply before it runs
  // ("" if not): the parent loads that style's fonts once before the workers
  // start. Asked only of jobs that are not up to date.
  std::function<std::string()> style;
  std::function<JobResult()> run;  // builds and writes; throws with the message on failure
};

// The common end of a job: writes `pdf` to `target` atomically (creating its
// folder) and returns the result with the PDF's hash and `sink`'s diagnostics
// as warnings; the caller adds deps and key.
JobResult write_job_output(const std::filesystem::path& target, const std::string& pdf, bool confidential,
                           int pages, const DiagnosticSink& sink);

// JobResult over the worker pipe and back.
std::string encode_result(const JobResult& result);
std::optional<JobResult> decode_result(const std::string& bytes);

}  // namespace bp::cli
