#include "cli/build_progress.h"

#include <cstdio>
#include <iostream>

namespace bp::cli {

Progress::Progress(std::size_t total, bool live)
    : total_(total), live_(live), start_(std::chrono::steady_clock::now()) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::started(const std::string& description) {
  current_ = description;
  draw();
}

void Progress::finished() {
  ++done_;
  draw();
}

void Progress::tick() {
  if (live_ && static_cast<long>(elapsed_seconds()) != drawn_second_) draw();
}

void Progress::print(const std::string& text) {
  clear();
  std::cerr << text << std::flush;
  draw();
}

void Progress::close() { clear(); }

void Progress::clear() {
  if (live_) std::cerr << "\r\033[K" << std::flush;
}

void Progress::draw() {
  if (!live_) return;
  const long seconds = static_cast<long>(elapsed_seconds());
  drawn_second_ = seconds;
  char head[64];
  std::snprintf(head, sizeof head, "[%zu/%zu] %ld:%02ld ", done_, total_, seconds / 60, seconds % 60);
  std::string line = head + current_;
  if (line.size() > 100) line = line.substr(0, 97) + "...";
  std::cerr << "\r\033[K" << line << std::flush;
}

}  // namespace bp::cli
