// Repertoires of house styles from their fonts' metrics (see font_coverage.h).

#include "cli/font_coverage.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

#include "compose/document.h"
#include "layout/font_metrics.h"
#include "layout/font_name.h"
#include "load/style_loader.h"

namespace bp::cli {
namespace {

// The PDF fonts hold one 16-bit code per character (render/pdf_text.h), so
// nothing beyond U+FFFF can be printed whatever the font file holds.
constexpr char32_t kLastPrintable = 0xFFFF;

// layout::font_family_name (for messages), once per file and process: it
// opens and parses the file.
std::string family_name(const std::filesystem::path& font) {
  static std::mutex mutex;
  static auto* const names = new std::map<std::filesystem::path, std::string>;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = names->find(font);
  if (it == names->end()) it = names->emplace(font, layout::font_family_name(font)).first;
  return it->second;
}

std::optional<load::Repertoire> build(const std::filesystem::path& layouts_dir, const std::string& name) {
  DiagnosticSink ignored;  // whoever loads the style for real reports its problems
  const std::optional<model::HouseStyle> style = load::load_house_style(layouts_dir, name, ignored);
  if (!style) return std::nullopt;
  const doc::FontSet fonts{style->fonts.regular, style->fonts.bold, style->fonts.italic,
                           style->fonts.bold_italic};
  std::shared_ptr<const layout::FontMetrics> metrics;
  try {
    metrics = layout::load_truetype_metrics(fonts);
  } catch (const std::runtime_error&) {
    return std::nullopt;  // the layout stage reports the unreadable font
  }
  load::Repertoire r;
  std::set<std::string> seen;
  for (const auto* path : {&fonts.regular, &fonts.bold, &fonts.italic, &fonts.bold_italic}) {
    const std::string family = family_name(*path);
    if (!seen.insert(family).second) continue;
    r.font_name += (r.font_name.empty() ? "" : " and ") + family;
  }
  r.style_file = (layouts_dir / name / "style.xml").string();
  r.limit = kLastPrintable;
  r.has = [metrics](char32_t cp) {
    for (auto face : {doc::FontFace::Regular, doc::FontFace::Bold, doc::FontFace::Italic,
                      doc::FontFace::BoldItalic}) {
      if (!metrics->has_glyph(face, cp)) return false;
    }
    return true;
  };
  return r;
}

struct Cache {
  std::filesystem::path layouts_dir;
  std::mutex mutex;
  std::map<std::string, std::optional<load::Repertoire>> styles;

  std::optional<load::Repertoire> get(const std::string& name) {
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = styles.find(name);
    if (it == styles.end()) it = styles.emplace(name, build(layouts_dir, name)).first;
    return it->second;
  }
};

}  // namespace

load::LoadOptions font_coverage_options(const std::filesystem::path& layouts_dir) {
  auto cache = std::make_shared<Cache>();
  cache->layouts_dir = layouts_dir;
  load::LoadOptions options;
  options.repertoire = [cache](const std::string& style) { return cache->get(style); };
  return options;
}

load::LoadOptions font_coverage_options(const std::filesystem::path& layouts_dir, const std::string& style) {
  return font_coverage_for_style(font_coverage_options(layouts_dir), style);
}

load::LoadOptions font_coverage_for_style(const load::LoadOptions& coverage, const std::string& style) {
  load::LoadOptions options = coverage;
  options.repertoire = [lookup = coverage.repertoire, style](const std::string&) { return lookup(style); };
  return options;
}

void preload_font_coverage(const std::filesystem::path& layouts_dir, const std::string& style) {
  (void)build(layouts_dir, style);
}

}  // namespace bp::cli
