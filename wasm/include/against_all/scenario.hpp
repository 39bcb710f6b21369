// A rule applied to a whole dataset: every contest's decision, the tallies by region and for
// the dataset, and the curve of outcomes as against-all grows by a uniform swing.
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/contest_counts.hpp"
#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/rule.hpp"

namespace against_all {

// The counts of one contest (a unit at the dataset's contest level), as resolved and derived.
ContestCounts contest_counts(const Dataset& dataset, const Figures& figures, int contest);

// { rule, swing, contests: [...], regions: [...], totals, swing_curve: [...] }
nlohmann::ordered_json evaluate_scenario(const Dataset& dataset, const Figures& figures, const Rule& rule,
                                         PercentE6 swing_e6);

// { presets: [{ id, countries, differs_from_law, rule, totals }] }: every preset on the dataset.
nlohmann::ordered_json compare_presets(const Dataset& dataset, const Figures& figures, PercentE6 swing_e6);

// { presets: [{ id, countries, differs_from_law, rule }] }
nlohmann::ordered_json list_presets();

}  // namespace against_all
