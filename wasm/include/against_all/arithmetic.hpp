// Count arithmetic that reports overflow instead of wrapping (hostile files can hold huge numbers).
#pragma once

#include <cstdint>
#include <optional>

namespace against_all {

inline std::optional<std::int64_t> add(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) return std::nullopt;
  return sum;
}

inline std::optional<std::int64_t> add(std::optional<std::int64_t> a, std::int64_t b) {
  if (!a) return std::nullopt;
  return add(*a, b);
}

}  // namespace against_all
