#pragma once
// The progress of a batch build on stderr. On a terminal: one status line
// rewritten in place ("[ 12/300] 0:42 pack meetings/x.xml (public)": done /
// total, elapsed, the job started last). Elsewhere (logs, CI): nothing but what
// is printed through print().

#include <chrono>
#include <cstddef>
#include <string>

namespace bp::cli {

class Progress {
 public:
  Progress(std::size_t total, bool live);
  void started(const std::string& description);
  void finished();
  void tick();  // redraws when the elapsed second changed
  // Prints `text` (lines ending in '\n') to stderr above the status line.
  void print(const std::string& text);
  void close();  // removes the status line
  double elapsed_seconds() const;

 private:
  void draw();
  void clear();

  std::size_t total_;
  std::size_t done_ = 0;
  bool live_;
  std::string current_;
  std::chrono::steady_clock::time_point start_;
  long drawn_second_ = -1;
};

}  // namespace bp::cli
