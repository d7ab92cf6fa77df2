#pragma once
// What the house fonts can print, for the loaders (load/repertoire.h): built
// from the layout stage's font metrics of each house style's fonts.

#include <filesystem>
#include <string>

#include "load/repertoire.h"

namespace bp::cli {

// Load options whose repertoire lookup reads the house style of that name from
// `layouts_dir` and its fonts (each style once; the options may be copied and
// shared by threads). A style that cannot be read, or whose fonts cannot,
// gives no repertoire: loading the style later reports why.
load::LoadOptions font_coverage_options(const std::filesystem::path& layouts_dir);

// The same, but every file is checked against the fonts of `style` whatever
// style it names: an agenda pack is set in its meeting style's fonts throughout.
load::LoadOptions font_coverage_options(const std::filesystem::path& layouts_dir, const std::string& style);

// The same restriction to `style` over options made by font_coverage_options,
// sharing their cache (an agenda pack checks its meeting file and then its
// reports: one repertoire for both).
load::LoadOptions font_coverage_for_style(const load::LoadOptions& coverage, const std::string& style);

// Loads, once in this process, everything a repertoire of `style` is built
// from that does not change between jobs: its fonts' bytes and tables
// (layout::load_truetype_metrics) and their family names. The house style
// itself is read again by every repertoire built later. Problems are ignored
// (whoever loads the style reports them). For a batch build's parent before
// it forks its workers, which then inherit all of it.
void preload_font_coverage(const std::filesystem::path& layouts_dir, const std::string& style);

}  // namespace bp::cli
