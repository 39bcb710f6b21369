// What a region's total leaves for an open contest, as JSON (docs/engine-api.md, a contest's
// `region_bound`).
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/region_bound.hpp"

namespace against_all {

// { region, against_all_at_most, sharing, at_bound, settles }
nlohmann::ordered_json region_bound_json(const Dataset& dataset, const RegionBound& bound, const RegionBoundVerdict& verdict);

}  // namespace against_all
