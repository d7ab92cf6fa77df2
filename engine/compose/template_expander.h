#pragma once
// ctemplate, behind a small interface. The only file that includes ctemplate.
//
// A template is checked before it is expanded, so that mistakes come back as
// InputError with file:line (ctemplate itself only prints to stderr without a
// line): every {{VARIABLE}}, {{#SECTION}} and {{>INCLUDE}} must be in the
// Vocabulary; sections must balance; inverted sections ({{^X}}), delimiter
// changes and AUTOESCAPE are refused (values are escaped by compose, not by
// ctemplate). Includes are named after their file: {{>FRONT_SHEET}} is
// front-sheet.tpl, looked up along the search path (the style folder first,
// then layouts/common); includes may not sit inside a section. Each include
// sees the same data as the main template.
//
// Every call uses its own ctemplate::TemplateCache, so calls on different
// threads and styles with the same file names never share state.

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace bp::compose {

// The data a template expands with: values, and sections shown once per entry
// (a section with no entries is hidden). Section dictionaries see their
// parents' values, as in ctemplate.
struct TemplateData {
  std::map<std::string, std::string> values;
  std::map<std::string, std::vector<TemplateData>> sections;

  void show(const std::string& section) { sections[section].emplace_back(); }
  TemplateData& add(const std::string& section) { return sections[section].emplace_back(); }
};

// The names a template may use. `sections` maps each section to the variables
// valid only inside it; `variables` are valid anywhere.
struct Vocabulary {
  std::set<std::string> variables;
  std::map<std::string, std::set<std::string>> sections;
};

struct TemplateFile {
  std::filesystem::path path;
  std::string text;
};

struct ExpandedTemplate {
  std::string text;                 // the expanded script
  std::vector<TemplateFile> files;  // main template first, then includes in order of use
};

// Finds, checks and expands `name` (e.g. "report.tpl") along `search_path`.
// Throws InputError naming the template file (and line) on any problem.
ExpandedTemplate expand_template(const std::vector<std::filesystem::path>& search_path,
                                 const std::string& name, const TemplateData& data,
                                 const Vocabulary& vocabulary);

// The first line of the template files that begins (after indentation and
// leading {{#SECTION}} / {{/SECTION}} / {{!comment}} tags) with `prefix`
// followed by a space, '{' or the end of the line. When no line matches,
// returns the main template with line 0.
SourceLocation locate_in_templates(const ExpandedTemplate& expanded, std::string_view prefix);

// "FRONT_SHEET" -> "front-sheet.tpl".
std::string include_file_name(std::string_view include_name);

}  // namespace bp::compose
