#include "cli/build_summary.h"

#include <cstdio>

namespace bp::cli {

namespace {

const char* const kKindNames[kOutputKinds] = {"reports", "documents", "public packs", "private packs"};

std::string row(const char* name, const KindCounts& c) {
  char text[128];
  std::snprintf(text, sizeof text, "%-14s %7ld %11ld %7ld %12ld\n", name, c.built, c.up_to_date, c.failed, c.pages);
  return text;
}

}  // namespace

long BuildSummary::failed() const {
  long n = 0;
  for (const KindCounts& c : kinds) n += c.failed;
  return n;
}

std::string format_summary(const BuildSummary& summary, double seconds) {
  std::string out = "outputs          built  up to date  failed  pages built\n";
  KindCounts total;
  for (int k = 0; k < kOutputKinds; ++k) {
    const KindCounts& c = summary.kinds[static_cast<std::size_t>(k)];
    out += row(kKindNames[k], c);
    total.built += c.built;
    total.up_to_date += c.up_to_date;
    total.failed += c.failed;
    total.pages += c.pages;
  }
  out += row("total", total);
  char time[64];
  std::snprintf(time, sizeof time, "time %.1f s\n", seconds);
  out += time;
  if (!summary.failures.empty()) {
    out += "failed (" + std::to_string(summary.failures.size()) + "):\n";
    for (const std::string& f : summary.failures) out += "  " + f + "\n";
  }
  return out;
}

}  // namespace bp::cli
