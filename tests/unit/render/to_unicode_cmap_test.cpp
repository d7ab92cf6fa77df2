// The replacement ToUnicode CMap program (identity over the codes used).

#include "render/to_unicode_cmap.h"

#include <gtest/gtest.h>

namespace bp::render {
namespace {

TEST(ToUnicodeCmap, MapsEachUsedCodeToItself) {
  std::bitset<0x10000> used;
  used.set(0x41);
  used.set(0xA3);    // £
  used.set(0x2194);  // ↔
  const std::string cmap = to_unicode_cmap(used);
  EXPECT_NE(cmap.find("/CMapType 2 def"), std::string::npos);
  EXPECT_NE(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"),
            std::string::npos);
  EXPECT_NE(cmap.find("3 beginbfchar\n<0041> <0041>\n<00A3> <00A3>\n<2194> <2194>\nendbfchar\n"),
            std::string::npos)
      << cmap;
  EXPECT_EQ(cmap.find("cidrange"), std::string::npos);
}

TEST(ToUnicodeCmap, SplitsIntoBlocksOfAtMostOneHundred) {
  std::bitset<0x10000> used;
  for (unsigned cp = 0x100; cp < 0x100 + 205; ++cp) used.set(cp);
  used.set(0xD800);  // a lone surrogate is never mapped
  const std::string cmap = to_unicode_cmap(used);
  std::size_t blocks = 0;
  for (auto at = cmap.find("beginbfchar"); at != std::string::npos;
       at = cmap.find("beginbfchar", at + 1))
    ++blocks;
  EXPECT_EQ(blocks, 3u);
  EXPECT_NE(cmap.find("100 beginbfchar\n<0100> <0100>"), std::string::npos);
  EXPECT_NE(cmap.find("5 beginbfchar\n<01C8> <01C8>"), std::string::npos) << cmap;
  EXPECT_EQ(cmap.find("<D800>"), std::string::npos);
}

TEST(ToUnicodeCmap, EmptyWhenNothingWasDrawn) {
  const std::string cmap = to_unicode_cmap(std::bitset<0x10000>{});
  EXPECT_EQ(cmap.find("bfchar"), std::string::npos);
  EXPECT_NE(cmap.find("endcmap"), std::string::npos);
}

}  // namespace
}  // namespace bp::render
