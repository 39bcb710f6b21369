#include "against_all/swing_curve.hpp"

#include <algorithm>

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
  return static_cast<PercentE6>((WideCount(m) * kHundredPercent + valid - 1) / valid);
}

// Exact counts: the outcome depends on the swing only through the moved votes m, so every change
// sits where m grows; against-all rises one vote per step while each candidate loses its share,
// so the rule's conditions change monotonically except for the largest remainder's one-vote
// wobbles, which a scan of a few votes around each change settles.
void exact_steps(const Probe& probe, std::int64_t valid, std::int64_t total, std::size_t candidates, PercentE6 max_swing,
                 std::vector<OutcomeStep>& out) {
  const std::int64_t m_max = moved_votes(valid, total, max_swing);
  auto g = [&](std::int64_t m) { return probe.at(m == 0 ? 0 : swing_moving(m, valid)); };
  // The one-vote wobbles of the largest remainder stay within k + 1 moved votes of a change. Only
  // the runoff condition can wobble: against-all gains a vote per step while the leader regains at
  // most one, so validity (and a constant turnout) change once at most.
  const std::int64_t wobble = probe.rule.winner_min ? static_cast<std::int64_t>(candidates) + 2 : 0;
  std::int64_t m = 0;
  Outcome current = out.back().outcome;
  while (m < m_max) {
    std::int64_t hi = -1;
    if (g(m_max) != current) {
      hi = m_max;
    } else {
      for (std::int64_t j = std::max(m + 1, m_max - wobble); j < m_max; ++j)
        if (g(j) != current) { hi = j; break; }
      if (hi < 0) return;
    }
    std::int64_t lo = m;   // g(lo) == current, g(hi) != current
    while (hi - lo > 1) {
      const std::int64_t mid = lo + (hi - lo) / 2;
      if (g(mid) == current) lo = mid; else hi = mid;
    }
    std::int64_t first = hi;   // an earlier change hidden by a wobble lies just before
    for (std::int64_t j = std::max(m + 1, hi - wobble); j < hi; ++j)
      if (g(j) != current) { first = j; break; }
    current = g(first);
    out.push_back({swing_moving(first, valid), current});
    m = first;
  }
}

}  // namespace

std::vector<OutcomeStep> outcome_steps(const ContestCounts& counts, const PreparedContest& prepared, const Rule& rule,
                                       PercentE6 max_swing) {
  const Probe probe{counts, prepared, rule};
  std::vector<OutcomeStep> out{{0, probe.at(0)}};
  if (const auto exact = exact_swing_counts(counts, prepared, rule)) {
    if (exact->valid > 0) exact_steps(probe, exact->valid, exact->total, exact->candidates, max_swing, out);
    return out;
  }
  // Known only by bounds: the outcome at every half point, and the exact swing of each change
  // between two of them (one change between neighbours half a point apart).
  Outcome previous = out.back().outcome;
  for (PercentE6 s = kHalfPoint; s <= max_swing; s += kHalfPoint) {
    const Outcome here = probe.at(s);
    if (here == previous) continue;
    out.push_back({first_change(probe, s - kHalfPoint, s, previous), here});
    previous = here;
  }
  return out;
}

std::array<int, 4> SwingCurve::at(PercentE6 swing) const {
  auto it = std::upper_bound(steps.begin(), steps.end(), swing,
                             [](PercentE6 s, const CurveStep& step) { return s < step.swing; });
  return it == steps.begin() ? std::array<int, 4>{} : std::prev(it)->contests;
}

SwingCurve swing_curve(const ContestTable& table, const Rule& rule, PercentE6 max_swing) {
  struct Event {
    PercentE6 swing;
    Outcome from, to;
  };
  std::array<int, 4> start{};
  std::vector<Event> events;
  for (std::size_t i = 0; i < table.counts.size(); ++i) {
    const std::vector<OutcomeStep> steps = outcome_steps(table.counts[i], table.prepared[i], rule, max_swing);
    ++start[static_cast<std::size_t>(steps.front().outcome)];
    for (std::size_t j = 1; j < steps.size(); ++j) events.push_back({steps[j].from, steps[j - 1].outcome, steps[j].outcome});
  }
  std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) { return x.swing < y.swing; });
  SwingCurve curve;
  curve.steps.push_back({0, start});
  for (const Event& e : events) {
    if (curve.steps.back().swing != e.swing) curve.steps.push_back({e.swing, curve.steps.back().contests});
    --curve.steps.back().contests[static_cast<std::size_t>(e.from)];
    ++curve.steps.back().contests[static_cast<std::size_t>(e.to)];
  }
  return curve;
}

}  // namespace against_all
