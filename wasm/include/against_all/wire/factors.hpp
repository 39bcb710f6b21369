// The `factors` request and result as JSON (docs/engine-api.md): the options read from a request,
// the relations, groups and points written.
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/error.hpp"
#include "against_all/factors.hpp"

namespace against_all {

// Reads `base` and `level` from a request; request.invalid_json (field base|level) on a bad value.
Result<FactorsOptions> factors_options(const nlohmann::json& request);

nlohmann::ordered_json factors_json(const Dataset& dataset, const Factors& factors);

}  // namespace against_all
