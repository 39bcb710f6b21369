#include "against_all/wire/scenario.hpp"

#include <utility>

#include "against_all/wire/decision.hpp"
#include "against_all/wire/region_bound.hpp"
#include "against_all/wire/rule.hpp"
#include "against_all/wire/settle.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

json tally_json(const Tally& tally) {
  json out;
  for (Outcome o : {Outcome::valid, Outcome::void_, Outcome::runoff, Outcome::undecided}) {
    const auto i = static_cast<std::size_t>(o);
    out[to_string(o)] = json{{"contests", tally.contests[i]},
                             {"registered", tally.registered[i]},
                             {"registered_unknown", tally.registered_unknown[i]}};
  }
  return out;
}

json curve_points_json(const std::vector<CurveStep>& points) {
  json out = json::array();
  for (const CurveStep& step : points) {
    json point{{"swing", percent_json(step.swing)}};
    for (Outcome o : {Outcome::valid, Outcome::void_, Outcome::runoff, Outcome::undecided})
      point[to_string(o)] = step.contests[static_cast<std::size_t>(o)];
    out.push_back(std::move(point));
  }
  return out;
}

json preset_json(const Preset& preset) {
  return json{{"id", preset.id},
              {"countries", preset.countries},
              {"differs_from_law", preset.differs_from_law},
              {"rule", rule_json(preset.rule)}};
}

}  // namespace

json contest_entry_json(const Dataset& dataset, const ContestTable& table, const ContestEntry& entry) {
  const Unit& unit = dataset.units[table.contests[entry.index]];
  const int region = table.regions[entry.index];
  const Decision& decision = entry.decision;
  json out;
  out["id"] = unit.id;
  out["region"] = region >= 0 ? json(dataset.units[region].id) : json(nullptr);
  json body = decision_json(decision);
  for (auto& [key, value] : body.items()) out[key] = value;
  if (decision.winner) out["winner"] = dataset.candidates[unit.candidates[*decision.winner]].name;
  const Count& registered = table.counts[entry.index].registered;
  out["registered"] = registered ? json(*registered) : json(nullptr);
  if (entry.settle) {
    json list = json::array();
    for (const Lever& l : *entry.settle) list.push_back(lever_json(l));
    out["settle"] = std::move(list);
  } else {
    out["settle"] = nullptr;
  }
  out["region_bound"] =
      entry.region_bound ? region_bound_json(dataset, *entry.region_bound, entry.region_bound_verdict) : json(nullptr);
  return out;
}

json swing_curve_json(const Rule& rule, const SwingCurvePoints& curve) {
  json out;
  out["rule"] = rule_json(rule);
  out["swing_curve"] = curve_points_json(curve.half_points);
  out["swing_steps"] = curve.steps ? curve_points_json(*curve.steps) : json(nullptr);
  return out;
}

json scenario_json(const Dataset& dataset, const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                   const EvaluateParts& parts, SwingCurveCache* curve_cache) {
  json contests = json::array();
  const Scenario scenario = evaluate_scenario(dataset, table, rule, swing_e6, parts, curve_cache, [&](ContestEntry&& entry) {
    contests.push_back(contest_entry_json(dataset, table, entry));
  });
  json regions = json::array();
  for (const RegionTally& r : scenario.regions)
    regions.push_back(json{{"id", dataset.units[r.region].id}, {"tally", tally_json(r.tally)}});

  json out;
  out["rule"] = rule_json(rule);
  out["swing"] = percent_json(swing_e6);
  if (parts.contests) out["contests"] = std::move(contests);
  out["regions"] = std::move(regions);
  out["totals"] = tally_json(scenario.totals);
  if (scenario.why) out["why"] = why_json(*scenario.why);
  if (scenario.curve) {
    out["swing_steps"] = scenario.curve->steps ? curve_points_json(*scenario.curve->steps) : json(nullptr);
    out["swing_curve"] = curve_points_json(scenario.curve->half_points);
  }
  return out;
}

json scenario_json(const Dataset& dataset, const Figures& figures, const Rule& rule, PercentE6 swing_e6) {
  return scenario_json(dataset, contest_table(dataset, figures), rule, swing_e6);
}

json comparison_json(const PresetComparison& comparison) {
  json list = json::array();
  for (const PresetTally& p : comparison.presets) {
    json entry = preset_json(*p.preset);
    entry["totals"] = tally_json(p.totals);
    list.push_back(entry);
  }
  return json{{"swing", percent_json(comparison.swing)}, {"presets", list}};
}

json presets_json() {
  json list = json::array();
  for (const Preset& preset : presets()) list.push_back(preset_json(preset));
  return json{{"presets", list}};
}

}  // namespace against_all
