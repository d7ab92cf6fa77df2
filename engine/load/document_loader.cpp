// Standalone document XML -> model::StandaloneDocument (see document_loader.h
// and DOCUMENT-XML.md).
//
// Structure: <document style= council= created=> holds <title> (required),
// <subtitle>, <date> (required; YYYY-MM-DD or YYYY-MM) and <version>, each at
// most once and in any order, and one or more <section title= numbered=
// orientation= new-page=> of blocks, printed in the order written. Every
// problem in the file is reported (sorted by place) before returning nullopt.

#include "load/document_loader.h"

#include <algorithm>
#include <utility>

#include "load/checker.h"
#include "load/paper_root.h"
#include "load/flow_reader.h"
#include "load/load_support.h"
#include "load/repertoire_check.h"
#include "load/xml_source.h"

namespace bp::load {
namespace {

using detail::Checker;
using detail::FlowReader;
using detail::has_content;
using detail::Names;

const Names kDocumentParts = {"title", "subtitle", "date", "version", "section"};
const Names kSingleParts = {"title", "subtitle", "date", "version"};

Names document_vocabulary() {
  Names v = {"document"};
  v.insert(v.end(), kDocumentParts.begin(), kDocumentParts.end());
  v.insert(v.end(), detail::kContentElements.begin(), detail::kContentElements.end());
  return v;
}

class DocumentReader {
 public:
  explicit DocumentReader(Checker& c) : c_(c), flow_(c) {}

  void read(pugi::xml_node root, model::StandaloneDocument& d) {
    read_paper_root_into(c_, root, d);

    std::map<std::string, pugi::xml_node> seen;
    for (pugi::xml_node part : c_.element_children(root, kDocumentParts)) {
      const std::string name = part.name();
      if (name == "section") {
        section(part, d);
        continue;
      }
      if (auto [it, inserted] = seen.emplace(name, part); !inserted) {
        c_.error(c_.at(part), "duplicate <" + name + "> in <document>: it may appear once",
                 "the first <" + name + "> is at line " + std::to_string(c_.at(it->second).line));
        continue;
      }
      c_.check_attributes(part, {});
      if (name == "date") {
        date(part, d);
      } else {
        std::string text = c_.required_text(part).value_or("");
        if (name == "title") d.title = std::move(text);
        else if (name == "subtitle") d.subtitle = std::move(text);
        else d.version = std::move(text);
      }
    }
    for (std::string_view required : {"title", "date"})
      if (!seen.count(std::string(required)))
        c_.error(c_.at(root), "missing <" + std::string(required) + "> in <document>");
    // A misspelt part is reported as unknown; it may be the section.
    const bool unknown_part = std::any_of(root.begin(), root.end(), [](pugi::xml_node n) {
      return n.type() == pugi::node_element &&
             std::find(kDocumentParts.begin(), kDocumentParts.end(), n.name()) == kDocumentParts.end();
    });
    if (!root.child("section") && !unknown_part)
      c_.error(c_.at(root), "<document> needs at least one <section>",
               "write <section title=\"Introduction\"> with blocks (<p>, <para>, <action-plan>, ...)");
  }

 private:
  void date(pugi::xml_node el, model::StandaloneDocument& d) {
    const auto text = c_.required_text(el);
    if (!text) return;
    if (auto parsed = model::parse_plan_date(*text)) {
      d.date = *parsed;
      return;
    }
    pugi::xml_node value = el.first_child();
    while (value && (!detail::is_text(value) || detail::is_blank_text(value))) value = value.next_sibling();
    c_.error(c_.at(value ? value : el),
             detail::expected("a date as YYYY-MM-DD or a month as YYYY-MM", *text) + " in <date>",
             "write 24 April 2018 as 2018-04-24, or November 2019 as 2019-11");
  }

  void section(pugi::xml_node el, model::StandaloneDocument& d) {
    c_.check_attributes(el, {"title", "numbered", "orientation", "new-page"});
    model::DocumentSection s;
    s.title = c_.required_attribute(el, "title").value_or("");
    s.numbered = c_.yes_no_attribute(el, "numbered").value_or(true);
    s.new_page = c_.yes_no_attribute(el, "new-page").value_or(false);
    if (auto o = c_.choice_attribute(el, "orientation", {"portrait", "landscape"}))
      s.orientation = *o == "landscape" ? Orientation::Landscape : Orientation::Portrait;
    if (!has_content(el)) c_.error(c_.at(el), "empty <section>");
    s.content = flow_.flow(el);
    d.sections.push_back(std::move(s));
  }

  Checker& c_;
  FlowReader flow_;
};

// Both entry points end here, with the text moved in: a long file is not copied.
std::optional<model::StandaloneDocument> load_document_bytes(std::string xml, const std::string& display_name,
                                                             DiagnosticSink& sink, const LoadOptions& options) {
  DiagnosticSink local;
  detail::XmlSource src(display_name, std::move(xml));
  model::StandaloneDocument document;
  if (pugi::xml_node root = src.parse("document", local)) {
    detail::check_repertoire(src, root, options, local);
    Checker checker(src, local, document_vocabulary());
    DocumentReader(checker).read(root, document);
  }
  detail::forward_sorted(local, sink);
  if (local.has_errors()) return std::nullopt;
  return document;
}

}  // namespace

std::optional<model::StandaloneDocument> load_document(const std::filesystem::path& file,
                                                       DiagnosticSink& sink,
                                                       const LoadOptions& options) {
  std::string bytes;
  if (!detail::read_file(file, bytes, sink, "document file")) return std::nullopt;
  return load_document_bytes(std::move(bytes), file.string(), sink, options);
}

std::optional<model::StandaloneDocument> load_document_text(std::string_view xml,
                                                            const std::string& display_name,
                                                            DiagnosticSink& sink,
                                                            const LoadOptions& options) {
  return load_document_bytes(std::string(xml), display_name, sink, options);
}

}  // namespace bp::load
