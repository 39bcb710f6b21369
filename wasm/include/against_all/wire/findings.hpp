// Findings as JSON: `[Finding]` of docs/engine-api.md, units and sources by their ids.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "against_all/checks.hpp"
#include "against_all/dataset.hpp"

namespace against_all {

nlohmann::ordered_json findings_json(const Dataset& dataset, const std::vector<Finding>& findings);

}  // namespace against_all
