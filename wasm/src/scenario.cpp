#include "against_all/scenario.hpp"

#include <array>
#include <utility>

namespace against_all {
namespace {

constexpr PercentE6 kSwingStep = kPercentScale / 2;      // the curve: every half point
constexpr PercentE6 kSwingMax = 30 * kPercentScale;      // … from 0 to +30 points
constexpr std::size_t kMostCurveSteps = 5'000;           // exact breakpoints sent, at most

std::vector<int> contests_of(const Dataset& dataset) { return dataset.units_at_level(dataset.contest_level); }

// The level-1 unit (a region) a contest belongs to, or -1 when contests sit right under the root.
int region_of(const Dataset& dataset, int contest) {
  int unit = contest;
  while (unit >= 0 && dataset.units[unit].level > 1) unit = dataset.units[unit].parent;
  return (unit >= 0 && dataset.units[unit].level == 1) ? unit : -1;
}

Tally tally(const ContestTable& table, const Rule& rule, PercentE6 swing) {
  Tally t;
  for (std::size_t i = 0; i < table.counts.size(); ++i)
    t.add(decide_outcome(table.counts[i], table.prepared[i], rule, swing), table.counts[i].registered);
  return t;
}

}  // namespace

void Tally::add(Outcome outcome, const Count& registered_voters) {
  const auto i = static_cast<std::size_t>(outcome);
  ++contests[i];
  if (registered_voters) registered[i] += *registered_voters; else ++registered_unknown[i];
}

ContestEntry contest_entry(const ContestTable& table, std::size_t index, Decision decision, std::vector<Lever> levers,
                           bool with_levers, const Rule& rule, PercentE6 swing_e6) {
  ContestEntry entry;
  entry.index = index;
  const bool open = decision.outcome == Outcome::undecided;
  if (!open) entry.settle.emplace();
  else if (with_levers) entry.settle = std::move(levers);
  // What the region's published total leaves for this open contest's missing count (issue 12).
  if (open && with_levers && index < table.region_bounds.size() && table.region_bounds[index]) {
    entry.region_bound = table.region_bounds[index];
    entry.region_bound_verdict = apply_region_bound(table.counts[index], *entry.region_bound, rule, swing_e6);
  }
  entry.decision = std::move(decision);
  return entry;
}

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

// The most candidates any contest had, when the dataset's root counts its contests by number of
// candidates ("contests_with_3_candidates": 35, "…_2_…": 10) and those counts cover every contest.
std::optional<std::int64_t> most_candidates(const Dataset& dataset, const Figures& figures, std::size_t contests) {
  int root = -1;
  for (std::size_t u = 0; u < dataset.units.size() && root < 0; ++u)
    if (dataset.units[u].level == 0) root = static_cast<int>(u);
  if (root < 0) return std::nullopt;
  const std::string suffix = "_candidates";
  std::int64_t covered = 0;
  std::optional<std::int64_t> most;
  for (const auto& [measure, figure] : figures.of(root)) {
    const auto with = measure.find("s_with_");
    if (with == std::string::npos || measure.size() <= suffix.size() ||
        measure.compare(measure.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    const std::string digits = measure.substr(with + 7, measure.size() - suffix.size() - with - 7);
    if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    if (!figure.value) return std::nullopt;
    covered += *figure.value;
    if (*figure.value > 0) most = std::max<std::int64_t>(most.value_or(0), std::stoll(digits));
  }
  if (covered != static_cast<std::int64_t>(contests)) return std::nullopt;
  return most;
}

ContestTable contest_table(const Dataset& dataset, const Figures& figures) {
  ContestTable table;
  table.contests = contests_of(dataset);
  const std::optional<std::int64_t> at_most = most_candidates(dataset, figures, table.contests.size());
  table.counts.reserve(table.contests.size());
  table.prepared.reserve(table.contests.size());
  table.regions.reserve(table.contests.size());
  for (int contest : table.contests) {
    table.counts.push_back(contest_counts(dataset, figures, contest));
    if (!table.counts.back().candidate_count) table.counts.back().candidate_count_at_most = at_most;
    table.prepared.push_back(prepare_contest(table.counts.back()));
    table.regions.push_back(region_of(dataset, contest));
  }
  table.region_bounds = region_bounds(dataset, figures, table.contests);
  table.swing_basis = SwingBasis(table.prepared);
  return table;
}

SwingCurvePoints swing_curve_points(const ContestTable& table, const Rule& rule, SwingCurveCache* curve_cache) {
  // From each contest's flip points (swing_curve.hpp): the half points as before, and every exact
  // breakpoint when there are not too many to send.
  SwingCurve exact = curve_cache ? curve_cache->get(table, rule, kSwingMax) : swing_curve(table, rule, kSwingMax);
  SwingCurvePoints out;
  for (PercentE6 swing = 0; swing <= kSwingMax; swing += kSwingStep) out.half_points.push_back(CurveStep{swing, exact.at(swing)});
  if (exact.steps.size() <= kMostCurveSteps) out.steps = std::move(exact.steps);
  return out;
}

Scenario evaluate_scenario(const Dataset& dataset, const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                           const EvaluateParts& parts, SwingCurveCache* curve_cache,
                           const std::function<void(ContestEntry&&)>& on_contest) {
  Scenario out;
  std::vector<int> region_slot(dataset.units.size(), -1);   // region unit → index into out.regions
  std::vector<OpenContest> open;
  const bool with_levers = table.contests.size() <= kMostContestsWithLevers;
  for (std::size_t i = 0; i < table.contests.size(); ++i) {
    const ContestCounts& counts = table.counts[i];
    Outcome outcome;
    if (parts.contests) {
      Decision decision = decide(counts, rule, swing_e6);
      std::vector<Lever> levers = decision.outcome == Outcome::undecided && with_levers ? levers_for(counts, rule, swing_e6)
                                                                                      : std::vector<Lever>{};
      outcome = decision.outcome;
      if (outcome == Outcome::undecided) open.push_back(OpenContest{i, decision.missing, levers});
      on_contest(contest_entry(table, i, std::move(decision), std::move(levers), with_levers, rule, swing_e6));
    } else {
      outcome = decide_outcome(counts, table.prepared[i], rule, swing_e6);
      if (parts.why && outcome == Outcome::undecided) {
        // The why summary without the list: only the open contests are decided in full.
        open.push_back(OpenContest{i, decide(counts, rule, swing_e6).missing,
                                   with_levers ? levers_for(counts, rule, swing_e6) : std::vector<Lever>{}});
      }
    }
    out.totals.add(outcome, counts.registered);
    const int region = table.regions[i];
    if (region < 0) continue;
    if (region_slot[region] < 0) {
      region_slot[region] = static_cast<int>(out.regions.size());
      out.regions.push_back(RegionTally{region, Tally{}});
    }
    out.regions[region_slot[region]].tally.add(outcome, counts.registered);
  }
  if (parts.why) out.why = why_summary(table, rule, swing_e6, open);
  if (parts.curve) out.curve = swing_curve_points(table, rule, curve_cache);
  return out;
}

PresetComparison compare_presets(const ContestTable& table, PercentE6 swing_e6) {
  PresetComparison out;
  out.swing = swing_e6;
  for (const Preset& preset : presets()) out.presets.push_back(PresetTally{&preset, tally(table, preset.rule, swing_e6)});
  return out;
}

PresetComparison compare_presets(const Dataset& dataset, const Figures& figures, PercentE6 swing_e6) {
  return compare_presets(contest_table(dataset, figures), swing_e6);
}

}  // namespace against_all
