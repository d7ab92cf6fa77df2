#pragma once
// The build state of one output root: what each output was built from, so an
// unchanged output is skipped on the next build.
//
// Roots: OUT (public outputs) and OUT/private (confidential outputs); each keeps
// its own state, so the public state never names or hashes exempt material.
// An unsharded build writes ROOT/.boardpack-state; shard I of N writes
// ROOT/.boardpack-state-shard-I-of-N, so shards sharing one output folder never
// overwrite each other's state. Reading merges every ROOT/.boardpack-state*
// file: an entry is only evidence, checked against the output's bytes and the
// current inputs before anything is skipped. Files are written atomically.
//
// Format (text, one field per line, paths without newlines):
//   boardpack-state 1
//   job <id>            then: output <path relative to ROOT>, output-hash <hex>,
//                        key <hex>, pages <n>, dep <absolute path> (repeated), end

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace bp::cli {

struct StateEntry {
  std::string id;
  std::string output;       // relative to the root
  std::string output_hash;  // hash_bytes of the PDF as written
  std::string key;          // output_key when it was built
  int pages = 0;
  std::vector<std::string> deps;
};

class BuildState {
 public:
  // Every entry of every state file under `root` (none when there is none;
  // unreadable or malformed files are ignored: their outputs are rebuilt).
  static BuildState read(const std::filesystem::path& root);

  // The recorded entries for a job (one per state file that has it).
  std::vector<const StateEntry*> find(const std::string& id) const;

  // Writes `entries` to `file` atomically (entries that cannot be written,
  // e.g. with a newline in a path, are left out: those outputs are rebuilt).
  static void write(const std::filesystem::path& file, const std::vector<StateEntry>& entries);

 private:
  std::multimap<std::string, StateEntry> entries_;
};

// ".boardpack-state" or ".boardpack-state-shard-I-of-N" (index 0-based).
std::string state_file_name(unsigned shard_index, unsigned shard_count);

}  // namespace bp::cli
