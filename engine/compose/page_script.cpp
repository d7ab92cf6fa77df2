// Page-script lexing and escaping (contract in page_script.h).

#include "compose/page_script.h"

namespace bp::compose {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string script_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  bool pending_space = false;
  for (char c : value) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ' || c == '\f' || c == '\v') {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    if (c == '\\' || c == '|' || c == '{') out += '\\';
    out += c;
  }
  return out;
}

std::vector<ScriptLine> split_script(std::string_view script) {
  std::vector<ScriptLine> lines;
  std::size_t number = 0;
  std::size_t start = 0;
  while (start < script.size()) {
    ++number;
    std::size_t end = script.find('\n', start);
    if (end == std::string_view::npos) end = script.size();
    const std::string_view line = trim(script.substr(start, end - start));
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    ScriptLine l;
    l.number = number;
    l.text = std::string(line);
    const auto space = line.find_first_of(" \t");
    l.directive = std::string(line.substr(0, space));
    if (space != std::string_view::npos) l.rest = std::string(trim(line.substr(space)));
    lines.push_back(std::move(l));
  }
  return lines;
}

std::vector<std::string> split_fields(std::string_view raw) {
  std::vector<std::string> fields(1);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\' && i + 1 < raw.size()) {
      fields.back() += c;
      fields.back() += raw[++i];
    } else if (c == '|') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  for (auto& f : fields) f = std::string(trim(f));
  return fields;
}

std::optional<std::string> decode_text(std::string_view raw,
                                       const std::map<std::string, std::string>& labels,
                                       std::string& unknown_label) {
  static constexpr std::string_view kLabel = "{label:";
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\' && i + 1 < raw.size()) {
      out += raw[++i];
    } else if (c == '{' && raw.substr(i, kLabel.size()) == kLabel) {
      const auto close = raw.find('}', i);
      if (close == std::string_view::npos) {
        out += c;
        continue;
      }
      const std::string name(raw.substr(i + kLabel.size(), close - i - kLabel.size()));
      auto it = labels.find(name);
      if (it == labels.end()) {
        unknown_label = name;
        return std::nullopt;
      }
      out += it->second;
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace bp::compose
