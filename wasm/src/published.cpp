#include "against_all/published.hpp"

#include <cmath>

namespace against_all {

namespace {

double half_unit(int decimals) {
  double unit = 1;
  for (int i = 0; i < decimals; ++i) unit /= 10;
  return unit / 2;
}

}  // namespace

PublishedCheck check_published(const Figures& figures, const PublishedClaim& published) {
  const bool turnout = published.measure == Measure::turnout_pct;
  const Measure part = turnout ? Measure::ballots_cast : Measure::against_all;
  const Measure whole = turnout ? Measure::registered : Measure::ballots_cast;
  PublishedCheck check;
  for (Measure measure : {part, whole}) {
    if (!figures.at(published.unit, measure).known()) check.missing.push_back(measure);
  }
  check.recomputed = fraction(figures.value(published.unit, part), figures.value(published.unit, whole));
  if (check.recomputed) {
    const double percent = 100.0 * static_cast<double>(check.recomputed->part) /
                           static_cast<double>(check.recomputed->whole);
    check.matches = std::fabs(percent - published.value) <= half_unit(published.decimals) + 1e-9;
  }
  return check;
}

bool published_compatible(const PublishedClaim& a, const PublishedClaim& b) {
  return std::fabs(a.value - b.value) <= half_unit(a.decimals) + half_unit(b.decimals) + 1e-9;
}

}  // namespace against_all
