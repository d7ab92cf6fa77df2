// model/rich_text.h: plain_text and plain().

#include "model/rich_text.h"

#include <gtest/gtest.h>

namespace bp::model {
namespace {

TEST(RichText, PlainTextJoinsSpansUnchanged) {
  Span a{"Most actions are on target. See ", false, false, ""};
  Span b{"the published plan", false, false, "https://example.gov.uk/send"};
  Span c{".", false, false, ""};
  EXPECT_EQ(plain_text({a, b, c}), "Most actions are on target. See the published plan.");
  Span bold{"£0.223m", true, false, ""};
  EXPECT_EQ(plain_text({Span{"costing ", false, false, ""}, bold}), "costing £0.223m");
}

TEST(RichText, EmptyAndPlain) {
  EXPECT_EQ(plain_text({}), "");
  const RichText t = plain("Not applicable");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "Not applicable");
  EXPECT_FALSE(t[0].bold);
  EXPECT_FALSE(t[0].italic);
  EXPECT_TRUE(t[0].href.empty());
}

}  // namespace
}  // namespace bp::model
