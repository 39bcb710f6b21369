// A rule applied to a whole dataset: every contest's decision, the tallies by region and for
// the dataset, and the curve of outcomes as against-all grows by a uniform swing (JSON: wire/scenario.hpp).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "against_all/contest_bounds.hpp"
#include "against_all/contest_counts.hpp"
#include "against_all/dataset.hpp"
#include "against_all/decision.hpp"
#include "against_all/figures.hpp"
#include "against_all/presets.hpp"
#include "against_all/region_bound.hpp"
#include "against_all/rule.hpp"
#include "against_all/settle.hpp"
#include "against_all/swing_curve.hpp"
#include "against_all/swing_basis.hpp"

namespace against_all {

// The counts of one contest (a unit at the dataset's contest level), as resolved and derived.
ContestCounts contest_counts(const Dataset& dataset, const Figures& figures, int contest);

// Every contest's counts and region, read once from the figures: what a rule is evaluated on.
// A session keeps it, so re-evaluating a rule reads no file and resolves no figure again.
struct ContestTable {
  std::vector<int> contests;             // unit indices, in file order
  std::vector<ContestCounts> counts;     // by contest
  std::vector<PreparedContest> prepared; // by contest: what no rule changes, computed once
  std::vector<int> regions;              // the level-1 unit of each contest, or -1
  std::vector<std::optional<RegionBound>> region_bounds;   // by contest (may be empty: none)
  SwingBasis swing_basis;                // what the swing curve reads of each contest, flat
};

ContestTable contest_table(const Dataset& dataset, const Figures& figures);

// What an evaluate result holds besides the rule, swing, regions and totals.
struct EvaluateParts {
  bool contests = true;   // every contest's decision (the bulk of a large result)
  bool curve = true;      // the swing curve from each contest's flip points
  bool why = true;        // why the open contests are open (with `contests`, or alone: only open ones decided in full)
};

// One contest as a result lists it: its decision, what would settle it when it is open, and what
// its region's total leaves for its missing count (issue 12).
struct ContestEntry {
  std::size_t index = 0;                     // into the table
  Decision decision;
  std::optional<std::vector<Lever>> settle;  // decided: none needed (empty); open: its levers, unset when not computed
  std::optional<RegionBound> region_bound;   // open contests whose region's total bounds the count
  RegionBoundVerdict region_bound_verdict;   // with region_bound
};

// The entry of contest `index`. `with_levers`: the levers were computed (false past
// kMostContestsWithLevers contests).
ContestEntry contest_entry(const ContestTable& table, std::size_t index, Decision decision, std::vector<Lever> levers,
                           bool with_levers, const Rule& rule, PercentE6 swing_e6);

// Outcome tallies, with the voters living in the contests of each outcome.
struct Tally {
  std::array<int, 4> contests{};                // by Outcome
  std::array<std::int64_t, 4> registered{};     // sum of the known registered voters
  std::array<int, 4> registered_unknown{};      // contests whose registered voters are unknown

  void add(Outcome outcome, const Count& registered_voters);
};

struct RegionTally {
  int region = -1;                              // a level-1 unit
  Tally tally;
};

// The swing curve as a result gives it: the counts at every half point from 0 to +30, and at every
// exact breakpoint (none past 5,000 of them).
struct SwingCurvePoints {
  std::vector<CurveStep> half_points;
  std::optional<std::vector<CurveStep>> steps;
};
// `curve_cache`: a session's, or null.
SwingCurvePoints swing_curve_points(const ContestTable& table, const Rule& rule, SwingCurveCache* curve_cache);

// A rule over the dataset: the tallies by region (in the order their contests first come) and in
// all, why the open contests are open, and the curve (each when `parts` asks for it).
struct Scenario {
  std::vector<RegionTally> regions;
  Tally totals;
  std::optional<WhySummary> why;
  std::optional<SwingCurvePoints> curve;
};
// With `parts.contests`, every contest's entry goes to `on_contest` as it is decided, in file
// order (a large list is written out without being held twice).
Scenario evaluate_scenario(const Dataset& dataset, const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                           const EvaluateParts& parts, SwingCurveCache* curve_cache,
                           const std::function<void(ContestEntry&&)>& on_contest);

// Every preset on the dataset, at one swing.
struct PresetTally {
  const Preset* preset = nullptr;
  Tally totals;
};
struct PresetComparison {
  PercentE6 swing = 0;
  std::vector<PresetTally> presets;
};
PresetComparison compare_presets(const ContestTable& table, PercentE6 swing_e6);
PresetComparison compare_presets(const Dataset& dataset, const Figures& figures, PercentE6 swing_e6);

}  // namespace against_all
