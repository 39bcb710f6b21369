// Consistency checks over the resolved figures; each finding names the units involved.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/measures.hpp"

namespace against_all {

// A claim a finding sets beside others: its value (a count, or a published percentage) and its source's id.
struct CitedClaim {
  std::variant<std::int64_t, double> value;
  std::string source;
};

// One value a finding states, typed: unknown, a count, a percentage, a name or a word, the
// claims that disagree, or the counts a check lacks.
using FindingValue =
    std::variant<std::nullptr_t, std::int64_t, double, std::string, std::vector<CitedClaim>, std::vector<Measure>>;

struct FindingField {
  std::string name;   // "parent", "children_sum", … (docs/engine-api.md, per code)
  FindingValue value;
};

struct Finding {
  std::string id;          // "F1", "F2", … in the order below
  std::string code;        // "check.children_sum_mismatch", …
  std::string severity;    // "error" | "warning" | "info"
  std::vector<int> units;  // indices into Dataset::units
  std::string measure;     // empty when the finding is not about one measure
  std::vector<FindingField> values;   // in the order they are shown
  std::vector<int> sources;  // indices into Dataset::sources
};

// Order: claims.disagree, children sums, ballot sums, cast vs registered, published percentages,
// candidate counts, elected vs leader, unit counts; within each, units in file order.
std::vector<Finding> run_checks(const Dataset& dataset, const Figures& figures);

}  // namespace against_all
