// The `summary` and `check` results as JSON, in the shape docs/engine-api.md describes.
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/summary.hpp"

namespace against_all {

nlohmann::ordered_json summary_json(const Dataset& dataset, const Summary& summary);
nlohmann::ordered_json summary_json(const Dataset& dataset);

// { "findings": [Finding] }
nlohmann::ordered_json check_json(const Dataset& dataset);

}  // namespace against_all
