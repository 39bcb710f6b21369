#include "against_all/shares.hpp"

#include <algorithm>

namespace against_all {

std::optional<Fraction> fraction(std::optional<std::int64_t> part, std::optional<std::int64_t> whole) {
  if (!part || !whole || *whole <= 0) return std::nullopt;
  return Fraction{*part, *whole};
}

std::optional<double> share(std::optional<std::int64_t> part, std::optional<std::int64_t> whole) {
  auto f = fraction(part, whole);
  if (!f) return std::nullopt;
  return f->value();
}

int compare(const Fraction& a, const Fraction& b) {
  __extension__ typedef __int128 wide;
  const wide left = static_cast<wide>(a.part) * b.whole;
  const wide right = static_cast<wide>(b.part) * a.whole;
  return left < right ? -1 : (left > right ? 1 : 0);
}

UnitShares unit_shares(const Figures& figures, int unit) {
  const auto against_all = figures.value(unit, Measure::against_all);
  const auto ballots_cast = figures.value(unit, Measure::ballots_cast);
  const auto registered = figures.value(unit, Measure::registered);
  UnitShares shares;
  shares.against_all_of_cast = fraction(against_all, ballots_cast);
  shares.against_all_of_valid = fraction(against_all, figures.value(unit, Measure::valid_votes));
  shares.against_all_of_registered = fraction(against_all, registered);
  shares.turnout = fraction(ballots_cast, registered);
  return shares;
}

std::vector<std::optional<int>> competition_ranks(const std::vector<std::optional<Fraction>>& shares) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (shares[i]) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return compare(*shares[a], *shares[b]) > 0; });
  std::vector<std::optional<int>> ranks(shares.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const bool tied = k > 0 && compare(*shares[order[k]], *shares[order[k - 1]]) == 0;
    ranks[order[k]] = tied ? *ranks[order[k - 1]] : static_cast<int>(k) + 1;
  }
  return ranks;
}

ShareStats share_stats(const std::vector<double>& shares) {
  ShareStats stats;
  stats.n = static_cast<int>(shares.size());
  if (shares.empty()) return stats;
  double sum = 0;
  for (double s : shares) sum += s;
  stats.mean = sum / static_cast<double>(shares.size());
  std::vector<double> sorted = shares;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t middle = sorted.size() / 2;
  stats.median = sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return stats;
}

const char* to_string(VsNational vs) {
  switch (vs) {
    case VsNational::above: return "above";
    case VsNational::below: return "below";
    case VsNational::equal: return "equal";
  }
  return "equal";
}

std::optional<VsNational> vs_national(const std::optional<Fraction>& unit, const std::optional<Fraction>& national) {
  if (!unit || !national) return std::nullopt;
  const int sign = compare(*unit, *national);
  return sign > 0 ? VsNational::above : (sign < 0 ? VsNational::below : VsNational::equal);
}

}  // namespace against_all
