// Size and nesting limits (see limits.h).

#include "load/limits.h"

#include <cstring>
#include <string_view>

#include "load/xml_source.h"

namespace bp::load::detail {
namespace {

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

bool is_text(pugi::xml_node n) {
  return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
}

class LimitChecker {
 public:
  LimitChecker(const XmlSource& src, DiagnosticSink& sink) : src_(src), sink_(sink) {}

  // False when the walk must stop (too deep, too many elements).
  bool visit(pugi::xml_node n, std::size_t depth) {
    if (is_text(n)) {
      const std::size_t size = std::strlen(n.value());
      if (size > kMaxTextBytes)
        error(src_.at(n),
              "text of " + std::to_string(size) + " bytes in " + tag(n.parent().name()) +
                  ": the limit is " + std::to_string(kMaxTextBytes) + " bytes (1 MiB)",
              "split the text into paragraphs");
      return true;
    }
    if (n.type() != pugi::node_element) return true;
    if (depth > kMaxDepth) {
      error(src_.at(n), "elements nested more than " + std::to_string(kMaxDepth) + " deep");
      return false;
    }
    if (++elements_ > kMaxElements) {
      error(src_.at(n), "more than " + std::to_string(kMaxElements) + " elements in the file",
            "split the paper into several files");
      return false;
    }
    attributes(n);
    const std::string_view name = n.name();
    if (name == "table") {
      table_rows(n);
    } else if (name == "columns" && std::string_view(n.parent().name()) == "table") {
      count_children(n, "column", kMaxTableColumns, "columns in " + tag("table"),
                     "a page holds far fewer columns: split the table");
    } else if (name == "kpi-group") {
      count_children(n, "kpi", kMaxTableRows, tag("kpi") + " in " + tag("kpi-group"),
                     "split the KPIs into several groups");
    }
    return true;
  }

  bool ok() const { return ok_; }

 private:
  void error(const SourceLocation& where, std::string message, std::string hint = {}) {
    sink_.error(where, std::move(message), std::move(hint));
    ok_ = false;
  }

  void attributes(pugi::xml_node el) {
    std::size_t n = 0;
    for (pugi::xml_attribute a : el.attributes()) {
      if (++n == kMaxAttributes + 1)
        error(src_.at_attribute(el, a.name()),
              "more than " + std::to_string(kMaxAttributes) + " attributes on " + tag(el.name()));
      const std::size_t size = std::strlen(a.value());
      if (size > kMaxAttributeBytes)
        error(src_.at_attribute(el, a.name()),
              "the value of attribute '" + std::string(a.name()) + "' on " + tag(el.name()) +
                  " is " + std::to_string(size) + " bytes long: the limit is " +
                  std::to_string(kMaxAttributeBytes) + " bytes (64 KiB)");
    }
  }

  // Reports the first child called `child` past `max`.
  void count_children(pugi::xml_node el, const char* child, std::size_t max,
                      const std::string& what, const std::string& hint) {
    std::size_t n = 0;
    for (pugi::xml_node c : el.children(child)) {
      if (++n > max) {
        error(src_.at(c), "more than " + std::to_string(max) + " " + what, hint);
        return;
      }
    }
  }

  // The rows of a table's <header>s count first, then those of its body.
  void table_rows(pugi::xml_node table) {
    std::size_t n = 0;
    const auto row = [&](pugi::xml_node r) {
      if (++n != kMaxTableRows + 1) return true;
      error(src_.at(r), "more than " + std::to_string(kMaxTableRows) + " rows in " + tag("table"),
            "split the table");
      return false;
    };
    for (pugi::xml_node header : table.children("header"))
      for (pugi::xml_node r : header.children("row"))
        if (!row(r)) return;
    for (pugi::xml_node r : table.children("row"))
      if (!row(r)) return;
  }

  const XmlSource& src_;
  DiagnosticSink& sink_;
  std::size_t elements_ = 0;
  bool ok_ = true;
};

}  // namespace

const char* const kFileSizeHint = "split the paper into several files";

std::optional<std::string> file_size_problem(std::uintmax_t bytes) {
  if (bytes <= kMaxFileBytes) return std::nullopt;
  return "the file is " + std::to_string(bytes) + " bytes: the limit is " +
         std::to_string(kMaxFileBytes) + " bytes (32 MiB)";
}

bool check_limits(const XmlSource& src, pugi::xml_node root, DiagnosticSink& sink) {
  LimitChecker check(src, sink);
  std::size_t depth = 0;
  for (pugi::xml_node n = root; n;) {
    if (!check.visit(n, depth)) return false;
    if (n.first_child()) {
      n = n.first_child();
      ++depth;
      continue;
    }
    while (n && n != root && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    n = n == root ? pugi::xml_node() : n.next_sibling();
  }
  return check.ok();
}

}  // namespace bp::load::detail
