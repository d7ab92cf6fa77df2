#include "cli/build_workers.h"

#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <stdexcept>

namespace bp::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct Running {
  std::size_t job = 0;
  pid_t pid = -1;
  int fd = -1;
  std::string received;
  Clock::time_point started{};
  bool timed_out = false;  // killed by the parent for running past the time limit
};

void write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the parent went away: nothing to tell
    done += static_cast<std::size_t>(n);
  }
}

// In the child: run the job, send 'O'+payload or 'F'+message, and leave
// without running the parent's exit handlers or flushing its buffers.
[[noreturn]] void child_main(std::size_t job, int fd, const WorkerCallbacks& callbacks) {
  std::string message;
  try {
    message = "O" + callbacks.work(job);
  } catch (const std::exception& e) {
    message = std::string("F") + e.what();
  } catch (...) {
    message = "Funknown error";
  }
  write_all(fd, message);
  ::close(fd);
  std::cout.flush();
  std::cerr.flush();
  ::_exit(0);
}

Running start(std::size_t job, const WorkerCallbacks& callbacks) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw std::runtime_error(std::string("cannot start a worker process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    child_main(job, fds[1], callbacks);
  }
  ::close(fds[1]);
  return Running{job, pid, fds[0], {}, Clock::now(), false};
}

WorkerOutcome finish(Running& r, unsigned time_limit_seconds) {
  ::close(r.fd);
  int status = 0;
  while (::waitpid(r.pid, &status, 0) < 0 && errno == EINTR) {
  }
  WorkerOutcome outcome;
  const bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (clean && !r.received.empty() && (r.received[0] == 'O' || r.received[0] == 'F')) {
    outcome.ok = r.received[0] == 'O';
    (outcome.ok ? outcome.payload : outcome.error) = r.received.substr(1);
  } else {
    outcome.error = r.timed_out ? "timed out: still running after " + std::to_string(time_limit_seconds) +
                                      " s, so it was stopped (raise the limit with --job-timeout)"
                                : describe_worker_death(status);
    outcome.died = true;
  }
  return outcome;
}

}  // namespace

std::string describe_worker_death(int status) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    const char* name = ::strsignal(sig);
    return "crashed: signal " + std::to_string(sig) + " (" + (name ? name : "unknown") + ")";
  }
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status)) + " without a result";
  return "worker ended without a result";
}

void inject_fault_if_asked(const std::string& description) {
  const char* spec = std::getenv("BOARDPACK_FAULT_INJECT");
  if (spec == nullptr) return;
  const std::string text = spec;
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon + 1 == text.size()) return;
  const std::string mode = text.substr(0, colon);
  if (description.find(text.substr(colon + 1)) == std::string::npos) return;
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
  if (mode == "crash") {
    std::signal(SIGSEGV, SIG_DFL);  // past any sanitizer's handler: die as a real crash would
    std::raise(SIGSEGV);
  } else if (mode == "abort") {
    std::signal(SIGABRT, SIG_DFL);
    std::raise(SIGABRT);
  } else if (mode == "exit") {
    ::_exit(0);
  } else if (mode == "hang") {
    for (;;) ::pause();
  }
}

void run_in_workers(const std::vector<std::size_t>& todo, unsigned workers, const WorkerCallbacks& callbacks,
                    unsigned time_limit_seconds) {
  if (workers == 0) workers = 1;
  std::vector<Running> running;
  std::size_t next = 0;
  while (next < todo.size() || !running.empty()) {
    while (next < todo.size() && running.size() < workers) {
      running.push_back(start(todo[next], callbacks));
      if (callbacks.started) callbacks.started(todo[next]);
      ++next;
    }
    std::vector<pollfd> fds;
    for (const Running& r : running) fds.push_back(pollfd{r.fd, POLLIN, 0});
    const int ready = ::poll(fds.data(), fds.size(), 250);
    if (ready < 0 && errno != EINTR) throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    // A worker past the time limit is killed; its pipe then closes and it is
    // collected below like any other dead worker.
    if (time_limit_seconds > 0) {
      for (Running& r : running) {
        if (!r.timed_out && Clock::now() - r.started > std::chrono::seconds(time_limit_seconds)) {
          r.timed_out = true;
          ::kill(r.pid, SIGKILL);
        }
      }
    }
    if (ready <= 0) {
      if (callbacks.tick) callbacks.tick();
      continue;
    }
    for (std::size_t i = running.size(); i-- > 0;) {
      if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      char buffer[65536];
      const ssize_t n = ::read(running[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        running[i].received.append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      Running done = std::move(running[i]);
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
      WorkerOutcome outcome = finish(done, time_limit_seconds);
      if (callbacks.finished) callbacks.finished(done.job, std::move(outcome));
    }
    if (callbacks.tick) callbacks.tick();
  }
}

}  // namespace bp::cli
