#include "against_all/wire/region_bound.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

}  // namespace

json region_bound_json(const Dataset& dataset, const RegionBound& bound, const RegionBoundVerdict& verdict) {
  return json{{"region", dataset.units[bound.region].id},
              {"against_all_at_most", bound.against_all_at_most},
              {"sharing", bound.sharing},
              {"at_bound", to_string(verdict.at_bound)},
              {"settles", verdict.settles ? json(to_string(*verdict.settles)) : json(nullptr)}};
}

}  // namespace against_all
