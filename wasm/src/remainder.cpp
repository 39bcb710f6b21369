#include "against_all/remainder.hpp"

#include "against_all/arithmetic.hpp"

namespace against_all {

namespace {

const Measure kMeasures[] = {Measure::ballots_cast, Measure::against_all};

Figure remainder_figure(const Figures& figures, int unit, const std::vector<int>& known_children,
                        Measure measure) {
  Figure figure;
  const auto parent = figures.value(unit, measure);
  if (!parent) return figure;
  std::optional<std::int64_t> sum = 0;
  Derivation derivation{"region_remainder", {{unit, measure_name(measure)}}};
  for (int child : known_children) {
    sum = add(sum, *figures.value(child, measure));
    derivation.from.push_back({child, measure_name(measure)});
  }
  if (!sum || *sum > *parent) return figure;   // children_exceed_parent reports it
  figure.value = *parent - *sum;
  figure.status = FigureStatus::derived;
  figure.derivation = derivation;
  return figure;
}

}  // namespace

std::optional<Remainder> remainder_of(const Dataset& dataset, const Figures& figures, int unit) {
  Remainder remainder;
  std::vector<int> known_children;
  for (int child : dataset.units[unit].children) {
    bool known = true;
    for (Measure measure : kMeasures) known = known && figures.at(child, measure).known();
    (known ? known_children : remainder.contests).push_back(child);
  }
  // With no contest known the remainder would only repeat the region's own total.
  if (remainder.contests.size() < 2 || known_children.empty()) return std::nullopt;
  remainder.ballots_cast = remainder_figure(figures, unit, known_children, Measure::ballots_cast);
  remainder.against_all = remainder_figure(figures, unit, known_children, Measure::against_all);
  if (!figures.at(unit, Measure::ballots_cast).known() && !figures.at(unit, Measure::against_all).known()) return std::nullopt;
  return remainder;
}

}  // namespace against_all
