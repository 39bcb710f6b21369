// The `summary` and `check` results, as JSON in the shape docs/engine-api.md describes.
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"

namespace against_all {

nlohmann::ordered_json build_summary(const Dataset& dataset);

// { "findings": [Finding] }
nlohmann::ordered_json build_check(const Dataset& dataset);

}  // namespace against_all
