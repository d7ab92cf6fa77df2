// Inline text: spans to runs, and auto-linking of bare web and e-mail addresses.

#include <gtest/gtest.h>

#include "compose/inline_text.h"

namespace bp::compose {
namespace {

const InlineColours kColours{Color{0, 0, 0}, Color{0, 0, 1}};

std::vector<std::string> links(const std::vector<doc::TextRun>& runs) {
  std::vector<std::string> out;
  for (const auto& r : runs) {
    if (!r.link.empty()) out.push_back(r.text + " -> " + r.link);
  }
  return out;
}

TEST(InlineText, TrailingPunctuationStaysOutOfTheLink) {
  const auto runs = compose_plain("See (https://a.example/x_(y)), or https://b.example/p?q=1. Done",
                                  doc::FontFace::Regular, kColours);
  EXPECT_EQ(links(runs), (std::vector<std::string>{
                             "https://a.example/x_(y) -> https://a.example/x_(y)",
                             "https://b.example/p?q=1 -> https://b.example/p?q=1"}));
  EXPECT_EQ(runs_text(runs), "See (https://a.example/x_(y)), or https://b.example/p?q=1. Done");
  EXPECT_EQ(runs.back().text, ". Done");
  EXPECT_EQ(runs.back().color, kColours.text);
  EXPECT_EQ(runs[1].color, kColours.link);
}

TEST(InlineText, EmailAddressesBecomeMailtoLinks) {
  const auto runs = compose_plain("Write to jan.mcmahon@sefton.gov.uk; or mailto:a@b.org.",
                                  doc::FontFace::Bold, kColours);
  EXPECT_EQ(links(runs), (std::vector<std::string>{
                             "jan.mcmahon@sefton.gov.uk -> mailto:jan.mcmahon@sefton.gov.uk",
                             "mailto:a@b.org -> mailto:a@b.org"}));
  for (const auto& r : runs) EXPECT_EQ(r.face, doc::FontFace::Bold);
}

TEST(InlineText, NearMissesAreNotLinked) {
  for (const char* s : {"user@localhost", "@handle", "a@b@c.com", "https://", "http:/x.org",
                        "Reference FD5961/20", "x@.com", "£0.223m"}) {
    EXPECT_TRUE(links(compose_plain(s, doc::FontFace::Regular, kColours)).empty()) << s;
  }
}

TEST(InlineText, SpansKeepFacesAndExplicitLinksAndMerge) {
  model::RichText t;
  t.push_back(model::Span{"plain ", false, false, {}});
  t.push_back(model::Span{"more", false, false, {}});
  t.push_back(model::Span{" bold-italic", true, true, {}});
  t.push_back(model::Span{"here", false, false, "https://x.example"});
  const auto runs = compose_inline(t, kColours);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].text, "plain more");
  EXPECT_EQ(runs[1].face, doc::FontFace::BoldItalic);
  EXPECT_EQ(runs[2].link, "https://x.example");
  EXPECT_EQ(runs[2].color, kColours.link);
  const auto bold = compose_inline(t, kColours, true);
  EXPECT_EQ(bold[0].face, doc::FontFace::Bold);
}

}  // namespace
}  // namespace bp::compose
