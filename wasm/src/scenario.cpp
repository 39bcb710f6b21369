#include "against_all/scenario.hpp"

#include <array>

#include "against_all/decision.hpp"
#include "against_all/presets.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

constexpr PercentE6 kSwingStep = kPercentScale / 2;      // the curve: every half point
constexpr PercentE6 kSwingMax = 30 * kPercentScale;      // … from 0 to +30 points

// Outcome tallies, with the voters living in the contests of each outcome.
struct Tally {
  std::array<int, 4> contests{};                // by Outcome
  std::array<std::int64_t, 4> registered{};     // sum of the known registered voters
  std::array<int, 4> registered_unknown{};      // contests whose registered voters are unknown

  void add(Outcome outcome, const Count& registered_voters) {
    const auto i = static_cast<std::size_t>(outcome);
    ++contests[i];
    if (registered_voters) registered[i] += *registered_voters; else ++registered_unknown[i];
  }

  json to_json() const {
    json out;
    for (Outcome o : {Outcome::valid, Outcome::void_, Outcome::runoff, Outcome::undecided}) {
      const auto i = static_cast<std::size_t>(o);
      out[to_string(o)] = json{{"contests", contests[i]},
                               {"registered", registered[i]},
                               {"registered_unknown", registered_unknown[i]}};
    }
    return out;
  }
};

std::vector<int> contests_of(const Dataset& dataset) { return dataset.units_at_level(dataset.contest_level); }

// The level-1 unit (a region) a contest belongs to, or -1 when contests sit right under the root.
int region_of(const Dataset& dataset, int contest) {
  int unit = contest;
  while (unit >= 0 && dataset.units[unit].level > 1) unit = dataset.units[unit].parent;
  return (unit >= 0 && dataset.units[unit].level == 1) ? unit : -1;
}

json contest_json(const Dataset& dataset, int contest, const ContestCounts& counts, const Decision& decision) {
  const Unit& unit = dataset.units[contest];
  json out;
  out["id"] = unit.id;
  const int region = region_of(dataset, contest);
  out["region"] = region >= 0 ? json(dataset.units[region].id) : json(nullptr);
  json body = to_json(decision);
  for (auto& [key, value] : body.items()) out[key] = value;
  if (decision.winner) out["winner"] = dataset.candidates[unit.candidates[*decision.winner]].name;
  out["registered"] = counts.registered ? json(*counts.registered) : json(nullptr);
  return out;
}

Tally tally(const std::vector<ContestCounts>& counts, const Rule& rule, PercentE6 swing) {
  Tally t;
  for (const ContestCounts& c : counts) t.add(decide(c, rule, swing).outcome, c.registered);
  return t;
}

std::vector<ContestCounts> all_counts(const Dataset& dataset, const Figures& figures) {
  std::vector<ContestCounts> counts;
  for (int contest : contests_of(dataset)) counts.push_back(contest_counts(dataset, figures, contest));
  return counts;
}

json preset_json(const Preset& preset) {
  return json{{"id", preset.id},
              {"countries", preset.countries},
              {"differs_from_law", preset.differs_from_law},
              {"rule", to_json(preset.rule)}};
}

}  // namespace

ContestCounts contest_counts(const Dataset& dataset, const Figures& figures, int contest) {
  ContestCounts c;
  c.registered = figures.value(contest, "registered");
  c.ballots_cast = figures.value(contest, "ballots_cast");
  c.invalid = figures.value(contest, "invalid");
  c.blank = figures.value(contest, "blank");
  c.crossed_out = figures.value(contest, "crossed_out");
  c.against_all = figures.value(contest, "against_all");
  c.valid_votes = figures.value(contest, "valid_votes");
  c.candidate_count = figures.value(contest, "candidates");
  for (int candidate : dataset.units[contest].candidates) c.candidate_votes.push_back(dataset.candidates[candidate].votes);
  return c;
}

json evaluate_scenario(const Dataset& dataset, const Figures& figures, const Rule& rule, PercentE6 swing_e6) {
  const std::vector<int> contests = contests_of(dataset);
  const std::vector<ContestCounts> counts = all_counts(dataset, figures);

  json contest_list = json::array();
  Tally totals;
  std::vector<int> region_order;
  std::map<int, Tally> by_region;
  for (std::size_t i = 0; i < contests.size(); ++i) {
    const Decision decision = decide(counts[i], rule, swing_e6);
    contest_list.push_back(contest_json(dataset, contests[i], counts[i], decision));
    totals.add(decision.outcome, counts[i].registered);
    const int region = region_of(dataset, contests[i]);
    if (region < 0) continue;
    if (!by_region.count(region)) region_order.push_back(region);
    by_region[region].add(decision.outcome, counts[i].registered);
  }

  json regions = json::array();
  for (int region : region_order)
    regions.push_back(json{{"id", dataset.units[region].id}, {"tally", by_region[region].to_json()}});

  json curve = json::array();
  for (PercentE6 swing = 0; swing <= kSwingMax; swing += kSwingStep) {
    const Tally t = tally(counts, rule, swing);
    json point{{"swing", percent_to_json(swing)}};
    for (Outcome o : {Outcome::valid, Outcome::void_, Outcome::runoff, Outcome::undecided})
      point[to_string(o)] = t.contests[static_cast<std::size_t>(o)];
    curve.push_back(point);
  }

  json out;
  out["rule"] = to_json(rule);
  out["swing"] = percent_to_json(swing_e6);
  out["contests"] = contest_list;
  out["regions"] = regions;
  out["totals"] = totals.to_json();
  out["swing_curve"] = curve;
  return out;
}

json compare_presets(const Dataset& dataset, const Figures& figures, PercentE6 swing_e6) {
  const std::vector<ContestCounts> counts = all_counts(dataset, figures);
  json list = json::array();
  for (const Preset& preset : presets()) {
    json entry = preset_json(preset);
    entry["totals"] = tally(counts, preset.rule, swing_e6).to_json();
    list.push_back(entry);
  }
  return json{{"swing", percent_to_json(swing_e6)}, {"presets", list}};
}

json list_presets() {
  json list = json::array();
  for (const Preset& preset : presets()) list.push_back(preset_json(preset));
  return json{{"presets", list}};
}

}  // namespace against_all
