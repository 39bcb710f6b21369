// A rule applied to a whole dataset: every contest's decision, the tallies by region and for
// the dataset, and the curve of outcomes as against-all grows by a uniform swing.
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "against_all/contest_bounds.hpp"
#include "against_all/contest_counts.hpp"
#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/region_bound.hpp"
#include "against_all/rule.hpp"
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

class SwingCurveCache;

// { rule, swing, contests: [...], regions: [...], totals, swing_curve: [...], swing_steps }
// (contests / swing_curve absent when `parts` leaves them out). `curve_cache`: a session's, or null.
nlohmann::ordered_json evaluate_scenario(const Dataset& dataset, const ContestTable& table, const Rule& rule,
                                         PercentE6 swing_e6, const EvaluateParts& parts = {},
                                         SwingCurveCache* curve_cache = nullptr);

// { rule, swing_curve: [counts at every half point from 0 to +30], swing_steps: [every exact
// breakpoint, or null past 5,000 of them] }: the curve alone (the `swing_curve` op).
nlohmann::ordered_json swing_curve_result(const ContestTable& table, const Rule& rule, SwingCurveCache* curve_cache);
nlohmann::ordered_json evaluate_scenario(const Dataset& dataset, const Figures& figures, const Rule& rule,
                                         PercentE6 swing_e6);

// { presets: [{ id, countries, differs_from_law, rule, totals }] }: every preset on the dataset.
nlohmann::ordered_json compare_presets(const ContestTable& table, PercentE6 swing_e6);
nlohmann::ordered_json compare_presets(const Dataset& dataset, const Figures& figures, PercentE6 swing_e6);

// { presets: [{ id, countries, differs_from_law, rule }] }
nlohmann::ordered_json list_presets();

}  // namespace against_all
