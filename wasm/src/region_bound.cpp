#include "against_all/region_bound.hpp"

#include "against_all/remainder.hpp"
#include "against_all/settle.hpp"

namespace against_all {

std::vector<std::optional<RegionBound>> region_bounds(const Dataset& dataset, const Figures& figures,
                                                      const std::vector<int>& contests) {
  std::vector<std::optional<RegionBound>> out(contests.size());
  std::vector<int> done(dataset.units.size(), 0);   // 1: the parent's remainder was read
  std::vector<std::optional<Remainder>> remainders(dataset.units.size());
  for (std::size_t i = 0; i < contests.size(); ++i) {
    const int contest = contests[i];
    const int parent = dataset.units[contest].parent;
    if (parent < 0 || figures.at(contest, Measure::against_all).known()) continue;
    if (!done[parent]) remainders[parent] = remainder_of(dataset, figures, parent), done[parent] = 1;
    const std::optional<Remainder>& r = remainders[parent];
    if (!r || !r->against_all.known()) continue;
    // The remainder subtracts only the contests known for both measures; the others' known
    // against-all counts leave less still for this one.
    std::int64_t left = *r->against_all.value;
    int sharing = 0;
    for (int other : r->contests) {
      const auto known = figures.value(other, Measure::against_all);
      if (!known) ++sharing;
      else if (other != contest) left -= *known;
    }
    if (left < 0) continue;   // the figures disagree; the checks report it
    out[i] = RegionBound{parent, left, sharing};
  }
  return out;
}

RegionBoundVerdict apply_region_bound(const ContestCounts& counts, const RegionBound& bound, const Rule& rule,
                                      PercentE6 swing_e6) {
  RegionBoundVerdict v;
  v.at_none = decide_outcome(with_figure(counts, "against_all", 0), rule, swing_e6);
  v.at_bound = decide_outcome(with_figure(counts, "against_all", bound.against_all_at_most), rule, swing_e6);
  // Valid (or a runoff) at 0 and at the bound is valid (a runoff) between: validity and the runoff
  // only fail more as against-all grows, a turnout minimum only less. Void at both is not enough
  // (void by turnout at 0 and by validity at the bound may leave a valid contest between).
  if (v.at_none == v.at_bound && (v.at_bound == Outcome::valid || v.at_bound == Outcome::runoff)) v.settles = v.at_bound;
  return v;
}

}  // namespace against_all
