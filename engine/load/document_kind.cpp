#include "load/document_kind.h"

#include <fstream>
#include <string>

#include "load/values.h"

namespace bp::load {

namespace {

// Where the first element's start tag begins in `head` (npos when none).
std::size_t first_element_at(const std::string& head) {
  std::size_t i = 0;
  while (true) {
    i = head.find('<', i);
    if (i == std::string::npos || i + 1 >= head.size()) return std::string::npos;
    const char next = head[i + 1];
    if (next == '?') {
      i = head.find("?>", i);
    } else if (head.compare(i, 4, "<!--") == 0) {
      i = head.find("-->", i);
    } else if (next == '!') {
      i = head.find('>', i);
    } else {
      return i;
    }
    if (i == std::string::npos) return std::string::npos;
    ++i;
  }
}

std::string read_head(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::string head(16384, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

// The name of the first element in `head`, skipping the XML declaration,
// comments, processing instructions and a DOCTYPE.
std::string first_element_name(const std::string& head) {
  const std::size_t i = first_element_at(head);
  if (i == std::string::npos) return {};
  std::size_t end = i + 1;
  while (end < head.size() && head[end] != '>' && head[end] != '/' && head[end] != ' ' && head[end] != '\t' &&
         head[end] != '\n' && head[end] != '\r') {
    ++end;
  }
  return head.substr(i + 1, end - i - 1);
}

}  // namespace

DocumentKind sniff_document_kind(const std::filesystem::path& file) {
  const std::string head = read_head(file);
  const std::string name = first_element_name(head);
  if (name == "report") return DocumentKind::Report;
  if (name == "meeting") return DocumentKind::Meeting;
  if (name == "document") return DocumentKind::Document;
  return DocumentKind::Other;
}

std::string sniff_root_style(const std::filesystem::path& file) {
  const std::string head = read_head(file);
  const std::size_t start = first_element_at(head);
  if (start == std::string::npos) return {};
  const std::size_t end = head.find('>', start);
  if (end == std::string::npos) return {};
  const std::string tag = head.substr(start, end - start);
  for (std::size_t at = tag.find("style"); at != std::string::npos; at = tag.find("style", at + 1)) {
    const char before = tag[at - 1];
    if (before != ' ' && before != '\t' && before != '\n' && before != '\r') continue;
    std::size_t i = at + 5;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return {};
    const std::size_t close = tag.find(tag[i], i + 1);
    if (close == std::string::npos) return {};
    std::string value = tag.substr(i + 1, close - i - 1);
    return is_style_name(value) ? value : std::string();
  }
  return {};
}

}  // namespace bp::load
