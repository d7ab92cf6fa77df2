// Line breaking with fixed metrics: every character 5 pt (0.5 em at 10 pt),
// bold 5.5 pt.

#include "layout/line_breaker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/font_metrics.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using testing::para;

std::string line_text(const doc::Paragraph& p, const Line& line) {
  std::string s;
  for (const LineSpan& sp : line.spans) s += p.runs[sp.run].text.substr(sp.begin, sp.end - sp.begin);
  return s;
}

std::vector<std::string> break_texts(const doc::Paragraph& p, double width) {
  FixedMetrics m;
  const std::vector<Line> lines = ShapedParagraph(p, m).break_lines(width);
  std::vector<std::string> out;
  for (const Line& l : lines) out.push_back(line_text(p, l));
  return out;
}

TEST(LineBreaker, GreedyBreaksAtSpaces) {
  EXPECT_EQ(break_texts(para("aaa bbb ccc"), 40), (std::vector<std::string>{"aaa bbb", "ccc"}));
  EXPECT_EQ(break_texts(para("aaa bbb ccc"), 55), (std::vector<std::string>{"aaa bbb ccc"}));
  EXPECT_EQ(break_texts(para("aaa bbb ccc"), 54.9), (std::vector<std::string>{"aaa bbb", "ccc"}));
}

TEST(LineBreaker, TrailingSpacesAreNotCounted) {
  FixedMetrics m;
  const doc::Paragraph p = para("aaaa bbbb cccc");
  // "aaaa bbbb" is 45 pt; with the trailing space 50 pt: must still fit in 45.
  const auto lines = ShapedParagraph(p, m).break_lines(45);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(line_text(p, lines[0]), "aaaa bbbb");
  EXPECT_DOUBLE_EQ(lines[0].width, 45);
  EXPECT_EQ(line_text(p, lines[1]), "cccc");
  EXPECT_DOUBLE_EQ(lines[1].width, 20);
}

TEST(LineBreaker, BreaksAfterHyphensAndDashes) {
  EXPECT_EQ(break_texts(para("self-assessment"), 50), (std::vector<std::string>{"self-", "assessment"}));
  EXPECT_EQ(break_texts(para("2019\xE2\x80\x93" "2020 budget"), 30),
            (std::vector<std::string>{"2019\xE2\x80\x93", "2020", "budget"}));
  // A leading minus, or a hyphen after a digit, is not a break opportunity.
  EXPECT_EQ(break_texts(para("ab -5000"), 25), (std::vector<std::string>{"ab", "-5000"}));
  EXPECT_EQ(break_texts(para("in 2019-20 and"), 40), (std::vector<std::string>{"in", "2019-20", "and"}));
  EXPECT_EQ(break_texts(para("Covid-19 plan"), 40), (std::vector<std::string>{"Covid-19", "plan"}));
  EXPECT_EQ(break_texts(para("Covid-19 plan"), 30), (std::vector<std::string>{"Covid-", "19", "plan"}));
  // A zero-width space is a break opportunity.
  EXPECT_EQ(break_texts(para("abcd\xE2\x80\x8B" "efgh"), 30), (std::vector<std::string>{"abcd\xE2\x80\x8B", "efgh"}));
}

TEST(LineBreaker, LongWordBreaksBetweenCharactersNeverOverflowing) {
  FixedMetrics m;
  const doc::Paragraph p = para("abcdefghijklmnopqrstuvwxyz");
  const auto lines = ShapedParagraph(p, m).break_lines(60);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(line_text(p, lines[0]), "abcdefghijkl");
  EXPECT_EQ(line_text(p, lines[1]), "mnopqrstuvwx");
  EXPECT_EQ(line_text(p, lines[2]), "yz");
  for (const Line& l : lines) EXPECT_LE(l.width, 60 + 1e-9);
}

TEST(LineBreaker, UrlInNarrowColumnBreaksAtSlashesAndNeverOverflows) {
  FixedMetrics m;
  const std::string url = "https://www.example.gov.uk/send/local-offer?page=2&x=1";
  doc::Paragraph p = para("See " + url + " today");
  const auto lines = ShapedParagraph(p, m).break_lines(60);
  std::string joined;
  for (const Line& l : lines) {
    EXPECT_LE(l.width, 60 + 1e-9);
    EXPECT_LE(l.x + l.width, 60 + 1e-9);
    joined += line_text(p, l) + "|";
  }
  // 12 characters per line. Soft breaks after '/', '?' where the piece fits;
  // "www.example.gov.uk/" (19 characters) is wider than the column, so it
  // breaks between characters.
  EXPECT_EQ(joined, "See https://|www.example.|gov.uk/send/|local-offer?|page=2&x=1|today|");
}

TEST(LineBreaker, UrlFillsTheLineAtASoftBreak) {
  // 20 characters per line. The URL does not fit after "ab " but its first
  // piece up to a '/' does.
  EXPECT_EQ(break_texts(para("ab https://x.org/aaaa/bbbbbbbbbbbb"), 100),
            (std::vector<std::string>{"ab https://x.org/", "aaaa/bbbbbbbbbbbb"}));
  // An ordinary word with a slash moves whole when it fits on the next line.
  EXPECT_EQ(break_texts(para("aaaaaaa and/or"), 50), (std::vector<std::string>{"aaaaaaa", "and/or"}));
}

TEST(LineBreaker, ForcedLineBreaks) {
  EXPECT_EQ(break_texts(para("one\ntwo three"), 100), (std::vector<std::string>{"one", "two three"}));
  EXPECT_EQ(break_texts(para("one\n\ntwo"), 100), (std::vector<std::string>{"one", "", "two"}));
  EXPECT_EQ(break_texts(para("one\n"), 100), (std::vector<std::string>{"one"}));
  EXPECT_EQ(break_texts(para(""), 100), (std::vector<std::string>{""}));
}

TEST(LineBreaker, HangingLabelIndentsEveryLine) {
  FixedMetrics m;
  doc::Paragraph p = para("aaaa bbbb cccc dddd");
  p.label = "1.";  // 10 pt
  p.label_width = 20;
  p.style.left_indent = 10;
  const auto lines = ShapedParagraph(p, m).break_lines(80);  // 50 pt of text
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(line_text(p, lines[0]), "aaaa bbbb");
  EXPECT_DOUBLE_EQ(lines[0].x, 30);
  EXPECT_DOUBLE_EQ(lines[1].x, 30);
  for (const Line& l : lines) EXPECT_LE(l.x + l.width, 80 + 1e-9);
}

TEST(LineBreaker, WideLabelPushesOnlyTheFirstLine) {
  FixedMetrics m;
  doc::Paragraph p = para("aaaa bbbb cccc dddd");
  p.label = "2.3.2";  // 25 pt, wider than its 20 pt column
  p.label_width = 20;
  p.style.left_indent = 10;
  ShapedParagraph sp(p, m);
  EXPECT_DOUBLE_EQ(sp.label_width(), 25);
  const auto lines = sp.break_lines(90);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_DOUBLE_EQ(lines[0].x, 10 + 25 + 5);  // after the label and a space
  EXPECT_EQ(line_text(p, lines[0]), "aaaa bbbb");  // 45 pt of the 50 left
  EXPECT_DOUBLE_EQ(lines[1].x, 30);
}

TEST(LineBreaker, CenterAndRightAlignment) {
  FixedMetrics m;
  doc::Paragraph p = para("abc");
  p.style.align = doc::Align::Right;
  EXPECT_DOUBLE_EQ(ShapedParagraph(p, m).break_lines(100)[0].x, 85);
  p.style.align = doc::Align::Center;
  EXPECT_DOUBLE_EQ(ShapedParagraph(p, m).break_lines(100)[0].x, 42.5);
  p.style.left_indent = 20;  // centred within the indented column
  EXPECT_DOUBLE_EQ(ShapedParagraph(p, m).break_lines(100)[0].x, 52.5);
}

TEST(LineBreaker, RunsOfSeveralFacesShareOneWordAndLine) {
  FixedMetrics m;
  doc::Paragraph p = para("cost ");
  p.runs.push_back(doc::TextRun{"£0.2m", doc::FontFace::Bold, Color{0, 0, 0}, ""});
  p.runs.push_back(doc::TextRun{", in total", doc::FontFace::Regular, Color{0, 0, 0}, ""});
  const auto lines = ShapedParagraph(p, m).break_lines(1000);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].spans.size(), 3u);
  EXPECT_DOUBLE_EQ(lines[0].spans[1].x, 25);
  EXPECT_NEAR(lines[0].spans[1].width, 5 * 5.5, 1e-9);  // 5 code points in bold
  EXPECT_NEAR(lines[0].spans[2].x, 25 + 27.5, 1e-9);
  // "£0.2m," is one word across two runs: at 40 pt it moves whole to line 2.
  const auto narrow = ShapedParagraph(p, m).break_lines(40);
  ASSERT_GE(narrow.size(), 2u);
  EXPECT_EQ(line_text(p, narrow[0]), "cost");
  EXPECT_EQ(line_text(p, narrow[1]), "£0.2m,");
}

TEST(LineBreaker, ContentWidths) {
  FixedMetrics m;
  const ContentWidths cw = ShapedParagraph(para("aa bbbbbb c"), m).content_widths();
  EXPECT_DOUBLE_EQ(cw.min, 30);
  EXPECT_DOUBLE_EQ(cw.max, 55);
  doc::Paragraph labelled = para("aa bbbbbb c");
  labelled.label = "1.";
  labelled.label_width = 15;
  const ContentWidths lw = ShapedParagraph(labelled, m).content_widths();
  EXPECT_DOUBLE_EQ(lw.min, 45);
  EXPECT_DOUBLE_EQ(lw.max, 70);
}

TEST(LineBreaker, NoLineEverWiderThanItsFrame) {
  FixedMetrics m(0.61);
  const doc::Paragraph p = para(
      "Members of the Health and Wellbeing Board are asked to consider https://www.sefton.gov.uk/"
      "send-local-offer/education-health-and-care-plans?tab=2&view=full and mailto:send.improvement@example.gov.uk "
      "plus Supercalifragilisticexpialidocious-antidisestablishmentarianism words.");
  for (double w = 12; w < 400; w += 7.3) {
    const auto lines = ShapedParagraph(p, m).break_lines(w);
    std::string all;
    for (const Line& l : lines) {
      EXPECT_LE(l.x + l.width, w + 1e-9) << "width " << w;
      all += line_text(p, l);
    }
    std::string expected;
    for (char c : p.runs[0].text) if (c != ' ') expected += c;
    std::string got;
    for (char c : all) if (c != ' ') got += c;
    EXPECT_EQ(got, expected) << "width " << w;  // nothing lost or duplicated
  }
}

}  // namespace
}  // namespace bp::layout
