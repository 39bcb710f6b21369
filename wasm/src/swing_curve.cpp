#include "against_all/swing_curve.hpp"

#include <algorithm>

#include "against_all/exact_swing.hpp"
#include "against_all/radix_sort.hpp"
#include "against_all/scenario.hpp"
#include "against_all/swing.hpp"

namespace against_all {
namespace {

constexpr PercentE6 kHalfPoint = kPercentScale / 2;

// The outcome as a function of the swing, evaluated with the tallies' own decision.
struct Probe {
  const ContestCounts& counts;
  const PreparedContest& prepared;
  const Rule& rule;
  Outcome at(PercentE6 swing) const { return decide_outcome(counts, prepared, rule, swing); }
};

// The first swing in (lo, hi] whose outcome differs from the one at lo, given that hi's does and
// that the outcome changes once in between.
PercentE6 first_change(const Probe& probe, PercentE6 lo, PercentE6 hi, Outcome at_lo) {
  while (hi - lo > 1) {
    const PercentE6 mid = lo + (hi - lo) / 2;
    if (probe.at(mid) == at_lo) lo = mid; else hi = mid;
  }
  return hi;
}

// The swings at which the moved votes grow: with V valid votes the m-th vote moves at ⌈m·100 %/V⌉.
PercentE6 swing_moving(std::int64_t m, std::int64_t valid) {
  if (m < 90'000'000'000) return (m * kHundredPercent + valid - 1) / valid;   // fits in 64 bits
  return static_cast<PercentE6>((WideCount(m) * kHundredPercent + valid - 1) / valid);
}

// Calls change(swing, from, to) at every change of a contest read exactly, up to `max_swing`, in
// order; returns the outcome at 0. The outcome depends on the swing only through the moved votes
// (exact_swing.hpp).
template <typename Change>
Outcome exact_changes(const std::int64_t* votes, std::size_t vote_count, const ExactSwingCounts& exact,
                      const Rule& rule, PercentE6 max_swing, Change change) {
  const ExactSwing contest(votes, vote_count, exact);
  const std::int64_t most_moved = exact.valid > 0 ? moved_votes(exact.valid, exact.total, max_swing) : 0;
  return contest.for_each_change(rule, most_moved, [&](std::int64_t moved, Outcome from, Outcome to) {
    change(swing_moving(moved, exact.valid), from, to);
  });
}

// The same for any contest.
template <typename Change>
Outcome for_each_change(const ContestCounts& counts, const PreparedContest& prepared, const Rule& rule,
                        PercentE6 max_swing, Change change) {
  if (const auto exact = exact_swing_counts(counts, prepared, rule)) {
    const std::vector<std::int64_t>& votes = prepared.candidates.known;
    return exact_changes(votes.data(), votes.size(), *exact, rule, max_swing, change);
  }
  // Known only by bounds: the outcome at every half point, and the exact swing of each change
  // between two of them (one change between neighbours half a point apart).
  const Probe probe{counts, prepared, rule};
  const Outcome at_zero = probe.at(0);
  Outcome previous = at_zero;
  for (PercentE6 s = kHalfPoint; s <= max_swing; s += kHalfPoint) {
    const Outcome here = probe.at(s);
    if (here == previous) continue;
    change(first_change(probe, s - kHalfPoint, s, previous), previous, here);
    previous = here;
  }
  return at_zero;
}

// A change as one 32-bit key: the swing (at most 100 % = 10^8 < 2^27) above the two outcomes, so
// that sorting the keys sorts the changes by swing.
std::uint32_t pack(PercentE6 swing, Outcome from, Outcome to) {
  return static_cast<std::uint32_t>(swing) << 4 | static_cast<std::uint32_t>(from) << 2 | static_cast<std::uint32_t>(to);
}

}  // namespace

std::vector<OutcomeStep> outcome_steps(const ContestCounts& counts, const PreparedContest& prepared, const Rule& rule,
                                       PercentE6 max_swing) {
  std::vector<OutcomeStep> out(1);
  out.front().outcome = for_each_change(counts, prepared, rule, max_swing,
                                        [&](PercentE6 swing, Outcome, Outcome to) { out.push_back({swing, to}); });
  return out;
}

std::array<int, 4> SwingCurve::at(PercentE6 swing) const {
  auto it = std::upper_bound(steps.begin(), steps.end(), swing,
                             [](PercentE6 s, const CurveStep& step) { return s < step.swing; });
  return it == steps.begin() ? std::array<int, 4>{} : std::prev(it)->contests;
}

SwingCurve swing_curve(const ContestTable& table, const Rule& rule, PercentE6 max_swing) {
  max_swing = std::clamp<PercentE6>(max_swing, 0, kHundredPercent);
  const bool has_basis = table.swing_basis.size() == table.counts.size();
  const SwingBasis built = has_basis ? SwingBasis{} : SwingBasis(table.prepared);
  const SwingBasis& basis = has_basis ? table.swing_basis : built;
  std::array<int, 4> start{};
  std::vector<std::uint32_t> changes;
  auto add = [&](PercentE6 swing, Outcome from, Outcome to) { changes.push_back(pack(swing, from, to)); };
  for (std::size_t i = 0; i < table.counts.size(); ++i) {
    const auto exact = basis.exact_counts(i, rule);
    const Outcome at_zero = exact ? exact_changes(basis.votes(i), basis.vote_count(i), *exact, rule, max_swing, add)
                                  : for_each_change(table.counts[i], table.prepared[i], rule, max_swing, add);
    ++start[static_cast<std::size_t>(at_zero)];
  }
  radix_sort(changes);
  SwingCurve curve;
  curve.steps.push_back({0, start});
  for (std::uint32_t change : changes) {
    const PercentE6 swing = change >> 4;
    if (curve.steps.back().swing != swing) curve.steps.push_back({swing, curve.steps.back().contests});
    --curve.steps.back().contests[(change >> 2) & 3];
    ++curve.steps.back().contests[change & 3];
  }
  return curve;
}

SwingCurve SwingCurveCache::get(const ContestTable& table, const Rule& rule, PercentE6 max_swing) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!rule_ || !(*rule_ == rule) || max_swing_ != max_swing) {
    curve_ = swing_curve(table, rule, max_swing);
    rule_ = rule;
    max_swing_ = max_swing;
  }
  return curve_;
}

}  // namespace against_all
