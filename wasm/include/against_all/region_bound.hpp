// What a region's published total leaves for one of its contests whose against-all count is
// unknown (issue 12, (2)): the region's against-all less every known count of its other contests.
// The decision does not read it (a contest's bounds come from its own figures); an open contest
// quotes it, with the outcome it settles when the rule gives one outcome anywhere from 0 to it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "against_all/contest_counts.hpp"
#include "against_all/dataset.hpp"
#include "against_all/decision.hpp"
#include "against_all/figures.hpp"
#include "against_all/rule.hpp"

namespace against_all {

struct RegionBound {
  int region = -1;                       // the unit whose total gives it
  std::int64_t against_all_at_most = 0;
  int sharing = 0;                       // the region's contests without the count, this one included
};

// By contest (in `contests` order): the bound where the contest's against-all count is unknown and
// its parent's total, less what the other contests are known to hold, bounds it.
std::vector<std::optional<RegionBound>> region_bounds(const Dataset& dataset, const Figures& figures,
                                                      const std::vector<int>& contests);

// The bound applied to an open contest: the outcome with the count at 0 and at the bound; valid
// (or a runoff) at both settles it (at every count between too, see apply_region_bound).
struct RegionBoundVerdict {
  Outcome at_none = Outcome::undecided;
  Outcome at_bound = Outcome::undecided;
  std::optional<Outcome> settles;
};
RegionBoundVerdict apply_region_bound(const ContestCounts& counts, const RegionBound& bound, const Rule& rule,
                                      PercentE6 swing_e6);

}  // namespace against_all
