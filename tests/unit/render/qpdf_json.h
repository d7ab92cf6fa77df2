#pragma once
// Reads a PDF's structure through `qpdf --json=2` (pages, outlines, objects)
// for the render tests, parsed with Boost.PropertyTree (arrays are children
// with empty keys, every scalar is a string).

// Boost 1.74's JSON parser still includes <boost/bind.hpp>; keep its placeholders
// where they were and silence the deprecation note.
#ifndef BOOST_BIND_GLOBAL_PLACEHOLDERS
#define BOOST_BIND_GLOBAL_PLACEHOLDERS
#endif
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "render_test_support.h"

namespace bp::render::testing {

using boost::property_tree::ptree;

class QpdfJson {
 public:
  // Runs qpdf; `ok()` is false (and `error()` says why) if it fails.
  explicit QpdfJson(const std::filesystem::path& pdf) {
    const CommandResult r = run("qpdf --json=2 --json-key=pages --json-key=outlines "
                                "--json-key=qpdf " + quoted(pdf));
    if (r.exit_code != 0) {
      error_ = "qpdf --json failed: " + r.output;
      return;
    }
    try {
      std::istringstream in(r.output);
      boost::property_tree::read_json(in, root_);
    } catch (const std::exception& e) {
      error_ = std::string("cannot parse qpdf JSON: ") + e.what();
    }
  }

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const ptree& root() const { return root_; }

  // "4 0 R" of the page at 0-based `index`.
  std::string page_object(std::size_t index) const {
    std::size_t i = 0;
    for (const auto& [key, page] : root_.get_child("pages")) {
      if (i++ == index) return page.get<std::string>("object");
    }
    return {};
  }

  // The value of indirect object "N 0 R", if present.
  const ptree* object(const std::string& ref) const {
    const ptree& qpdf = root_.get_child("qpdf");
    for (const auto& [k, part] : qpdf) {
      const auto it = part.find("obj:" + ref);
      if (it == part.not_found()) continue;
      if (const auto v = it->second.find("value"); v != it->second.not_found()) return &v->second;
      if (const auto s = it->second.find("stream"); s != it->second.not_found()) {
        if (const auto d = s->second.find("dict"); d != s->second.not_found()) return &d->second;
      }
      return nullptr;
    }
    return nullptr;
  }

  // The trailer's /Root (catalog) dictionary.
  const ptree* catalog() const {
    const ptree* trailer = object_by_key("trailer");
    if (trailer == nullptr) return nullptr;
    const auto it = trailer->find("/Root");
    return it == trailer->not_found() ? nullptr : object(it->second.data());
  }

 private:
  const ptree* object_by_key(const std::string& key) const {
    for (const auto& [k, part] : root_.get_child("qpdf")) {
      const auto it = part.find(key);
      if (it != part.not_found()) return &it->second.get_child("value");
    }
    return nullptr;
  }

  ptree root_;
  std::string error_;
};

// Child `key` of `node` looked up directly (keys such as "/URI" are not paths).
inline const ptree* child(const ptree& node, const std::string& key) {
  const auto it = node.find(key);
  return it == node.not_found() ? nullptr : &it->second;
}

inline std::vector<std::string> array_values(const ptree& node) {
  std::vector<std::string> out;
  for (const auto& [k, v] : node) out.push_back(v.data());
  return out;
}

}  // namespace bp::render::testing
