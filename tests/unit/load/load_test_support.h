#pragma once
// Helpers shared by the load stage's tests.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/diagnostic.h"

namespace bp::load {

// Every diagnostic, formatted as the program prints it, one per line.
inline std::string all_messages(const DiagnosticSink& sink) {
  std::string out;
  for (const Diagnostic& d : sink.all()) out += format_diagnostic(d) + "\n";
  return out;
}

// The whole file at `path` ("" when it cannot be read).
inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// tests/data/small-report.xml with the first `from` replaced by `to` (a
// failed expectation when `from` is not there).
inline std::string small_report_with(const std::string& from, const std::string& to) {
  std::string text = read_text(std::string(BOARDPACK_TEST_DATA) + "/small-report.xml");
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace bp::load
