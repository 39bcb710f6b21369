#include "against_all/figures.hpp"

#include "against_all/arithmetic.hpp"
#include "against_all/candidates.hpp"
#include "against_all/measures.hpp"

namespace against_all {

const char* to_string(FigureStatus status) {
  switch (status) {
    case FigureStatus::reported: return "reported";
    case FigureStatus::derived: return "derived";
    case FigureStatus::unknown: return "unknown";
  }
  return "unknown";
}

const Figure& Figures::at(int unit, const std::string& measure) const {
  static const Figure unknown;
  const auto& figures = units_[unit];
  auto found = figures.find(measure);
  return found == figures.end() ? unknown : found->second;
}

namespace {

void use_claims(const Dataset& dataset, Figure& figure) {
  int best = -1;
  for (int index : figure.claims) {
    const Claim& claim = dataset.claims[index];
    if (best < 0 || dataset.priority_rank(claim.source) < dataset.priority_rank(dataset.claims[best].source)) {
      best = index;
    }
    if (claim.value != dataset.claims[figure.claims.front()].value) figure.disagreement = true;
  }
  figure.value = dataset.claims[best].value;
  figure.source = dataset.claims[best].source;
  figure.status = FigureStatus::reported;
}

void derive(Figure& figure, std::int64_t value, Derivation derivation) {
  figure.value = value;
  figure.status = FigureStatus::derived;
  figure.derivation = std::move(derivation);
}

// sum_of_children and parent_minus_siblings for one unit and measure.
bool derive_from_children(const Dataset& dataset, Figures& figures, int unit, const std::string& measure) {
  const auto& children = dataset.units[unit].children;
  if (children.empty()) return false;
  auto& all = figures.units();
  Figure& parent = all[unit][measure];
  std::optional<std::int64_t> known_sum = 0;
  std::vector<int> known, unknown;
  for (int child : children) {
    const Figure& figure = all[child][measure];
    if (figure.known()) {
      known.push_back(child);
      known_sum = add(known_sum, *figure.value);
    } else {
      unknown.push_back(child);
    }
  }
  if (!known_sum) return false;
  if (!parent.known() && unknown.empty()) {
    Derivation derivation{"sum_of_children", {}};
    for (int child : known) derivation.from.push_back({child, measure});
    derive(parent, *known_sum, derivation);
    return true;
  }
  if (parent.known() && unknown.size() == 1 && *parent.value >= *known_sum) {
    Derivation derivation{"parent_minus_siblings", {{unit, measure}}};
    for (int child : known) derivation.from.push_back({child, measure});
    derive(all[unknown.front()][measure], *parent.value - *known_sum, derivation);
    return true;
  }
  return false;
}

// valid_votes = every candidate's votes + against_all, when the candidate list is complete.
bool derive_valid_votes(const Dataset& dataset, Figures& figures, int contest) {
  auto& own = figures.units()[contest];
  Figure& valid = own[measure_name(Measure::valid_votes)];
  const Figure& against_all = own[measure_name(Measure::against_all)];
  if (valid.known() || !against_all.known()) return false;
  if (candidate_list(dataset, contest, own[measure_name(Measure::candidates)].value) != CandidateList::complete) return false;
  auto sum = add(*against_all.value, known_votes(dataset, contest));
  if (!sum) return false;
  derive(valid, *sum,
         Derivation{"candidates_plus_against_all", {{contest, measure_name(Measure::candidate_votes)}, {contest, measure_name(Measure::against_all)}}});
  return true;
}

}  // namespace

Figures resolve_figures(const Dataset& dataset) {
  Figures figures;
  auto& all = figures.units();
  all.resize(dataset.units.size());
  for (auto& figures_of_unit : all) {
    for (Measure measure : count_measures()) figures_of_unit[measure_name(measure)] = Figure{};
  }
  for (int i = 0; i < static_cast<int>(dataset.claims.size()); ++i) {
    const Claim& claim = dataset.claims[i];
    all[claim.unit][claim.measure].claims.push_back(i);
  }
  for (auto& figures_of_unit : all) {
    for (auto& entry : figures_of_unit) {
      if (!entry.second.claims.empty()) use_claims(dataset, entry.second);
    }
  }

  const int unit_count = static_cast<int>(dataset.units.size());
  bool changed = true;
  while (changed) {
    changed = false;
    for (int unit = 0; unit < unit_count; ++unit) {
      for (Measure measure : count_measures()) {
        changed = derive_from_children(dataset, figures, unit, measure_name(measure)) || changed;
      }
      if (dataset.units[unit].level == dataset.contest_level) {
        changed = derive_valid_votes(dataset, figures, unit) || changed;
      }
    }
  }
  return figures;
}

}  // namespace against_all
