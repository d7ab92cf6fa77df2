#include "load/document_kind.h"

#include <fstream>
#include <string>

namespace bp::load {

namespace {

// The name of the first element in `head`, skipping the XML declaration,
// comments, processing instructions and a DOCTYPE.
std::string first_element_name(const std::string& head) {
  std::size_t i = 0;
  while (true) {
    i = head.find('<', i);
    if (i == std::string::npos || i + 1 >= head.size()) return {};
    const char next = head[i + 1];
    if (next == '?') {
      i = head.find("?>", i);
    } else if (head.compare(i, 4, "<!--") == 0) {
      i = head.find("-->", i);
    } else if (next == '!') {
      i = head.find('>', i);
    } else {
      std::size_t end = i + 1;
      while (end < head.size() && head[end] != '>' && head[end] != '/' && head[end] != ' ' &&
             head[end] != '\t' && head[end] != '\n' && head[end] != '\r') {
        ++end;
      }
      return head.substr(i + 1, end - i - 1);
    }
    if (i == std::string::npos) return {};
    ++i;
  }
}

}  // namespace

DocumentKind sniff_document_kind(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return DocumentKind::Other;
  std::string head(16384, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const std::string name = first_element_name(head);
  if (name == "report") return DocumentKind::Report;
  if (name == "meeting") return DocumentKind::Meeting;
  if (name == "document") return DocumentKind::Document;
  return DocumentKind::Other;
}

}  // namespace bp::load
