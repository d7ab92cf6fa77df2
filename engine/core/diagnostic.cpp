#include "core/diagnostic.h"

namespace bp {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.where.file.empty() ? std::string("boardpack") : d.where.file;
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line);
    if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
  }
  out += d.severity == Severity::Error ? ": error: " : ": warning: ";
  out += d.message;
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
  return out;
}

void DiagnosticSink::report(Diagnostic d) {
  if (d.severity == Severity::Error) ++errors_;
  items_.push_back(std::move(d));
}

void DiagnosticSink::error(const SourceLocation& where, std::string message, std::string hint) {
  report(Diagnostic{Severity::Error, where, std::move(message), std::move(hint)});
}

void DiagnosticSink::warning(const SourceLocation& where, std::string message, std::string hint) {
  report(Diagnostic{Severity::Warning, where, std::move(message), std::move(hint)});
}

static std::string first_message(const std::vector<Diagnostic>& ds) {
  return ds.empty() ? std::string("invalid input") : format_diagnostic(ds.front());
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Diagnostic diagnostic)
    : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

}  // namespace bp
