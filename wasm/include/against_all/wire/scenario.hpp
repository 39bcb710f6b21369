// A rule over a dataset as JSON (docs/engine-api.md: evaluate, swing_curve, compare, presets).
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/rule.hpp"
#include "against_all/scenario.hpp"
#include "against_all/swing_curve.hpp"

namespace against_all {

// { id, region, …decision, registered, settle, region_bound }: one contest of a `contests` list.
nlohmann::ordered_json contest_entry_json(const Dataset& dataset, const ContestTable& table, const ContestEntry& entry);

// { rule, swing, contests: [...], regions: [...], totals, why, swing_steps, swing_curve } (contests,
// why and the curve absent when `parts` leaves them out): evaluates the rule and writes it.
// `curve_cache`: a session's, or null.
nlohmann::ordered_json scenario_json(const Dataset& dataset, const ContestTable& table, const Rule& rule,
                                     PercentE6 swing_e6, const EvaluateParts& parts = {},
                                     SwingCurveCache* curve_cache = nullptr);
nlohmann::ordered_json scenario_json(const Dataset& dataset, const Figures& figures, const Rule& rule, PercentE6 swing_e6);

// { rule, swing_curve: [counts at every half point from 0 to +30], swing_steps: [every exact
// breakpoint, or null past 5,000 of them] }: the curve alone (the `swing_curve` op).
nlohmann::ordered_json swing_curve_json(const Rule& rule, const SwingCurvePoints& curve);

// { swing, presets: [{ id, countries, differs_from_law, rule, totals }] }
nlohmann::ordered_json comparison_json(const PresetComparison& comparison);

// { presets: [{ id, countries, differs_from_law, rule }] }
nlohmann::ordered_json presets_json();

}  // namespace against_all
