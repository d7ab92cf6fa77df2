#pragma once
// Sharding a batch build over many machines: `--shard I/N` (I is 0-based,
// 0 <= I < N, as Kubernetes' JOB_COMPLETION_INDEX) builds a fixed slice.
// Units are input files (a meeting's editions stay together). A file belongs
// to shard XXH3_64(its path relative to DIR, with '/' separators) mod N, so
// adding or removing a file never moves another, every file is in exactly one
// shard, and the slices do not depend on the machine or the order of listing.

#include <filesystem>
#include <optional>
#include <string>

namespace bp::cli {

struct Shard {
  unsigned index = 0;  // 0-based
  unsigned count = 1;  // 1: the whole build
};

// "I/N" -> Shard, or nullopt with `error` set ("--shard 4/4: I must be 0..3").
std::optional<Shard> parse_shard(const std::string& text, std::string& error);

// Whether the input file at `relative` (to DIR) belongs to `shard`.
bool in_shard(const std::filesystem::path& relative, const Shard& shard);

}  // namespace bp::cli
