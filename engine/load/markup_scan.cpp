// Raw-byte checks and the open-element scan (see markup_scan.h).

#include "load/markup_scan.h"

#include <cstdio>

#include "core/utf8.h"
#include "load/entities.h"

namespace bp::load::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_allowed_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(b));
  return buf;
}

// One pass over the markup. Problems are collected only when `collect` is set.
class Scanner {
 public:
  Scanner(std::string_view text, bool collect) : t_(text), collect_(collect) {}

  void run(std::size_t stop) {
    stop = stop < t_.size() ? stop : t_.size();
    if (i_ == 0 && starts_with("\xEF\xBB\xBF")) i_ = 3;  // byte order mark
    while (i_ < stop) {
      if (t_[i_] == '<') {
        markup();
      } else {
        text_char();
      }
    }
  }

  std::vector<ScanProblem> problems;
  std::vector<OpenTag> open;

 private:
  bool starts_with(std::string_view s) const { return t_.substr(i_, s.size()) == s; }

  void skip_past(std::string_view end) {
    const std::size_t p = t_.find(end, i_);
    i_ = p == std::string_view::npos ? t_.size() : p + end.size();
  }

  std::string read_name() {
    const std::size_t from = i_;
    while (i_ < t_.size() && !is_space(t_[i_]) && t_[i_] != '/' && t_[i_] != '>' && t_[i_] != '<')
      ++i_;
    return std::string(t_.substr(from, i_ - from));
  }

  void markup() {
    const std::size_t lt = i_;
    if (starts_with("<!--")) return comment();
    if (starts_with("<![CDATA[")) return skip_past("]]>");
    if (starts_with("<?")) return skip_past("?>");
    if (starts_with("<!")) return skip_declaration();
    if (starts_with("</")) {
      i_ += 2;
      read_name();
      skip_past(">");
      if (!open.empty()) open.pop_back();
      return;
    }
    ++i_;
    std::string name = read_name();
    // Attributes: scan to '>' honouring quotes; check references inside values.
    bool self_closing = false;
    while (i_ < t_.size() && t_[i_] != '>' && t_[i_] != '<') {
      const char c = t_[i_];
      if (c == '"' || c == '\'') {
        ++i_;
        while (i_ < t_.size() && t_[i_] != c) {
          if (t_[i_] == '&') reference(); else ++i_;
        }
        if (i_ < t_.size()) ++i_;
        continue;
      }
      self_closing = c == '/';
      ++i_;
    }
    if (i_ < t_.size() && t_[i_] == '>') ++i_;
    if (!self_closing) open.push_back(OpenTag{std::move(name), lt});
    seen_root_ = true;
  }

  // At "<!--": XML 1.0 forbids "--" inside a comment, and so a '-' just
  // before the closing "-->"; pugixml accepts both.
  void comment() {
    const std::size_t body = i_ + 4;
    const std::size_t close = t_.find("-->", body);
    const std::size_t end = close == std::string_view::npos ? t_.size() : close + 1;
    // The body and the first '-' of "-->": a "--" found there is in the body
    // or is a body ending in '-'.
    const std::size_t dashes = t_.substr(body, end - body).find("--");
    if (collect_ && dashes != std::string_view::npos)
      problems.push_back({body + dashes, "'--' is not allowed inside a comment",
                          "XML comments may not contain two dashes in a row (nor end with '-'): "
                          "write a single '-' or an en dash"});
    i_ = close == std::string_view::npos ? t_.size() : close + 3;
  }

  // <!DOCTYPE ...> with an optional [internal subset]; also any other <!...>.
  void skip_declaration() {
    int depth = 0;
    char quote = 0;
    for (++i_; i_ < t_.size(); ++i_) {
      const char c = t_[i_];
      if (quote) { if (c == quote) quote = 0; continue; }
      if (c == '"' || c == '\'') quote = c;
      else if (c == '[') ++depth;
      else if (c == ']') --depth;
      else if (c == '>' && depth <= 0) { ++i_; return; }
    }
  }

  void text_char() {
    const char c = t_[i_];
    if (c == '&') return reference();
    if (open.empty() && !is_space(c)) {
      if (!outside_reported_ && collect_) {
        problems.push_back({i_, seen_root_ ? "text after the end of the root element"
                                           : "text before the root element",
                            "everything must be inside the one root element"});
      }
      outside_reported_ = true;
    } else if (!open.empty()) {
      outside_reported_ = false;
    }
    ++i_;
  }

  // At '&': checks the reference and moves past it.
  void reference() {
    const std::size_t amp = i_;
    std::size_t j = i_ + 1;
    while (j < t_.size() && j - amp <= 40 && t_[j] != ';' && !is_space(t_[j]) && t_[j] != '<' &&
           t_[j] != '&' && t_[j] != '"' && t_[j] != '\'')
      ++j;
    if (j >= t_.size() || t_[j] != ';' || j == amp + 1) {
      if (collect_)
        problems.push_back({amp, "a bare '&' must be written &amp;",
                            "XML reads '&' as the start of a reference such as &amp;"});
      i_ = amp + 1;
      return;
    }
    const std::string_view name = t_.substr(amp + 1, j - amp - 1);
    i_ = j + 1;
    if (!collect_) return;
    if (name[0] == '#') {
      numeric_reference(amp, name.substr(1));
    } else if (!is_xml_entity(name)) {
      EntityAdvice a = advise_unknown_entity(name);
      problems.push_back({amp, std::move(a.message), std::move(a.hint)});
    }
  }

  void numeric_reference(std::size_t amp, std::string_view digits) {
    const std::optional<unsigned long> value = character_reference_value(digits);
    const std::string ref = "&#" + std::string(digits) + ";";
    if (!value)
      problems.push_back({amp, "malformed character reference " + ref,
                          "write &#163; (decimal) or &#xA3; (hexadecimal)"});
    else if (*value > 0x10FFFF || !is_allowed_char(static_cast<char32_t>(*value)))
      problems.push_back({amp, "character reference " + ref + " names a character XML forbids", ""});
  }

  std::string_view t_;
  bool collect_;
  std::size_t i_ = 0;
  bool seen_root_ = false;
  bool outside_reported_ = false;
};

}  // namespace

std::optional<unsigned long> character_reference_value(std::string_view digits) {
  const bool hex = !digits.empty() && digits[0] == 'x';
  if (hex) digits.remove_prefix(1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  unsigned long value = 0;
  for (const char d : digits) {
    int v = -1;
    if (d >= '0' && d <= '9') v = d - '0';
    else if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
    else if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
    if (v < 0) return std::nullopt;
    value = value * (hex ? 16u : 10u) + static_cast<unsigned long>(v);
  }
  return value;
}

std::vector<ScanProblem> check_characters(std::string_view text, std::size_t limit) {
  std::vector<ScanProblem> out;
  std::size_t i = 0;
  while (i < text.size() && out.size() < limit) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 ? byte < 0x80 : (byte == 0x9 || byte == 0xA || byte == 0xD)) {
      ++i;  // allowed ASCII: most of any file
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (cp == kReplacementChar && i - start != 3) {
      out.push_back({start, "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(text[start])) +
                                "): the file must be saved as UTF-8",
                     "text from older Word or Excel exports is often windows-1252, where '£' is the "
                     "byte 0xA3"});
    } else if (!is_allowed_char(cp)) {
      out.push_back({start, "character " + code_point_name(cp) + " is not allowed in XML",
                     cp == 0 ? "a file full of these is probably UTF-16: save it as UTF-8" : ""});
    }
  }
  return out;
}

std::vector<ScanProblem> check_markup(std::string_view text) {
  Scanner s(text, true);
  s.run(text.size());
  return std::move(s.problems);
}

std::vector<OpenTag> open_tags_before(std::string_view text, std::size_t stop) {
  Scanner s(text, false);
  s.run(stop);
  return std::move(s.open);
}

}  // namespace bp::load::detail
