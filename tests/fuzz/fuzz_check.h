#pragma once
// What every fuzz target checks after running the engine on one input.
//
// Bad input is expected: it must produce located diagnostics, nothing else.
// A stage that returns nothing must have reported an error, a stage that
// returns a result must have reported none, and every diagnostic must name a
// file and carry a message. A broken rule aborts (libFuzzer records the input
// as a crash, the replay test fails).

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/diagnostic.h"

namespace bp::fuzz {

// Inputs above this size are ignored (the loader's own size limit is far above
// it; the fuzzer is run with a smaller -max_len).
inline constexpr std::size_t kMaxInput = 256 * 1024;

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

inline void check_diagnostics(const DiagnosticSink& sink) {
  for (const Diagnostic& d : sink.all()) {
    if (d.where.file.empty()) fail("a diagnostic without a file name");
    if (d.message.empty()) fail("a diagnostic without a message");
    if (d.where.line == 0 && d.where.column != 0) fail("a column without a line");
  }
}

// `produced`: the stage returned a value.
inline void check_outcome(bool produced, const DiagnosticSink& sink) {
  check_diagnostics(sink);
  if (!produced && !sink.has_errors()) fail("nothing produced, yet no error reported");
  if (produced && sink.has_errors()) fail("a result produced despite an error");
}

}  // namespace bp::fuzz
