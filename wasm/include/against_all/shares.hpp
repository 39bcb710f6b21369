// Shares as exact fractions of counts; ranks, roll-up statistics and the national comparison.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "against_all/figures.hpp"

namespace against_all {

// part / whole with whole > 0; an unknown count or a zero base has no fraction.
struct Fraction {
  std::int64_t part = 0;
  std::int64_t whole = 1;

  double value() const { return static_cast<double>(part) / static_cast<double>(whole); }
};

std::optional<Fraction> fraction(std::optional<std::int64_t> part, std::optional<std::int64_t> whole);
std::optional<double> share(std::optional<std::int64_t> part, std::optional<std::int64_t> whole);

// Exact: the sign of a − b (cross-multiplied in 128 bits, no rounding).
int compare(const Fraction& a, const Fraction& b);

struct UnitShares {
  std::optional<Fraction> against_all_of_cast;   // the article's measure
  std::optional<Fraction> against_all_of_valid;
  std::optional<Fraction> against_all_of_registered;
  std::optional<Fraction> turnout;               // ballots_cast / registered
};

UnitShares unit_shares(const Figures& figures, int unit);

// Competition ranking, 1 = highest; equal fractions share a rank; unknown → no rank.
std::vector<std::optional<int>> competition_ranks(const std::vector<std::optional<Fraction>>& shares);

struct ShareStats {
  int n = 0;
  std::optional<double> mean;     // unweighted
  std::optional<double> median;   // the mean of the two middle values when n is even
};

// Summed in the given order, so the result is the same on every platform.
ShareStats share_stats(const std::vector<double>& shares);

enum class VsNational { above, below, equal };
const char* to_string(VsNational vs);
std::optional<VsNational> vs_national(const std::optional<Fraction>& unit, const std::optional<Fraction>& national);

}  // namespace against_all
