// ISO dates to libharu dates for the document information dictionary.

#include "render/pdf_info.h"

#include <gtest/gtest.h>

namespace bp::render {
namespace {

TEST(PdfDateFromIso, MidnightWithZeroUtcOffset) {
  const auto d = pdf_date_from_iso("2020-03-02");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2020);
  EXPECT_EQ(d->month, 3);
  EXPECT_EQ(d->day, 2);
  EXPECT_EQ(d->hour, 0);
  EXPECT_EQ(d->minutes, 0);
  EXPECT_EQ(d->seconds, 0);
  EXPECT_EQ(d->ind, '+');
  EXPECT_EQ(d->off_hour, 0);
  EXPECT_EQ(d->off_minutes, 0);
}

TEST(PdfDateFromIso, AcceptsLeapDaysOnlyInLeapYears) {
  EXPECT_TRUE(pdf_date_from_iso("2020-02-29").has_value());
  EXPECT_TRUE(pdf_date_from_iso("2000-02-29").has_value());
  EXPECT_FALSE(pdf_date_from_iso("2019-02-29").has_value());
  EXPECT_FALSE(pdf_date_from_iso("1900-02-29").has_value());
}

TEST(PdfDateFromIso, RejectsOtherForms) {
  for (const char* bad : {"", "2020-3-02", "2020-13-01", "2020-00-10", "2020-04-31",
                          "02/03/2020", "2020-03-02T10:00", "2020-03-0x", "0000-01-01"})
    EXPECT_FALSE(pdf_date_from_iso(bad).has_value()) << bad;
}

}  // namespace
}  // namespace bp::render
