// The swing curve from each contest's flip points (issue 12, (4)): the swing at which a contest's
// outcome changes, found once with the same exact decision the tallies use (so ties agree), and
// the curve built by sorting those points — O(N log N) instead of a decision per contest per point.
#pragma once

#include <array>
#include <mutex>
#include <optional>
#include <vector>

#include "against_all/contest_bounds.hpp"
#include "against_all/contest_counts.hpp"
#include "against_all/decision.hpp"
#include "against_all/rule.hpp"

namespace against_all {

struct ContestTable;

// A contest's outcome from swing `from` on (until the next step).
struct OutcomeStep {
  PercentE6 from = 0;
  Outcome outcome = Outcome::undecided;
};

// The outcome at swing 0 and every change up to `max_swing` (a contest may change more than once).
std::vector<OutcomeStep> outcome_steps(const ContestCounts& counts, const PreparedContest& prepared, const Rule& rule,
                                       PercentE6 max_swing);

// The counts by outcome from `swing` on, at every swing where one changes (the first at 0).
struct CurveStep {
  PercentE6 swing = 0;
  std::array<int, 4> contests{};   // by Outcome
};

struct SwingCurve {
  std::vector<CurveStep> steps;               // exact breakpoints, sorted
  std::array<int, 4> at(PercentE6 swing) const;   // the counts at any swing in [0, max]
};

// The curve from 0 to `max_swing` (at most 100 %). Exact contests are read from the table's
// swing basis (swing_basis.hpp; built here when the table has none), the breakpoints sorted by
// a radix sort and swept once.
SwingCurve swing_curve(const ContestTable& table, const Rule& rule, PercentE6 max_swing);

// The last curve a session built, kept for its rule and range: the page asks for the curve again
// on every swing it draws, and only a change of the rule changes it.
class SwingCurveCache {
 public:
  SwingCurve get(const ContestTable& table, const Rule& rule, PercentE6 max_swing);

 private:
  std::mutex mutex_;
  std::optional<Rule> rule_;
  PercentE6 max_swing_ = 0;
  SwingCurve curve_;
};

}  // namespace against_all
