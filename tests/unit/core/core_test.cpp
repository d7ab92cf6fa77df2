// Unit tests for engine/core: diagnostics, UTF-8 decoding, atomic file writes.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/diagnostic.h"
#include "core/utf8.h"

namespace fs = std::filesystem;

TEST(Diagnostic, FormatsFileLineColumnSeverityAndHint) {
  bp::Diagnostic d;
  d.where.file = "report.xml";
  d.where.line = 12;
  d.where.column = 7;
  d.message = "unknown element <summry>";
  d.hint = "did you mean <summary>?";
  EXPECT_EQ(bp::format_diagnostic(d),
            "report.xml:12:7: error: unknown element <summry>\n  hint: did you mean <summary>?");
  bp::Diagnostic w;
  w.severity = bp::Severity::Warning;
  w.where.file = "style.xml";
  w.where.line = 3;
  w.message = "unused label";
  EXPECT_EQ(bp::format_diagnostic(w), "style.xml:3: warning: unused label");
}

TEST(Diagnostic, SinkCountsErrorsNotWarnings) {
  bp::DiagnosticSink sink;
  sink.warning({"a.xml", 1, 1}, "w");
  EXPECT_FALSE(sink.has_errors());
  sink.error({"a.xml", 2, 1}, "e");
  sink.error({"a.xml", 3, 1}, "e2");
  EXPECT_TRUE(sink.has_errors());
  EXPECT_EQ(sink.error_count(), 2u);
  EXPECT_EQ(sink.all().size(), 3u);
}

TEST(Diagnostic, InputErrorCarriesAllDiagnostics) {
  bp::InputError e({bp::Diagnostic{bp::Severity::Error, {"x.xml", 4, 2}, "first", ""},
                    bp::Diagnostic{bp::Severity::Error, {"x.xml", 9, 1}, "second", ""}});
  EXPECT_EQ(e.diagnostics().size(), 2u);
  EXPECT_STREQ(e.what(), "x.xml:4:2: error: first");
}

TEST(Utf8, DecodesMultiByteCharacters) {
  const std::string s = "£’–↑😀";
  std::size_t i = 0;
  EXPECT_EQ(bp::next_code_point(s, i), U'£');
  EXPECT_EQ(bp::next_code_point(s, i), U'’');
  EXPECT_EQ(bp::next_code_point(s, i), U'–');
  EXPECT_EQ(bp::next_code_point(s, i), U'↑');
  EXPECT_EQ(bp::next_code_point(s, i), U'😀');
  EXPECT_EQ(i, s.size());
}

TEST(Utf8, InvalidSequencesBecomeReplacementAndAdvance) {
  const std::string bad = "a\xC3(\xE2\x82";  // truncated 2-byte, truncated 3-byte
  std::size_t i = 0;
  EXPECT_EQ(bp::next_code_point(bad, i), U'a');
  EXPECT_EQ(bp::next_code_point(bad, i), bp::kReplacementChar);
  EXPECT_EQ(bp::next_code_point(bad, i), U'(');
  EXPECT_EQ(bp::next_code_point(bad, i), bp::kReplacementChar);
  EXPECT_FALSE(bp::is_valid_utf8(bad));
  EXPECT_FALSE(bp::is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(bp::is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_TRUE(bp::is_valid_utf8("plain £ and \xEF\xBF\xBD"));
}

class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("bp-atomic-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  static std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {})); }
  fs::path dir;
};

TEST_F(AtomicFile, WritesAndReplaces) {
  const fs::path target = dir / "out.pdf";
  bp::write_file_atomically(target, "first");
  EXPECT_EQ(slurp(target), "first");
  bp::write_file_atomically(target, "second version");
  EXPECT_EQ(slurp(target), "second version");
  EXPECT_EQ(entries(), 1u) << "temporary files left behind";
}

TEST_F(AtomicFile, FailureLeavesNothingAndNamesThePath) {
  const fs::path target = dir / "missing-folder" / "out.pdf";
  try {
    bp::write_file_atomically(target, "x");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing-folder/out.pdf"), std::string::npos) << e.what();
  }
  EXPECT_EQ(entries(), 0u);
}

TEST_F(AtomicFile, FailedRenameKeepsPreviousFile) {
  // Target is a non-empty directory: rename must fail, nothing else may change.
  const fs::path target = dir / "occupied";
  fs::create_directories(target / "inside");
  EXPECT_THROW(bp::write_file_atomically(target, "x"), std::runtime_error);
  EXPECT_TRUE(fs::is_directory(target / "inside"));
  EXPECT_EQ(entries(), 1u) << "temporary file left behind";
}
