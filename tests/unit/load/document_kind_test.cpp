// Routing files in a batch build by their root element.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "load/document_kind.h"

namespace fs = std::filesystem;
using bp::load::DocumentKind;
using bp::load::sniff_document_kind;

namespace {
fs::path write_temp(const std::string& name, const std::string& text) {
  const fs::path p = fs::temp_directory_path() / ("bp-kind-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(p) << text;
  return p;
}
}  // namespace

TEST(DocumentKind, KnowsReportsAndMeetingsByTheirRoot) {
  EXPECT_EQ(sniff_document_kind(fs::path(BOARDPACK_TEST_DATA) / "minimal-report.xml"), DocumentKind::Report);
  EXPECT_EQ(sniff_document_kind(fs::path(BOARDPACK_TEST_DATA) / "minimal-meeting.xml"), DocumentKind::Meeting);
}

TEST(DocumentKind, SkipsDeclarationCommentsAndDoctype) {
  const auto p = write_temp("a.xml", "<?xml version=\"1.0\"?>\n<!-- <report> -->\n<!DOCTYPE meeting>\n<meeting style=\"x\">");
  EXPECT_EQ(sniff_document_kind(p), DocumentKind::Meeting);
  fs::remove(p);
}

TEST(DocumentKind, AnythingElseIsOther) {
  const auto a = write_temp("b.xml", "<house-style/>");
  const auto b = write_temp("c.xml", "not xml at all");
  EXPECT_EQ(sniff_document_kind(a), DocumentKind::Other);
  EXPECT_EQ(sniff_document_kind(b), DocumentKind::Other);
  EXPECT_EQ(sniff_document_kind("/nonexistent/file.xml"), DocumentKind::Other);
  fs::remove(a);
  fs::remove(b);
}
