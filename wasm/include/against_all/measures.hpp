// The measures a figure may state, and what kind of value each holds.
#pragma once

#include <string>
#include <vector>

namespace against_all {

// Counts every unit shows, known or not, in this order.
const std::vector<std::string>& count_measures();

// Counts whose parent total is the sum of its children's.
bool is_additive(const std::string& measure);

// Published percentages: never inputs, only compared with the recomputation.
bool is_percent_measure(const std::string& measure);
const std::vector<std::string>& percent_measures();

}  // namespace against_all
