#pragma once
// Crash isolation for the batch build: every job runs in a child process forked
// from the (single-threaded) parent, at most N at a time. The child sends its
// result back over a pipe and exits; the parent reads every pipe with poll().
// A child killed by a signal (segfault, abort, the OOM killer) or exiting
// without a complete result fails only its own job.
//
// Everything the parent loaded before the fork (job list, meetings, hashes) is
// shared copy-on-write. The parent must not have started any thread.
//
// Fault injection (for tests of this isolation): with the environment variable
//   BOARDPACK_FAULT_INJECT=crash:TEXT   the job whose description contains TEXT
//                                      dies of SIGSEGV in its worker,
//                          abort:TEXT  dies of SIGABRT,
//                          exit:TEXT   exits without sending a result,
//                          hang:TEXT   never finishes (for the time limit).

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace bp::cli {

struct WorkerOutcome {
  bool ok = false;
  std::string payload;  // ok: what the work function returned
  std::string error;    // failed: its exception's message, or how the worker died
  bool died = false;    // the worker was killed or exited without a result
};

struct WorkerCallbacks {
  std::function<std::string(std::size_t)> work;              // in the child: builds job i; throws on failure
  std::function<void(std::size_t)> started;                  // in the parent
  std::function<void(std::size_t, WorkerOutcome)> finished;  // in the parent
  std::function<void()> tick;                                // in the parent, about every 250 ms while waiting
};

// Runs jobs `todo` (indices) on up to `workers` child processes; returns when
// all have finished. A worker still running after `time_limit_seconds` (0: no
// limit) is killed and its job fails as timed out, so one hanging input cannot
// hold up an overnight build. Throws std::runtime_error when a pipe or process
// cannot be created at all.
void run_in_workers(const std::vector<std::size_t>& todo, unsigned workers, const WorkerCallbacks& callbacks,
                    unsigned time_limit_seconds = 0);

// The fault-injection hook above; called in the child before job `description` runs.
void inject_fault_if_asked(const std::string& description);

// "crashed: signal 11 (Segmentation fault)" or "exited with status 3 without a result".
std::string describe_worker_death(int wait_status);

}  // namespace bp::cli
