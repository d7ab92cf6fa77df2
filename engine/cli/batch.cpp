#include "cli/batch.h"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

namespace bp::cli {

std::vector<BatchOutcome> run_batch(const std::vector<BatchJob>& jobs, unsigned threads) {
  std::vector<std::optional<BatchOutcome>> done(jobs.size());
  std::mutex mutex;
  std::condition_variable changed;
  std::atomic<std::size_t> next{0};

  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      BatchOutcome outcome;
      try {
        outcome.line = jobs[i].run();
        outcome.ok = true;
      } catch (const std::exception& e) {
        outcome.line = "FAILED " + jobs[i].description + ": " + e.what();
      } catch (...) {
        outcome.line = "FAILED " + jobs[i].description + ": unknown error";
      }
      std::lock_guard lock(mutex);
      done[i] = std::move(outcome);
      changed.notify_all();
    }
  };

  const unsigned n = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(jobs.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < n; ++t) pool.emplace_back(worker);

  std::vector<BatchOutcome> outcomes;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return done[i].has_value(); });
    BatchOutcome o = *done[i];
    lock.unlock();
    (o.ok ? std::cout : std::cerr) << o.line << std::endl;
    outcomes.push_back(std::move(o));
  }
  for (auto& t : pool) t.join();
  return outcomes;
}

}  // namespace bp::cli
