// Bounds on a count that may be unknown: [lo, hi], with hi = kUnbounded when nothing caps it.
// Sums and differences saturate, so unbounded stays unbounded and nothing overflows.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>

namespace against_all {

constexpr std::int64_t kUnbounded = 1'000'000'000'000'000'000;  // 10^18: beyond any real count

struct CountRange {
  std::int64_t lo = 0;
  std::int64_t hi = kUnbounded;
  bool exact() const { return lo == hi; }
};

inline std::int64_t saturate(std::int64_t v) { return std::clamp(v, -kUnbounded, kUnbounded); }

inline CountRange exactly(std::int64_t v) { return {v, v}; }

inline CountRange range_of(const std::optional<std::int64_t>& v) { return v ? exactly(*v) : CountRange{}; }

inline CountRange add(const CountRange& a, const CountRange& b) {
  return {saturate(a.lo + b.lo), (a.hi >= kUnbounded || b.hi >= kUnbounded) ? kUnbounded : saturate(a.hi + b.hi)};
}

// The range of a − b.
inline CountRange subtract(const CountRange& a, const CountRange& b) {
  const std::int64_t lo = b.hi >= kUnbounded ? -kUnbounded : saturate(a.lo - b.hi);
  const std::int64_t hi = a.hi >= kUnbounded ? kUnbounded : saturate(a.hi - b.lo);
  return {lo, hi};
}

inline CountRange intersect(const CountRange& a, const CountRange& b) {
  return {std::max(a.lo, b.lo), std::min(a.hi, b.hi)};
}

inline std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return a <= 0 ? 0 : (a + b - 1) / b; }

// Products of counts and percentages held as percent × 10^6 need more than 64 bits.
__extension__ typedef __int128 WideCount;

inline WideCount times_percent(std::int64_t count, std::int64_t percent_e6) {
  return WideCount(count) * WideCount(percent_e6);
}

}  // namespace against_all
