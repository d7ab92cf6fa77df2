// The PDF creation date: from `created`, else SOURCE_DATE_EPOCH, else none;
// never the clock.

#include "load/paper_root.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "load/report_loader.h"

namespace bp::load {
namespace {

using detail::date_from_epoch_seconds;
model::Date ymd(int y, int m, int d) {
  return model::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                     static_cast<unsigned short>(d));
}

TEST(DateFromEpochSeconds, ConvertsWholeSecondsToTheUtcDate) {
  EXPECT_EQ(date_from_epoch_seconds("0"), ymd(1970, 1, 1));
  EXPECT_EQ(date_from_epoch_seconds("1580169600"), ymd(2020, 1, 28));  // 00:00:00 UTC
  EXPECT_EQ(date_from_epoch_seconds("1580255999"), ymd(2020, 1, 28));  // 23:59:59 UTC
  EXPECT_EQ(date_from_epoch_seconds("1580256000"), ymd(2020, 1, 29));
}

TEST(DateFromEpochSeconds, RejectsWhatIsNotAWholeNumberOfSeconds) {
  for (const char* bad : {"", "-1", "12a", "1.5", " 1580169600", "2020-01-28", "99999999999999999999"}) {
    EXPECT_FALSE(date_from_epoch_seconds(bad)) << bad;
  }
}

std::string small_report() {
  std::ifstream in(std::string(BOARDPACK_TEST_DATA) + "/small-report.xml", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string without_created(std::string text) {
  const std::string attr = " created=\"2020-03-02\"";
  const auto at = text.find(attr);
  EXPECT_NE(at, std::string::npos);
  if (at != std::string::npos) text.erase(at, attr.size());
  return text;
}

class CreationDate : public ::testing::Test {
 protected:
  void TearDown() override { unsetenv("SOURCE_DATE_EPOCH"); }
};

TEST_F(CreationDate, TheAttributeWinsOverSourceDateEpoch) {
  setenv("SOURCE_DATE_EPOCH", "1580169600", 1);
  DiagnosticSink sink;
  auto r = load_report_text(small_report(), "r.xml", sink);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->created, ymd(2020, 3, 2));
}

TEST_F(CreationDate, WithoutTheAttributeSourceDateEpochGivesTheDate) {
  setenv("SOURCE_DATE_EPOCH", "1580169600", 1);
  DiagnosticSink sink;
  auto r = load_report_text(without_created(small_report()), "r.xml", sink);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->created, ymd(2020, 1, 28));
  EXPECT_TRUE(sink.all().empty());
}

TEST_F(CreationDate, WithNeitherThereIsNoDateAndNoClock) {
  unsetenv("SOURCE_DATE_EPOCH");
  DiagnosticSink sink;
  auto r = load_report_text(without_created(small_report()), "r.xml", sink);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->created.is_not_a_date());
  EXPECT_TRUE(sink.all().empty());
}

TEST_F(CreationDate, AMalformedSourceDateEpochIsReportedAtTheRoot) {
  setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  DiagnosticSink sink;
  auto r = load_report_text(without_created(small_report()), "r.xml", sink);
  ASSERT_EQ(sink.all().size(), 1u);
  const Diagnostic& d = sink.all().front();
  EXPECT_EQ(d.where.file, "r.xml");
  EXPECT_EQ(d.where.line, 3u);
  EXPECT_EQ(d.where.column, 1u);
  EXPECT_NE(d.message.find("SOURCE_DATE_EPOCH=\"yesterday\" is not a whole number of seconds"), std::string::npos)
      << d.message;
}

}  // namespace
}  // namespace bp::load
