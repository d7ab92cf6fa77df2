#include "cli/build_shard.h"

#include <xxhash.h>

#include <charconv>

namespace bp::cli {

namespace {

bool parse_number(const std::string& text, unsigned& out) {
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::optional<Shard> parse_shard(const std::string& text, std::string& error) {
  const std::size_t slash = text.find('/');
  Shard shard;
  if (slash == std::string::npos || !parse_number(text.substr(0, slash), shard.index) ||
      !parse_number(text.substr(slash + 1), shard.count)) {
    error = "--shard " + text + ": expected I/N, e.g. 0/4 (I counts from 0)";
    return std::nullopt;
  }
  if (shard.count == 0) {
    error = "--shard " + text + ": N must be at least 1";
    return std::nullopt;
  }
  if (shard.index >= shard.count) {
    error = "--shard " + text + ": I counts from 0 and must be 0.." + std::to_string(shard.count - 1);
    return std::nullopt;
  }
  return shard;
}

bool in_shard(const std::filesystem::path& relative, const Shard& shard) {
  if (shard.count <= 1) return true;
  const std::string key = relative.generic_string();
  return XXH3_64bits(key.data(), key.size()) % shard.count == shard.index;
}

}  // namespace bp::cli
