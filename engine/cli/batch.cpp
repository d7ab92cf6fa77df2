#include "cli/batch.h"

#include <charconv>

#include "cli/build_hash.h"
#include "core/atomic_file.h"

namespace bp::cli {

namespace {

// Each field as <decimal length>:<bytes>; counts as fields of their own.
void put(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}
  bool get(std::string& field) {
    const std::size_t colon = bytes_.find(':', pos_);
    if (colon == std::string::npos) return false;
    std::size_t length = 0;
    auto [end, ec] = std::from_chars(bytes_.data() + pos_, bytes_.data() + colon, length);
    if (ec != std::errc() || end != bytes_.data() + colon || length > bytes_.size() - colon - 1) return false;
    field = bytes_.substr(colon + 1, length);
    pos_ = colon + 1 + length;
    return true;
  }
  bool get(long& number) {
    std::string field;
    if (!get(field)) return false;
    auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), number);
    return ec == std::errc() && end == field.data() + field.size();
  }
  bool get(std::vector<std::string>& list) {
    long count = 0;
    if (!get(count) || count < 0) return false;
    list.resize(static_cast<std::size_t>(count));
    for (std::string& item : list) {
      if (!get(item)) return false;
    }
    return true;
  }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  const std::string& bytes_;
  std::size_t pos_ = 0;
};

}  // namespace

JobResult write_job_output(const std::filesystem::path& target, const std::string& pdf, bool confidential,
                           int pages, const DiagnosticSink& sink) {
  std::filesystem::create_directories(target.parent_path());
  write_file_atomically(target, pdf);
  JobResult result;
  result.output = target.string();
  result.confidential = confidential;
  result.pages = pages;
  result.output_hash = hash_bytes(pdf);
  for (const Diagnostic& d : sink.all()) result.warnings.push_back(format_diagnostic(d));
  return result;
}

std::string encode_result(const JobResult& r) {
  std::string out;
  put(out, r.output);
  put(out, r.confidential ? "1" : "0");
  put(out, std::to_string(r.pages));
  put(out, r.output_hash);
  put(out, r.key);
  for (const auto* list : {&r.warnings, &r.deps}) {
    put(out, std::to_string(list->size()));
    for (const std::string& item : *list) put(out, item);
  }
  return out;
}

std::optional<JobResult> decode_result(const std::string& bytes) {
  Reader in(bytes);
  JobResult r;
  std::string confidential;
  long pages = 0;
  if (!in.get(r.output) || !in.get(confidential) || !in.get(pages) || !in.get(r.output_hash) || !in.get(r.key) ||
      !in.get(r.warnings) || !in.get(r.deps) || !in.at_end()) {
    return std::nullopt;
  }
  r.confidential = confidential == "1";
  r.pages = static_cast<int>(pages);
  return r;
}

}  // namespace bp::cli
