// Line breaking (see line_breaker.h for the contract).
//
// Analysis turns the runs into atoms: maximal pieces of one run between break
// opportunities, each measured once. Breaking walks words (atoms up to a
// Normal/Forced break) greedily; a word that does not fit is split at soft
// breaks when allowed, else moved to the next line, else (alone on a line)
// split between characters. The walk keeps a cursor inside a partly placed
// atom, so atoms are never copied or re-measured.

#include "layout/line_breaker.h"

#include <algorithm>
#include <string_view>

#include "core/utf8.h"

namespace bp::layout {
namespace {

constexpr double kEps = 1e-6;

bool is_space(unsigned char b) { return b == ' ' || b == '\t'; }
bool is_letter(char32_t cp) { return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp >= 0x80; }

char32_t decode(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return next_code_point(s, i);
}

// Builds one line: visible pieces plus the spaces pending after the last one
// (drawn only if more text follows on the line).
class LineBuilder {
 public:
  bool empty() const { return spans_.empty(); }
  double cursor() const { return cursor_; }
  double cursor_with_pending() const { return cursor_ + (has_pending_ ? pending_.width : 0); }

  void add(std::uint32_t run, std::uint32_t b, std::uint32_t e, double w) {
    if (b == e) return;
    flush_pending();
    append(run, b, e, w);
  }
  void set_pending(std::uint32_t run, std::uint32_t b, std::uint32_t e, double w) {
    if (b == e || spans_.empty()) return;  // leading spaces are dropped
    flush_pending();
    pending_ = LineSpan{run, b, e, 0, w};
    has_pending_ = true;
  }
  // Moves the spans out as a Line whose text starts at x0 (frame-relative).
  Line take(double x0) {
    Line line;
    for (auto& s : spans_) s.x += x0;
    line.x = x0;
    line.width = cursor_;
    line.spans.swap(spans_);
    spans_.clear();
    cursor_ = 0;
    has_pending_ = false;
    return line;
  }

 private:
  void flush_pending() {
    if (!has_pending_) return;
    has_pending_ = false;
    append(pending_.run, pending_.begin, pending_.end, pending_.width);
  }
  void append(std::uint32_t run, std::uint32_t b, std::uint32_t e, double w) {
    if (!spans_.empty() && spans_.back().run == run && spans_.back().end == b) {
      spans_.back().end = e;
      spans_.back().width += w;
    } else {
      spans_.push_back(LineSpan{run, b, e, cursor_, w});
    }
    cursor_ += w;
  }

  std::vector<LineSpan> spans_;
  double cursor_ = 0;
  LineSpan pending_;
  bool has_pending_ = false;
};

}  // namespace

ShapedParagraph::ShapedParagraph(const doc::Paragraph& paragraph, const FontMetrics& metrics)
    : para_(&paragraph), metrics_(&metrics) {
  const double size = para_->style.size;
  if (!para_->label.empty()) {
    label_width_ = metrics_->text_width(para_->label_face, para_->label, size);
    label_space_ = metrics_->advance(para_->label_face, U' ') * size;
  }
  analyze();
}

double ShapedParagraph::char_width(std::uint32_t run, char32_t cp) const {
  return metrics_->advance(para_->runs[run].face, cp) * para_->style.size;
}

double ShapedParagraph::text_x() const { return para_->style.left_indent + para_->label_width; }

double ShapedParagraph::first_text_x() const {
  if (!para_->label.empty() && label_width_ > para_->label_width + kEps) {
    return para_->style.left_indent + label_width_ + label_space_;
  }
  return text_x();
}

void ShapedParagraph::analyze() {
  const auto& runs = para_->runs;
  const double size = para_->style.size;
  // About one atom (word) per 6 bytes of text: one allocation instead of a
  // vector growing word by word.
  std::size_t bytes = 0;
  for (const doc::TextRun& r : runs) bytes += r.text.size();
  atoms_.reserve(bytes / 6 + runs.size());
  // First byte after position q of run r, looking into later runs; 0 at the end.
  const auto byte_after = [&](std::size_t r, std::size_t q) -> unsigned char {
    if (q < runs[r].text.size()) return static_cast<unsigned char>(runs[r].text[q]);
    for (std::size_t k = r + 1; k < runs.size(); ++k) {
      if (!runs[k].text.empty()) return static_cast<unsigned char>(runs[k].text[0]);
    }
    return 0;
  };

  for (std::size_t r = 0; r < runs.size(); ++r) {
    const std::string_view t = runs[r].text;
    const doc::FontFace face = runs[r].face;
    const double space_w = metrics_->advance(face, U' ') * size;
    const auto run = static_cast<std::uint32_t>(r);
    Atom cur;
    cur.run = run;
    bool in_space = false;
    char32_t prev = 0;  // previous visible code point of this atom's word, 0 at a word start
    const auto push = [&](std::uint32_t vis_end, std::uint32_t sp_end, BreakKind k, std::uint32_t next) {
      cur.end = vis_end;
      cur.space_end = sp_end;
      cur.brk = k;
      atoms_.push_back(cur);
      cur = Atom{};
      cur.run = run;
      cur.begin = next;
      in_space = false;
    };
    std::size_t i = 0;
    while (i < t.size()) {
      const auto p = static_cast<std::uint32_t>(i);
      const char32_t cp = decode(t, i);
      const auto q = static_cast<std::uint32_t>(i);
      if (cp == U'\n') {
        push(in_space ? cur.end : p, p, BreakKind::Forced, q);
        prev = 0;
        continue;
      }
      if (cp == U' ' || cp == U'\t') {
        if (!in_space) {
          in_space = true;
          cur.end = p;
        }
        cur.space_width += space_w;
        continue;
      }
      if (in_space) {
        push(cur.end, p, BreakKind::Normal, p);
        prev = 0;
      }
      cur.width += metrics_->advance(face, cp) * size;
      const unsigned char next = byte_after(r, q);
      const bool next_visible = next != 0 && next != '\n' && !is_space(next);
      BreakKind k = BreakKind::None;
      if (next_visible && prev != 0) {
        if (cp == U'-' && is_letter(prev)) k = BreakKind::Normal;
        else if (cp == 0x2010 || cp == 0x2013 || cp == 0x2014 || cp == 0x200B) k = BreakKind::Normal;
        else if ((cp == U'/' && next != '/') || cp == U'?' || cp == U'&' || cp == U'=') k = BreakKind::Soft;
      }
      prev = cp;
      if (k != BreakKind::None) {
        push(q, q, k, q);
        prev = 0;
      }
    }
    const auto size_t_end = static_cast<std::uint32_t>(t.size());
    if (cur.begin < size_t_end) {
      push(in_space ? cur.end : size_t_end, size_t_end, in_space ? BreakKind::Normal : BreakKind::None,
           size_t_end);
    }
  }

  // Mark URL-like tokens (space-delimited, so a hyphen inside a URL does not
  // end it): their soft breaks are always usable.
  const auto token_end = [&](const Atom& a) { return a.space_end > a.end || a.brk == BreakKind::Forced; };
  std::size_t w0 = 0;
  while (w0 < atoms_.size()) {
    std::size_t w1 = w0;
    while (w1 + 1 < atoms_.size() && !token_end(atoms_[w1])) ++w1;
    bool url = false;
    for (std::size_t k = w0; k <= w1 && !url; ++k) {
      const Atom& a = atoms_[k];
      const std::string_view text = std::string_view(runs[a.run].text).substr(a.begin, a.end - a.begin);
      url = !runs[a.run].link.empty() || text.find("://") != std::string_view::npos ||
            (k == w0 && text.substr(0, 4) == "www.");
    }
    for (std::size_t k = w0; k <= w1; ++k) atoms_[k].urlish = url;
    w0 = w1 + 1;
  }
}

ContentWidths ShapedParagraph::content_widths() const {
  double min_word = 0, max_line = 0;
  double word = 0, segment = 0, line = 0;
  for (std::size_t k = 0; k < atoms_.size(); ++k) {
    const Atom& a = atoms_[k];
    word += a.width;
    segment += a.width;
    line += a.width;
    const bool word_end = a.brk == BreakKind::Normal || a.brk == BreakKind::Forced || k + 1 == atoms_.size();
    if (a.brk == BreakKind::Soft && a.urlish) {
      min_word = std::max(min_word, segment);
      segment = 0;
    }
    if (word_end) {
      min_word = std::max(min_word, a.urlish ? segment : word);
      word = segment = 0;
    }
    max_line = std::max(max_line, line);
    if (a.brk == BreakKind::Forced) line = 0;
    else line += a.space_width;
  }
  const double indent = std::max(first_text_x(), text_x());
  return ContentWidths{indent + min_word, indent + max_line};
}

std::vector<Line> ShapedParagraph::break_lines(double frame_width) const {
  std::vector<Line> lines;
  const auto& runs = para_->runs;
  const double x_first = first_text_x(), x_rest = text_x();
  const doc::Align align = para_->style.align;
  LineBuilder lb;

  const auto avail = [&] { return std::max(0.0, frame_width - (lines.empty() ? x_first : x_rest)); };
  const auto finish = [&] {
    const double room = avail();
    double shift = 0;
    if (align == doc::Align::Right) shift = std::max(0.0, room - lb.cursor());
    else if (align == doc::Align::Center) shift = std::max(0.0, (room - lb.cursor()) / 2);
    const double x0 = (lines.empty() ? x_first : x_rest) + shift;
    lines.push_back(lb.take(x0));
  };

  const std::size_t n = atoms_.size();
  std::size_t i = 0;
  std::uint32_t off = n ? atoms_[0].begin : 0;  // first unplaced byte of atom i
  double used = 0;                              // width of atom i before `off`
  const auto go_to = [&](std::size_t k) {
    i = k;
    off = k < n ? atoms_[k].begin : 0;
    used = 0;
  };
  const auto add_whole = [&](std::size_t from, std::size_t to) {  // atoms [from, to], first from `off`
    for (std::size_t k = from; k <= to; ++k) {
      const Atom& a = atoms_[k];
      if (k == from) lb.add(a.run, off, a.end, a.width - used);
      else lb.add(a.run, a.begin, a.end, a.width);
      lb.set_pending(a.run, a.end, a.space_end, a.space_width);
    }
  };

  while (i < n) {
    std::size_t j = i;
    while (j + 1 < n && (atoms_[j].brk == BreakKind::None || atoms_[j].brk == BreakKind::Soft)) ++j;
    double word_w = atoms_[i].width - used;
    bool has_bytes = off < atoms_[i].end;
    for (std::size_t k = i + 1; k <= j; ++k) {
      word_w += atoms_[k].width;
      has_bytes = has_bytes || atoms_[k].begin < atoms_[k].end;
    }
    const bool forced = atoms_[j].brk == BreakKind::Forced;

    if (!has_bytes) {  // spaces only: pending space, or nothing at a line start
      if (!lb.empty()) add_whole(i, j);
      if (forced) finish();
      go_to(j + 1);
      continue;
    }
    const double line_avail = avail();
    const double room = line_avail - (lb.empty() ? 0 : lb.cursor_with_pending());
    if (word_w <= room + kEps) {
      add_whole(i, j);
      if (forced) finish();
      go_to(j + 1);
      continue;
    }
    if (atoms_[i].urlish || word_w > line_avail + kEps) {
      // Longest prefix ending at a soft break that fits in the room left.
      double acc = 0;
      std::size_t best = n;
      for (std::size_t k = i; k < j; ++k) {
        acc += (k == i) ? atoms_[k].width - used : atoms_[k].width;
        if (acc > room + kEps) break;
        if (atoms_[k].brk == BreakKind::Soft) best = k;
      }
      if (best != n) {
        add_whole(i, best);
        finish();
        go_to(best + 1);
        continue;
      }
    }
    if (!lb.empty()) {
      finish();
      continue;
    }
    // Alone on an empty line and too wide: fill the line character by character.
    double acc = 0;
    bool done_word = true;
    for (std::size_t k = i; k <= j; ++k) {
      const Atom& a = atoms_[k];
      const std::uint32_t from = (k == i) ? off : a.begin;
      const double rest = (k == i) ? a.width - used : a.width;
      if (acc + rest <= line_avail + kEps) {
        lb.add(a.run, from, a.end, rest);
        acc += rest;
        continue;
      }
      const std::string_view t = runs[a.run].text;
      std::size_t p = from;
      double w = 0;
      while (p < a.end) {
        std::size_t q = p;
        const double cw = char_width(a.run, decode(t, q));
        if (acc + w + cw > line_avail + kEps && acc + w > 0) break;
        w += cw;
        p = q;
      }
      lb.add(a.run, from, static_cast<std::uint32_t>(p), w);
      if (p >= a.end) {  // rounding let the whole atom in after all
        acc += w;
        continue;
      }
      used = (k == i ? used : 0) + w;
      i = k;
      off = static_cast<std::uint32_t>(p);
      done_word = false;
      break;
    }
    finish();
    if (done_word) go_to(j + 1);
  }
  if (!lb.empty() || lines.empty()) finish();
  return lines;
}

}  // namespace bp::layout
