#pragma once
// Content hashes for incremental builds (xxHash XXH3, 128 bits, as 32 hex
// digits): of bytes, of a file, of a folder (every regular file under it, by
// relative name and content) and of the running program. Never timestamps.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bp::cli {

std::string hash_bytes(std::string_view bytes);

// Hashes of files and folders, each computed once per run.
class ContentHashes {
 public:
  // The hash of the file or folder at `path`; a fixed "missing" value when it
  // does not exist or cannot be read (so a vanished input changes every key).
  // A font file this process has already read (layout::font_file_bytes) is
  // hashed from the bytes it read, not read again: those are the bytes the
  // job uses, so the key still describes what was built, and changes when the
  // file on disk differs from them on the next run.
  const std::string& of(const std::filesystem::path& path);

 private:
  std::map<std::filesystem::path, std::string> cache_;
};

// The hash of the running executable (/proc/self/exe), computed once.
const std::string& program_hash();

// The key of an output: the program, the job's identity and options, and every
// file or folder the job read with its content hash.
std::string output_key(const std::string& job_id, const std::vector<std::string>& deps, ContentHashes& hashes);

}  // namespace bp::cli
