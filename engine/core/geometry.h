#pragma once
// Units and colours shared by every stage. Lengths are PDF points (1/72 inch).

#include <cstdint>

namespace bp {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double mm(double v) { return v * kPointsPerMm; }

struct Color {
  double r = 0, g = 0, b = 0;  // 0..1
  bool operator==(const Color&) const = default;
  static constexpr Color rgb(std::uint8_t r8, std::uint8_t g8, std::uint8_t b8) {
    return Color{r8 / 255.0, g8 / 255.0, b8 / 255.0};
  }
};

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;  // top-left origin, y grows downwards
  double right() const { return x + width; }
  double bottom() const { return y + height; }
};

enum class Orientation { Portrait, Landscape };

}  // namespace bp
