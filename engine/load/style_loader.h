#pragma once
// House style file (layouts/<name>/style.xml) -> model::HouseStyle.

#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "model/house_style.h"

namespace bp::load {

// Loads `layouts_dir/<name>/style.xml`. Font paths in the file are resolved
// relative to the style folder (absolute paths are kept) and must exist.
// Problems go to `sink` with file:line:col; returns nullopt on any error.
std::optional<model::HouseStyle> load_house_style(const std::filesystem::path& layouts_dir,
                                                  const std::string& name, DiagnosticSink& sink);

}  // namespace bp::load
