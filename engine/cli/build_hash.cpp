#include "cli/build_hash.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <system_error>

#include "layout/font_metrics.h"

namespace fs = std::filesystem;

namespace bp::cli {

namespace {

std::string hex(XXH128_hash_t h) {
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return text;
}

const std::string kMissing = "missing";

// Streams a file through XXH3-128; false when it cannot be read.
bool hash_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
  XXH3_128bits_reset(state.get());
  std::vector<char> buffer(1 << 16);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = in.gcount();
    if (got > 0) XXH3_128bits_update(state.get(), buffer.data(), static_cast<std::size_t>(got));
  }
  if (in.bad()) return false;
  out = hex(XXH3_128bits_digest(state.get()));
  return true;
}

// A font file this process holds (layout::font_file_bytes) is hashed from the
// bytes it holds, which are what every stage that reads the font uses, even
// if the file has been edited since; each once per process (a worker forked
// after its parent hashed them inherits the hash).
bool hash_stored_font(const fs::path& path, std::string& out) {
  const std::shared_ptr<const std::string> bytes = layout::stored_font_file(path);
  if (!bytes) return false;
  static std::mutex mutex;
  static auto* const hashes = new std::map<const std::string*, std::string>;
  const std::lock_guard<std::mutex> lock(mutex);
  // Keyed by the stored bytes themselves: a file's bytes are stored once and kept.
  auto it = hashes->find(bytes.get());
  if (it == hashes->end()) it = hashes->emplace(bytes.get(), hex(XXH3_128bits(bytes->data(), bytes->size()))).first;
  out = it->second;
  return true;
}

}  // namespace

std::string hash_bytes(std::string_view bytes) { return hex(XXH3_128bits(bytes.data(), bytes.size())); }

const std::string& ContentHashes::of(const fs::path& path) {
  auto found = cache_.find(path);
  if (found != cache_.end()) return found->second;
  std::string result = kMissing;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    // Sorted relative names and their contents: adding, removing, renaming or
    // editing any file under the folder changes the hash.
    std::vector<std::pair<std::string, fs::path>> files;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file(ec)) files.emplace_back(fs::relative(it->path(), path).generic_string(), it->path());
    }
    if (!ec) {
      std::sort(files.begin(), files.end());
      std::string listing;
      for (const auto& [name, file] : files) {
        std::string h;
        if (!hash_stored_font(file, h) && !hash_file(file, h)) h = kMissing;
        listing += name + '\0' + h + '\n';
      }
      result = "dir-" + hash_bytes(listing);
    }
  } else {
    std::string h;
    if (hash_stored_font(path, h) || hash_file(path, h)) result = h;
  }
  return cache_.emplace(path, std::move(result)).first->second;
}

const std::string& program_hash() {
  static const std::string hash = [] {
    std::string h;
    if (!hash_file("/proc/self/exe", h)) h = kMissing;
    return h;
  }();
  return hash;
}

std::string output_key(const std::string& job_id, const std::vector<std::string>& deps, ContentHashes& hashes) {
  std::string text = "boardpack-output-key 1\nprogram " + program_hash() + "\njob " + job_id + '\n';
  for (const std::string& dep : deps) text += "dep " + dep + '\0' + hashes.of(dep) + '\n';
  return hash_bytes(text);
}

}  // namespace bp::cli
