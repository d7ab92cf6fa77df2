#pragma once
// Diagnostics: problems found in the input, each with a place.
//
// Every stage reports bad input as a Diagnostic, never as a bare string, so the
// command line can print `file:line:col: error: message` and a validator can
// collect every problem in one run. Warnings never stop a build.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace bp {

enum class Severity { Warning, Error };

// A place in an input file. line and column are 1-based; 0 means "unknown".
struct SourceLocation {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLocation where;
  std::string message;
  std::string hint;  // optional: a suggestion such as "did you mean <summary>?"
};

// Formats as `file:line:col: error: message` (and `  hint: ...` on a second line).
std::string format_diagnostic(const Diagnostic& d);

// Collects diagnostics. Not thread-safe: one sink per build.
class DiagnosticSink {
 public:
  void report(Diagnostic d);
  void error(const SourceLocation& where, std::string message, std::string hint = {});
  void warning(const SourceLocation& where, std::string message, std::string hint = {});

  bool has_errors() const { return errors_ > 0; }
  std::size_t error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

// Thrown when input cannot be processed further. Carries every diagnostic
// gathered so far (at least one error).
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  explicit InputError(Diagnostic diagnostic);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace bp
