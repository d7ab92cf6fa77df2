#include "cli/build_state.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/atomic_file.h"

namespace fs = std::filesystem;

namespace bp::cli {

namespace {

constexpr const char* kHeader = "boardpack-state 1";

// The entries of one file; false (and nothing added) when it is malformed.
bool parse(std::istream& in, std::multimap<std::string, StateEntry>& out) {
  std::string line;
  if (!std::getline(in, line) || line != kHeader) return false;
  std::multimap<std::string, StateEntry> found;
  StateEntry entry;
  bool open = false;
  while (std::getline(in, line)) {
    const std::size_t space = line.find(' ');
    const std::string field = line.substr(0, space);
    const std::string value = space == std::string::npos ? std::string() : line.substr(space + 1);
    if (field == "job") {
      if (open) return false;
      entry = StateEntry{};
      entry.id = value;
      open = true;
    } else if (!open) {
      return false;
    } else if (field == "output") {
      entry.output = value;
    } else if (field == "output-hash") {
      entry.output_hash = value;
    } else if (field == "key") {
      entry.key = value;
    } else if (field == "pages") {
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), entry.pages);
      if (ec != std::errc() || end != value.data() + value.size()) return false;
    } else if (field == "dep") {
      entry.deps.push_back(value);
    } else if (field == "end") {
      if (entry.output.empty() || entry.key.empty() || entry.output_hash.empty()) return false;
      found.emplace(entry.id, entry);
      open = false;
    } else {
      return false;
    }
  }
  if (open) return false;
  out.merge(found);
  return true;
}

bool writable(const std::string& text) { return text.find('\n') == std::string::npos && text.find('\r') == std::string::npos; }

}  // namespace

std::string state_file_name(unsigned shard_index, unsigned shard_count) {
  if (shard_count <= 1) return ".boardpack-state";
  return ".boardpack-state-shard-" + std::to_string(shard_index) + "-of-" + std::to_string(shard_count);
}

BuildState BuildState::read(const fs::path& root) {
  BuildState state;
  std::error_code ec;
  for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().filename().string().rfind(".boardpack-state", 0) != 0) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (in) parse(in, state.entries_);
  }
  return state;
}

std::vector<const StateEntry*> BuildState::find(const std::string& id) const {
  std::vector<const StateEntry*> found;
  auto [first, last] = entries_.equal_range(id);
  for (auto it = first; it != last; ++it) found.push_back(&it->second);
  return found;
}

void BuildState::write(const fs::path& file, const std::vector<StateEntry>& entries) {
  std::ostringstream out;
  out << kHeader << '\n';
  for (const StateEntry& e : entries) {
    bool ok = writable(e.id) && writable(e.output);
    for (const std::string& dep : e.deps) ok = ok && writable(dep);
    if (!ok) continue;
    out << "job " << e.id << "\noutput " << e.output << "\noutput-hash " << e.output_hash << "\nkey " << e.key
        << "\npages " << e.pages << '\n';
    for (const std::string& dep : e.deps) out << "dep " << dep << '\n';
    out << "end\n";
  }
  fs::create_directories(file.parent_path());
  write_file_atomically(file, out.str());
}

}  // namespace bp::cli
