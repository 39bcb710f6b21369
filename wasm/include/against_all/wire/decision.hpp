// One contest's decision as JSON: outcome, what decided it or what is missing, the distances to
// the other outcome and the ranges it was judged on (docs/engine-api.md, evaluate's contests).
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/decision.hpp"

namespace against_all {

nlohmann::ordered_json decision_json(const Decision& decision);

}  // namespace against_all
