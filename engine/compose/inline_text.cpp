// Rich text -> runs, with auto-links (contract in inline_text.h). An address
// is a whitespace-delimited word starting http:// or https://, or shaped
// like local@domain.tld; leading brackets/quotes and trailing sentence
// punctuation (and an unbalanced closing bracket) stay outside the link.

#include "compose/inline_text.h"

#include <algorithm>
#include <string>

#include "compose/style_values.h"

namespace bp::compose {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_email_local(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '%' || c == '+' || c == '-';
}

bool is_domain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-';
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Trailing characters that end a sentence rather than an address.
std::string_view trim_trailing_punctuation(std::string_view word) {
  while (!word.empty()) {
    const char c = word.back();
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == '"') {
      word.remove_suffix(1);
    } else if (c == ')' && std::count(word.begin(), word.end(), ')') >
                               std::count(word.begin(), word.end(), '(')) {
      word.remove_suffix(1);  // closes a bracket opened before the address
    } else {
      break;
    }
  }
  return word;
}

bool is_email(std::string_view w) {
  const auto at = w.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= w.size()) return false;
  if (w.find('@', at + 1) != std::string_view::npos) return false;
  for (std::size_t i = 0; i < at; ++i) {
    if (!is_email_local(w[i])) return false;
  }
  const std::string_view domain = w.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.' || domain.front() == '-') {
    return false;
  }
  for (char c : domain) {
    if (!is_domain_char(c)) return false;
  }
  return domain.find("..") == std::string_view::npos;
}

// If `word` (a run of non-space characters) holds an address, returns the
// [begin, end) of the address inside it and its link target.
bool find_address(std::string_view word, std::size_t& begin, std::size_t& end, std::string& uri) {
  std::size_t b = 0;
  while (b < word.size() && (word[b] == '(' || word[b] == '<' || word[b] == '"' || word[b] == '\'')) {
    ++b;
  }
  std::string_view rest = word.substr(b);
  if (starts_with(rest, "https://") || starts_with(rest, "http://")) {
    std::string_view addr = trim_trailing_punctuation(rest);
    if (!addr.empty() && addr.back() == '>') addr.remove_suffix(1);
    if (addr.size() <= (starts_with(addr, "https://") ? 8u : 7u)) return false;
    begin = b;
    end = b + addr.size();
    uri = std::string(addr);
    return true;
  }
  std::string_view addr = trim_trailing_punctuation(rest);
  if (!addr.empty() && addr.back() == '>') addr.remove_suffix(1);
  if (starts_with(addr, "mailto:") && is_email(addr.substr(7))) {
    begin = b;
    end = b + addr.size();
    uri = std::string(addr);
    return true;
  }
  if (is_email(addr)) {
    begin = b;
    end = b + addr.size();
    uri = "mailto:" + std::string(addr);
    return true;
  }
  return false;
}

void append_plain(std::vector<doc::TextRun>& runs, std::string_view text, doc::FontFace face,
                  const InlineColours& colours) {
  std::string pending;
  auto flush = [&] {
    if (pending.empty()) return;
    append_run(runs, doc::TextRun{pending, face, colours.text, {}});
    pending.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      pending += text[i++];
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    const std::string_view word = text.substr(i, j - i);
    std::size_t b = 0, e = 0;
    std::string uri;
    if (find_address(word, b, e, uri)) {
      pending += word.substr(0, b);
      flush();
      append_run(runs, doc::TextRun{std::string(word.substr(b, e - b)), face, colours.link, uri});
      pending += word.substr(e);
    } else {
      pending += word;
    }
    i = j;
  }
  flush();
}

}  // namespace

void append_run(std::vector<doc::TextRun>& runs, doc::TextRun run) {
  if (run.text.empty()) return;
  if (!runs.empty()) {
    doc::TextRun& last = runs.back();
    if (last.face == run.face && last.color == run.color && last.link == run.link) {
      last.text += run.text;
      return;
    }
  }
  runs.push_back(std::move(run));
}

std::vector<doc::TextRun> compose_plain(std::string_view text, doc::FontFace face,
                                        const InlineColours& colours) {
  std::vector<doc::TextRun> runs;
  append_plain(runs, text, face, colours);
  return runs;
}

std::vector<doc::TextRun> compose_inline(const model::RichText& text, const InlineColours& colours,
                                         bool bold) {
  std::vector<doc::TextRun> runs;
  for (const model::Span& span : text) {
    doc::FontFace face = span.italic ? doc::FontFace::Italic : doc::FontFace::Regular;
    if (span.bold || bold) face = bolder(face);
    if (!span.href.empty()) {
      append_run(runs, doc::TextRun{span.text, face, colours.link, span.href});
    } else {
      append_plain(runs, span.text, face, colours);
    }
  }
  return runs;
}

std::string runs_text(const std::vector<doc::TextRun>& runs) {
  std::string out;
  for (const auto& r : runs) out += r.text;
  return out;
}

}  // namespace bp::compose
