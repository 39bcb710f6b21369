// What goes with the against-all share: turnout, the electorate's size, the number of candidates,
// the leader's share and the kind of unit, side by side with the share of every contest (or
// region). The `factors` result of docs/engine-api.md. Relations, never causes.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/error.hpp"
#include "against_all/figures.hpp"
#include "against_all/measures.hpp"

namespace against_all {

struct FactorsOptions {
  std::optional<Measure> base;        // ballots_cast | valid_votes; none = chosen from the data
  std::optional<std::string> level;   // "contest" | "region"; none = chosen from the data
};

// Reads `base` and `level` from a request; request.invalid_json (field base|level) on a bad value.
Result<FactorsOptions> factors_options(const nlohmann::json& request);

nlohmann::ordered_json build_factors(const Dataset& dataset, const Figures& figures, const FactorsOptions& options);

}  // namespace against_all
