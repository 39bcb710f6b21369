// Human views (table or CSV) of the engine's results.
#pragma once

#include <nlohmann/json.hpp>

namespace against_all::cli {

void print_units(const nlohmann::ordered_json& units, bool csv);
void print_findings(const nlohmann::ordered_json& findings);
void print_scenario(const nlohmann::ordered_json& scenario, bool csv);
void print_comparison(const nlohmann::ordered_json& comparison, bool csv);

}  // namespace against_all::cli
