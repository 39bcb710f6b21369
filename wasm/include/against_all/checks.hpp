// Consistency checks over the resolved figures; each finding names the units involved.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"

namespace against_all {

struct Finding {
  std::string id;          // "F1", "F2", … in the order below
  std::string code;        // "check.children_sum_mismatch", …
  std::string severity;    // "error" | "warning" | "info"
  std::vector<int> units;  // indices into Dataset::units
  std::string measure;     // empty when the finding is not about one measure
  nlohmann::ordered_json values;
  std::vector<int> sources;  // indices into Dataset::sources
};

// Order: claims.disagree, children sums, ballot sums, cast vs registered, published percentages,
// candidate counts, elected vs leader, unit counts; within each, units in file order.
std::vector<Finding> run_checks(const Dataset& dataset, const Figures& figures);

}  // namespace against_all
