// XmlSource: raw checks, parse and places (see xml_source.h).

#include "load/xml_source.h"

#include "load/limits.h"
#include "load/markup_scan.h"
#include "load/values.h"

namespace bp::load::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Keep whitespace-only text (the space in "<em>a</em> <strong>b</strong>"
// matters), see DOCTYPEs and the XML declaration so they can be checked.
constexpr unsigned kParseFlags =
    pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype | pugi::parse_declaration;

std::string lowercase(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

XmlSource::XmlSource(std::string display_name, std::string bytes)
    : src_(std::move(display_name), std::move(bytes)) {}

pugi::xml_node XmlSource::parse(std::string_view root_name, DiagnosticSink& sink) {
  const std::string_view text = src_.text();
  if (auto problem = file_size_problem(text.size())) {
    sink.error(src_.whole_file(), std::move(*problem), kFileSizeHint);
    return {};
  }
  for (const ScanProblem& p : check_characters(text)) sink.error(src_.at(p.offset), p.message, p.hint);

  const pugi::xml_parse_result result =
      doc_.load_buffer(text.data(), text.size(), kParseFlags, pugi::encoding_utf8);
  if (!result) {
    report_parse_error(result, sink);
    return {};
  }
  for (const ScanProblem& p : check_markup(text)) sink.error(src_.at(p.offset), p.message, p.hint);
  check_prolog(sink);

  pugi::xml_node root;
  for (pugi::xml_node n : doc_.children()) {
    if (n.type() != pugi::node_element) continue;
    if (!root) {
      root = n;
      continue;
    }
    sink.error(at(n), "a second root element <" + std::string(n.name()) + ">",
               "a file holds exactly one <" + std::string(root_name) + "> element");
  }
  if (!root) {
    sink.error(src_.at(0), "no <" + std::string(root_name) + "> element in the file");
    return {};
  }
  // The readers recurse into nested content: refuse absurd nesting and sizes up front.
  if (!check_limits(*this, root, sink)) return {};
  if (root_name != root.name()) {
    sink.error(at(root),
               "the root element must be <" + std::string(root_name) + ">, found <" +
                   root.name() + ">");
    return {};
  }
  return root;
}

void XmlSource::report_parse_error(const pugi::xml_parse_result& r, DiagnosticSink& sink) const {
  const std::string_view text = src_.text();
  const std::size_t offset = r.offset < 0 ? 0 : static_cast<std::size_t>(r.offset);
  std::string message = "malformed XML: " + lowercase(r.description());
  std::string hint;
  if (r.status == pugi::status_end_element_mismatch) {
    // pugixml points at the closing tag's name, or at the last byte of the
    // text when the file ends with elements still open.
    bool at_end = true;
    for (std::size_t i = offset + 1; i < text.size(); ++i) at_end = at_end && is_space(text[i]);
    const std::size_t lt = at_end ? text.size() : text.rfind('<', offset);
    const std::vector<OpenTag> open =
        open_tags_before(text, lt == std::string_view::npos ? offset : lt);
    if (!open.empty()) {
      const OpenTag& top = open.back();
      const std::string opened =
          "<" + top.name + "> (line " + std::to_string(src_.at(top.offset).line) + ")";
      if (at_end) {
        message += ": the file ends while " + opened + " is still open";
      } else {
        std::size_t end = offset;
        while (end < text.size() && !is_space(text[end]) && text[end] != '>') ++end;
        message += ": </" + std::string(text.substr(offset, end - offset)) + "> does not close " + opened;
      }
      hint = "close <" + top.name + "> with </" + top.name + ">";
    }
  } else if (r.status == pugi::status_bad_start_element || r.status == pugi::status_unrecognized_tag) {
    hint = "a '<' in text must be written &lt;";
  } else if (r.status == pugi::status_bad_attribute) {
    hint = "attribute values need quotes: name=\"value\"";
  }
  sink.error(src_.at(offset), std::move(message), std::move(hint));
}

void XmlSource::check_prolog(DiagnosticSink& sink) const {
  for (pugi::xml_node n : doc_.children()) {
    if (n.type() == pugi::node_doctype) {
      // pugixml points inside the declaration; report at its "<!".
      const std::size_t inside = static_cast<std::size_t>(n.offset_debug());
      const std::size_t lt = src_.text().rfind("<!", inside);
      sink.error(src_.at(lt == std::string_view::npos ? inside : lt),
                 "DOCTYPE declarations are not allowed",
                 "remove the <!DOCTYPE ...> line; editors validate with the schema named in "
                 "xsi:noNamespaceSchemaLocation");
    } else if (n.type() == pugi::node_declaration) {
      const pugi::xml_attribute enc = n.attribute("encoding");
      if (!enc) continue;
      const std::string value = lowercase(collapse_whitespace(enc.value()));
      if (value != "utf-8" && value != "utf8")
        sink.error(at_attribute(n, "encoding"),
                   "the file declares encoding=\"" + std::string(enc.value()) +
                       "\": boardpack reads UTF-8 only",
                   "save the file as UTF-8 and write encoding=\"UTF-8\"");
    }
  }
}

SourceLocation XmlSource::at(pugi::xml_node node) const {
  const std::ptrdiff_t off = node.offset_debug();
  if (off < 0) return src_.whole_file();
  std::size_t o = static_cast<std::size_t>(off);
  const std::string_view text = src_.text();
  if (node.type() == pugi::node_element || node.type() == pugi::node_declaration) {
    while (o > 0 && text[o - 1] != '<') --o;  // back to just after '<' (or '<?')
    return src_.at(o > 0 ? o - 1 : 0);
  }
  if (node.type() == pugi::node_pcdata) {
    std::size_t p = o;
    while (p < text.size() && is_space(text[p])) ++p;
    if (p < text.size() && text[p] != '<') o = p;
  }
  return src_.at(o);
}

std::vector<AttributePosition> XmlSource::attributes_in_tag(pugi::xml_node element) const {
  std::vector<AttributePosition> out;
  const std::ptrdiff_t off = element.offset_debug();
  if (off < 0) return out;
  const std::string_view t = src_.text();
  std::size_t i = static_cast<std::size_t>(off);
  const auto ends_tag = [&](char c) { return c == '>' || c == '/' || c == '?'; };
  while (i < t.size() && !is_space(t[i]) && !ends_tag(t[i])) ++i;  // the element name
  while (i < t.size()) {
    while (i < t.size() && is_space(t[i])) ++i;
    if (i >= t.size() || ends_tag(t[i])) break;
    const std::size_t name_start = i;
    while (i < t.size() && !is_space(t[i]) && t[i] != '=' && !ends_tag(t[i])) ++i;
    out.push_back({std::string(t.substr(name_start, i - name_start)), name_start});
    while (i < t.size() && is_space(t[i])) ++i;
    if (i >= t.size() || t[i] != '=') break;  // cannot happen in a parsed document
    ++i;
    while (i < t.size() && is_space(t[i])) ++i;
    if (i >= t.size() || (t[i] != '"' && t[i] != '\'')) break;
    const char quote = t[i];
    const std::size_t close = t.find(quote, i + 1);
    if (close == std::string_view::npos) break;
    i = close + 1;
  }
  return out;
}

SourceLocation XmlSource::at_attribute(pugi::xml_node element, std::string_view name,
                                       std::size_t occurrence) const {
  for (const AttributePosition& a : attributes_in_tag(element)) {
    if (a.name != name) continue;
    if (occurrence == 0) return src_.at(a.offset);
    --occurrence;
  }
  return at(element);
}

}  // namespace bp::load::detail
