// The suggested mapping of a results file, as the CLI uses and shows it.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace against_all::cli {

// A table of the columns: number, header, role, sure or unsure (with the alternatives), why;
// then the questions the page would ask.
void print_suggestion(const nlohmann::ordered_json& inspection);

// One line for stderr: which mapping is used and how many of its choices are unsure.
std::string suggestion_notice(const std::string& file, const nlohmann::ordered_json& inspection);

}  // namespace against_all::cli
