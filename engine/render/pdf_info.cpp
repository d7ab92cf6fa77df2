// See pdf_info.h.

#include "render/pdf_info.h"

#include <string>

#include "render/pdf_renderer.h"

namespace bp::render {
namespace {

bool parse_digits(std::string_view s, int& out) {
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !s.empty();
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

void set_text(PdfHandle& pdf, HPDF_InfoType type, const std::string& value, const char* what) {
  if (value.empty()) return;
  pdf.check(HPDF_SetInfoAttr(pdf.get(), type, value.c_str()), what);
}

}  // namespace

std::optional<HPDF_Date> pdf_date_from_iso(std::string_view iso) {
  int year = 0, month = 0, day = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (!parse_digits(iso.substr(0, 4), year) || !parse_digits(iso.substr(5, 2), month) ||
      !parse_digits(iso.substr(8, 2), day))
    return std::nullopt;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return std::nullopt;
  HPDF_Date d{};
  d.year = year;
  d.month = month;
  d.day = day;
  d.ind = '+';  // '+' with a zero offset: 'Z' is rejected by libharu's PDF/A path
  return d;
}

void write_document_info(PdfHandle& pdf, const doc::Metadata& meta) {
  set_text(pdf, HPDF_INFO_TITLE, meta.title, "setting the document title");
  set_text(pdf, HPDF_INFO_AUTHOR, meta.author, "setting the document author");
  set_text(pdf, HPDF_INFO_SUBJECT, meta.subject, "setting the document subject");
  set_text(pdf, HPDF_INFO_KEYWORDS, meta.keywords, "setting the document keywords");
  set_text(pdf, HPDF_INFO_CREATOR, meta.creator.empty() ? std::string("boardpack") : meta.creator,
           "setting the document creator");
  set_text(pdf, HPDF_INFO_PRODUCER, std::string("boardpack (libHaru ") + HPDF_VERSION_TEXT + ")",
           "setting the document producer");

  if (meta.creation_date.empty()) return;
  const std::optional<HPDF_Date> date = pdf_date_from_iso(meta.creation_date);
  if (!date)
    throw RenderError("PDF output failed: creation date \"" + meta.creation_date +
                      "\" is not an ISO date (YYYY-MM-DD)");
  pdf.check(HPDF_SetInfoDateAttr(pdf.get(), HPDF_INFO_CREATION_DATE, *date),
            "setting the creation date");
  pdf.check(HPDF_SetInfoDateAttr(pdf.get(), HPDF_INFO_MOD_DATE, *date),
            "setting the modification date");
}

}  // namespace bp::render
