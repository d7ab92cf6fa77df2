// FlateCompressor: zlib-format output that a standard inflater (Python's
// zlib, which is what PDF readers implement) turns back into the input, the
// same bytes every time, and one compressor reused across pages.

#include <gtest/gtest.h>

#include <string>

#include "render/flate.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

std::string page_like(int rows) {
  std::string s = "BT\n/F1 7 Tf\n";
  for (int i = 0; i < rows; ++i) {
    s += "44.987 " + std::to_string(543 - i) + ".665 Td\n(\\(KPI-" + std::to_string(i) + "\\)) Tj\n";
    s += "42.52 539.421 m\n799.37 539.421 l\n";
  }
  s += "ET\n";
  s += std::string(300, '\0');  // binary bytes survive too
  return s;
}

std::string inflate_with_python(const ScratchDir& dir, const std::string& compressed) {
  const auto file = dir.write("data.z", compressed);
  const CommandResult r = run("python3 -c 'import sys, zlib; sys.stdout.buffer.write(zlib.decompress("
                              "open(sys.argv[1], \"rb\").read()))' " + quoted(file));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  return r.output;
}

TEST(Flate, RoundTripsThroughAStandardInflater) {
  const ScratchDir dir("flate");
  FlateCompressor flate;
  const std::string input = page_like(200);
  const std::string compressed(flate.compress(input));
  EXPECT_LT(compressed.size(), input.size() / 4);
  ASSERT_GE(compressed.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(compressed[0]) & 0x0F, 8);  // zlib header: deflate method
  EXPECT_EQ(inflate_with_python(dir, compressed), input);
}

TEST(Flate, SameBytesEveryTimeAndAcrossReuse) {
  const ScratchDir dir("flate-reuse");
  FlateCompressor a, b;
  const std::string first = page_like(50), second = page_like(120);
  const std::string a1(a.compress(first));
  const std::string a2(a.compress(second));  // the same compressor, a second page
  EXPECT_EQ(std::string(b.compress(first)), a1);
  EXPECT_EQ(std::string(b.compress(second)), a2);
  EXPECT_EQ(inflate_with_python(dir, a2), second);
  EXPECT_EQ(inflate_with_python(dir, std::string(a.compress(""))), "");
}

}  // namespace
}  // namespace bp::render
