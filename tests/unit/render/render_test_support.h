#pragma once
// Helpers for the render tests: a small hand-built LaidOutDocument that uses
// every kind of item, a scratch directory, and running the real PDF readers
// (qpdf, poppler-utils) on the output.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "layout/page.h"

namespace bp::render::testing {

inline const char* kDejaVu = "/usr/share/fonts/truetype/dejavu/";

inline doc::FontSet dejavu_fonts() {
  doc::FontSet f;
  f.regular = std::string(kDejaVu) + "DejaVuSans.ttf";
  f.bold = std::string(kDejaVu) + "DejaVuSans-Bold.ttf";
  f.italic = std::string(kDejaVu) + "DejaVuSans-Oblique.ttf";
  f.bold_italic = std::string(kDejaVu) + "DejaVuSans-BoldOblique.ttf";
  return f;
}

inline layout::TextItem text(double x, double baseline, std::string s,
                             doc::FontFace face = doc::FontFace::Regular, double size = 11,
                             int struct_id = -1) {
  layout::TextItem t;
  t.x = x;
  t.baseline = baseline;
  t.text = std::move(s);
  t.face = face;
  t.size = size;
  t.struct_id = struct_id;
  return t;
}

// Two pages (A4 portrait, then A4 landscape) with text in all four faces
// (including £ ’ – ↑ ↓ ↔), a filled rectangle, a rule, a URI link, a mailto
// link, an internal link from page 1 to page 2, two-level bookmarks and metadata.
inline layout::LaidOutDocument sample_document() {
  using doc::FontFace;
  layout::LaidOutDocument d;
  d.meta.title = "Better Care Fund – Quarter 3 Return";
  d.meta.author = "Director of Public Health";
  d.meta.subject = "Health and Wellbeing Board, 11 March 2020";
  d.meta.keywords = "BCF; performance";
  d.meta.creation_date = "2020-03-02";
  d.fonts = dejavu_fonts();

  layout::Page p1;
  p1.number = 1;
  layout::RectItem band;
  band.rect = Rect{56.69, 50, 481.89, 28};
  band.has_fill = true;
  band.fill = Color::rgb(0x1f, 0x38, 0x64);
  p1.items.push_back(band);
  layout::TextItem heading = text(62, 70, "1. Introduction", FontFace::Bold, 14, 0);
  heading.color = Color{1, 1, 1};
  p1.items.push_back(heading);
  p1.items.push_back(text(56.69, 110, "Spending rose by £2.5m – the Board’s target.",
                          FontFace::Regular, 11, 1));
  p1.items.push_back(text(56.69, 124, "Trend: ↑ better, ↓ worse, ↔ unchanged.", FontFace::Regular,
                          11, 1));
  layout::LineItem rule;
  rule.x1 = 56.69;
  rule.y1 = 140;
  rule.x2 = 538.58;
  rule.y2 = 140;
  rule.width = 0.75;
  rule.color = Color{0.5, 0.5, 0.5};
  p1.items.push_back(rule);
  p1.items.push_back(text(56.69, 160, "Background papers", FontFace::Italic, 11, 2));
  p1.items.push_back(text(56.69, 174, "www.example.gov.uk/hwb", FontFace::Regular, 11, 2));
  p1.items.push_back(text(56.69, 188, "hwb@example.gov.uk", FontFace::Regular, 11, 2));
  p1.items.push_back(text(56.69, 202, "See the action plan on page 2.", FontFace::Regular, 11, 2));
  p1.links.push_back({Rect{56.69, 164, 130, 13}, "https://www.example.gov.uk/hwb"});
  p1.links.push_back({Rect{56.69, 178, 110, 13}, "mailto:hwb@example.gov.uk"});
  p1.links.push_back({Rect{56.69, 192, 170, 13}, "#page=2"});
  p1.bookmarks.push_back({"1. Introduction", 0, 50});
  p1.bookmarks.push_back({"1.1 Background papers", 1, 148});

  layout::Page p2;
  p2.number = 2;
  p2.width = 841.89;
  p2.height = 595.276;
  layout::TextItem watermark = text(200, 450, "DRAFT", FontFace::Bold, 96);
  watermark.angle = 30;
  watermark.color = Color{0.82, 0.82, 0.82};
  p2.items.push_back(watermark);
  p2.items.push_back(text(56.69, 70, "2. Action plan", FontFace::Bold, 14, 3));
  p2.items.push_back(text(56.69, 100, "Owner: Integrated Care Board", FontFace::BoldItalic, 11, 4));
  p2.bookmarks.push_back({"2. Action plan", 0, 56});
  d.pages.push_back(std::move(p1));
  d.pages.push_back(std::move(p2));
  return d;
}

// A fresh directory under the system temp dir, removed at scope exit.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name) {
    path_ = std::filesystem::temp_directory_path() /
            ("boardpack-render-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

  std::filesystem::path write(const std::string& file, const std::string& bytes) const {
    const std::filesystem::path p = path_ / file;
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p;
  }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs `command` through the shell with stderr folded into stdout.
inline CommandResult run(const std::string& command) {
  CommandResult r;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace bp::render::testing
