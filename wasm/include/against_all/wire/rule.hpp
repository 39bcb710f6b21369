// A rule on the wire: read from a request, written back normalised (docs/engine-api.md, "rule").
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "against_all/error.hpp"
#include "against_all/rule.hpp"

namespace against_all {

// Reads a rule object: {"preset": id} with optional overrides, or every field spelled out.
// Errors: rule.invalid (with the field path in `field`), rule.unknown_preset.
Result<Rule> parse_rule(const nlohmann::ordered_json& json);

// The normalised rule, every field present, percentages as numbers.
nlohmann::ordered_json rule_json(const Rule& rule);

// A percentage from 0 to 100 as a JSON number; nullopt when it is anything else.
std::optional<PercentE6> percent_from_json(const nlohmann::ordered_json& value);
// Whole percentages stay integers ("50", not "50.0").
nlohmann::ordered_json percent_json(PercentE6 percent);

}  // namespace against_all
