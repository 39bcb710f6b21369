// The `factors` result as text: correlations with their plain sentence, the groups, what was left out.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace against_all::cli {

// "weak negative relation, r = -0.25, 95 % CI -0.33...-0.17, n = 542" (English, for the terminal).
std::string relation_sentence(const nlohmann::ordered_json& correlation);

void print_factors(const nlohmann::ordered_json& factors);

}  // namespace against_all::cli
