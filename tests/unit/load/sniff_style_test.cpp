// sniff_root_style: the root's style attribute without loading the file.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "load/document_kind.h"

namespace bp::load {
namespace {

std::string sniff(const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / "boardpack-sniff-style-test.xml";
  std::ofstream(path, std::ios::binary) << text;
  std::string style = sniff_root_style(path);
  std::filesystem::remove(path);
  return style;
}

TEST(SniffRootStyle, ReadsTheRootElementsStyle) {
  EXPECT_EQ(sniff("<?xml version=\"1.0\"?>\n<!-- style=\"no\" -->\n<report council=\"C\"\n  style = 'overview-and-scrutiny' created=\"2020-01-01\">"),
            "overview-and-scrutiny");
  EXPECT_EQ(sniff("<meeting xmlns:xsi=\"x\" style=\"health-and-wellbeing-board\"><style/>"), "health-and-wellbeing-board");
}

TEST(SniffRootStyle, EmptyWhenAbsentOrNotAPlainName) {
  EXPECT_EQ(sniff("<report council=\"C\"><front-sheet style=\"x\"/>"), "");
  EXPECT_EQ(sniff("<report substyle=\"x\">"), "");
  EXPECT_EQ(sniff("<report style=\"a&#45;b\">"), "");
  EXPECT_EQ(sniff("<report style=\"\">"), "");
  EXPECT_EQ(sniff(""), "");
}

}  // namespace
}  // namespace bp::load
