// Template checking and ctemplate expansion (contract in template_expander.h).
// The checker is a small scanner over {{...}} tags that knows ctemplate's
// marker kinds; ctemplate then parses again and expands.

#include "compose/template_expander.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace bp::compose {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& file, std::size_t line, std::string message,
                       std::string hint = {}) {
  Diagnostic d;
  d.where.file = file.string();
  d.where.line = line;
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw InputError(std::move(d));
}

bool is_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

bool valid_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_name_char(c)) return false;
  }
  return true;
}

std::string join_names(const std::set<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, 0, "cannot read the template file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path find_template(const std::vector<fs::path>& search_path, const std::string& name,
                       const fs::path& asked_from) {
  for (const fs::path& dir : search_path) {
    fs::path candidate = dir / name;
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate;
  }
  std::string looked;
  for (const fs::path& dir : search_path) {
    if (!looked.empty()) looked += ", ";
    looked += dir.string();
  }
  fail(asked_from.empty() ? (search_path.empty() ? fs::path(name) : search_path.front() / name)
                          : asked_from,
       0, "template \"" + name + "\" not found", "looked in: " + looked);
}

// One checked template file and the includes it names (in order).
struct CheckedFile {
  fs::path path;
  std::vector<std::pair<std::string, fs::path>> includes;  // {{>NAME}} -> file
};

class Checker {
 public:
  Checker(const std::vector<fs::path>& search_path, const Vocabulary& vocabulary,
          ExpandedTemplate& out)
      : search_path_(search_path), vocabulary_(vocabulary), out_(out) {}

  // Checks `path` and, recursively, its includes. Returns its index in files_.
  std::size_t check(const fs::path& path, std::vector<fs::path>& chain) {
    for (const fs::path& p : chain) {
      if (p == path) fail(chain.back(), 0, "template includes itself through " + path.string());
    }
    std::string text = read_text(path);
    if (!is_valid_utf8(text)) fail(path, 0, "the template is not valid UTF-8");
    out_.files.push_back(TemplateFile{path, text});
    const std::size_t index = checked_.size();
    checked_.push_back(CheckedFile{path, {}});
    std::vector<std::pair<std::string, fs::path>> includes = scan(path, text);
    chain.push_back(path);
    for (const auto& [name, file] : includes) check(file, chain);
    chain.pop_back();
    checked_[index].includes = std::move(includes);
    return index;
  }

  const std::vector<CheckedFile>& files() const { return checked_; }

 private:
  std::vector<std::pair<std::string, fs::path>> scan(const fs::path& path, const std::string& text) {
    std::vector<std::pair<std::string, fs::path>> includes;
    std::vector<std::pair<std::string, std::size_t>> open;  // section name, line
    std::size_t line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] == '\n') {
        ++line;
        ++i;
        continue;
      }
      if (text.compare(i, 2, "{{") != 0) {
        ++i;
        continue;
      }
      const std::size_t end = text.find("}}", i + 2);
      if (end == std::string::npos) fail(path, line, "\"{{\" is never closed with \"}}\"");
      const std::string tag = text.substr(i + 2, end - i - 2);
      const std::size_t tag_line = line;
      for (char c : tag) {
        if (c == '\n') ++line;
      }
      i = end + 2;
      if (tag.empty()) fail(path, tag_line, "empty tag {{}}");
      const char kind = tag[0];
      const std::string name = (kind == '#' || kind == '/' || kind == '>' || kind == '!' ||
                                kind == '%' || kind == '^' || kind == '=')
                                   ? tag.substr(1)
                                   : tag.substr(0, tag.find(':'));
      switch (kind) {
        case '!': break;
        case '%':
          fail(path, tag_line, "{{%" + tag.substr(1) + "}} is not supported in page scripts",
               "remove it: compose escapes report values itself");
        case '=':
          fail(path, tag_line, "changing the {{ }} delimiters is not supported");
        case '^':
          fail(path, tag_line, "inverted section {{^" + name + "}} is not supported by ctemplate",
               "use the NO_" + name + " section instead, if there is one");
        case '#': {
          if (!section_known(name)) {
            fail(path, tag_line, "unknown section {{#" + name + "}}", known_sections());
          }
          open.emplace_back(name, tag_line);
          break;
        }
        case '/': {
          if (open.empty()) {
            fail(path, tag_line, "{{/" + name + "}} closes a section that was never opened");
          }
          if (open.back().first != name) {
            fail(path, tag_line,
                 "{{/" + name + "}} closes the wrong section: {{#" + open.back().first +
                     "}} (line " + std::to_string(open.back().second) + ") is still open");
          }
          open.pop_back();
          break;
        }
        case '>': {
          if (!valid_name(name)) fail(path, tag_line, "bad include name {{>" + name + "}}");
          if (!open.empty()) {
            fail(path, tag_line, "{{>" + name + "}} is inside section {{#" + open.back().first +
                                     "}}: includes must be outside sections",
                 "move the section into the included file");
          }
          bool seen = false;
          for (const auto& inc : includes) seen = seen || inc.first == name;
          if (!seen) {
            includes.emplace_back(name,
                                  find_template(search_path_, include_file_name(name), path));
          }
          break;
        }
        default: {
          if (!valid_name(name)) fail(path, tag_line, "bad variable name {{" + tag + "}}");
          if (!variable_known(name, open)) {
            std::string hint = "known everywhere: " + join_names(vocabulary_.variables);
            for (const auto& [section, vars] : vocabulary_.sections) {
              if (vars.count(name) != 0) {
                hint = name + " is only valid inside {{#" + section + "}}";
              }
            }
            fail(path, tag_line, "unknown variable {{" + name + "}}", hint);
          }
          break;
        }
      }
    }
    if (!open.empty()) {
      fail(path, open.back().second, "section {{#" + open.back().first + "}} is never closed",
           "add {{/" + open.back().first + "}}");
    }
    return includes;
  }

  bool section_known(const std::string& name) const {
    if (vocabulary_.sections.count(name) != 0) return true;
    const std::string suffix = "_separator";
    if (name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return vocabulary_.sections.count(name.substr(0, name.size() - suffix.size())) != 0;
    }
    return false;
  }

  bool variable_known(const std::string& name,
                      const std::vector<std::pair<std::string, std::size_t>>& open) const {
    if (vocabulary_.variables.count(name) != 0) return true;
    if (name == "BI_SPACE" || name == "BI_NEWLINE") return true;
    for (const auto& [section, line] : open) {
      (void)line;
      auto it = vocabulary_.sections.find(section);
      if (it != vocabulary_.sections.end() && it->second.count(name) != 0) return true;
    }
    return false;
  }

  std::string known_sections() const {
    std::string out = "known sections: ";
    bool first = true;
    for (const auto& [name, vars] : vocabulary_.sections) {
      (void)vars;
      if (!first) out += ", ";
      out += name;
      first = false;
    }
    return out;
  }

  const std::vector<fs::path>& search_path_;
  const Vocabulary& vocabulary_;
  ExpandedTemplate& out_;
  std::vector<CheckedFile> checked_;
};

void fill(ctemplate::TemplateDictionary& dict, const TemplateData& data) {
  for (const auto& [name, value] : data.values) dict.SetValue(name, value);
  for (const auto& [name, entries] : data.sections) {
    for (const TemplateData& entry : entries) {
      fill(*dict.AddSectionDictionary(name), entry);
    }
  }
}

void fill_includes(ctemplate::TemplateDictionary& dict, const std::vector<CheckedFile>& files,
                   std::size_t index, const TemplateData& data) {
  for (const auto& [name, path] : files[index].includes) {
    ctemplate::TemplateDictionary* inc = dict.AddIncludeDictionary(name);
    inc->SetFilename(path.string());
    fill(*inc, data);
    for (std::size_t j = 0; j < files.size(); ++j) {
      if (files[j].path == path) {
        fill_includes(*inc, files, j, data);
        break;
      }
    }
  }
}

std::string_view strip_leading_tags(std::string_view line) {
  for (;;) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.size() >= 3 && line.substr(0, 2) == "{{" &&
        (line[2] == '#' || line[2] == '/' || line[2] == '!')) {
      const auto end = line.find("}}");
      if (end == std::string_view::npos) return line;
      line.remove_prefix(end + 2);
      continue;
    }
    return line;
  }
}

}  // namespace

std::string include_file_name(std::string_view include_name) {
  std::string out;
  for (char c : include_name) {
    if (c == '_') {
      out += '-';
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  return out + ".tpl";
}

ExpandedTemplate expand_template(const std::vector<fs::path>& search_path, const std::string& name,
                                 const TemplateData& data, const Vocabulary& vocabulary) {
  ExpandedTemplate result;
  const fs::path main = find_template(search_path, name, {});
  Checker checker(search_path, vocabulary, result);
  std::vector<fs::path> chain;
  checker.check(main, chain);

  ctemplate::TemplateCache cache;
  if (!search_path.empty()) cache.SetTemplateRootDirectory(search_path.front().string());
  for (std::size_t i = 1; i < search_path.size(); ++i) {
    cache.AddAlternateTemplateRootDirectory(search_path[i].string());
  }
  for (const CheckedFile& file : checker.files()) {
    if (!cache.LoadTemplate(file.path.string(), ctemplate::STRIP_BLANK_LINES)) {
      fail(file.path, 0, "ctemplate could not parse this template",
           "ctemplate printed the reason on standard error");
    }
  }

  ctemplate::TemplateDictionary dict("page-script");
  fill(dict, data);
  fill_includes(dict, checker.files(), 0, data);
  if (!cache.ExpandWithData(main.string(), ctemplate::STRIP_BLANK_LINES, &dict, nullptr,
                            &result.text)) {
    fail(main, 0, "ctemplate could not expand this template",
         "ctemplate printed the reason on standard error");
  }
  return result;
}

SourceLocation locate_in_templates(const ExpandedTemplate& expanded, std::string_view prefix) {
  for (const TemplateFile& file : expanded.files) {
    std::size_t line_no = 0;
    std::size_t start = 0;
    while (start <= file.text.size()) {
      ++line_no;
      std::size_t end = file.text.find('\n', start);
      if (end == std::string::npos) end = file.text.size();
      const std::string_view line =
          strip_leading_tags(std::string_view(file.text).substr(start, end - start));
      if (line.substr(0, prefix.size()) == prefix) {
        const bool boundary = line.size() == prefix.size() || line[prefix.size()] == ' ' ||
                              line[prefix.size()] == '\t' || line[prefix.size()] == '{' ||
                              line[prefix.size()] == '\r';
        if (boundary) return SourceLocation{file.path.string(), line_no, 0};
      }
      start = end + 1;
    }
  }
  SourceLocation where;
  if (!expanded.files.empty()) where.file = expanded.files.front().path.string();
  return where;
}

}  // namespace bp::compose
