#pragma once
// Boxed<T>: an optional value kept on the heap. It reads like std::optional
// (bool test, *, ->, assignment from a T or std::nullopt) but an empty one is
// the size of a pointer, so a rarely set, large member (a table cell's
// sparkline, compose/figure.h) costs 8 bytes in every object that lacks it
// instead of the size of the value. Copies are deep.

#include <memory>
#include <optional>
#include <utility>

namespace bp::doc {

template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}  // implicit, as std::optional
  Boxed(T value) : p_(std::make_unique<T>(std::move(value))) {}
  Boxed(const Boxed& other) : p_(other.p_ ? std::make_unique<T>(*other.p_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) p_ = other.p_ ? std::make_unique<T>(*other.p_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(T value) {
    p_ = std::make_unique<T>(std::move(value));
    return *this;
  }
  Boxed& operator=(std::nullopt_t) {
    p_.reset();
    return *this;
  }
  ~Boxed() = default;

  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return p_ != nullptr; }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  void reset() { p_.reset(); }

 private:
  std::unique_ptr<T> p_;
};

}  // namespace bp::doc
