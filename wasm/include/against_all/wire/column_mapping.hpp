// A mapping as JSON (docs/engine-api.md, "Mapping"): read from a request against the file's header,
// written back with columns as indices, and the suggestion as `inspect` gives it.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "against_all/column_mapping.hpp"
#include "against_all/error.hpp"

namespace against_all {

// Columns may be given by 0-based index or by exact header text. Errors: map.invalid (field =
// the key path), map.unknown_column, map.ambiguous_column (two columns have that header),
// map.required_column_missing (no hierarchy; long without option or votes column),
// map.duplicate_column (one column mapped twice), map.unknown_measure.
Result<ColumnMapping> read_mapping(const nlohmann::json& mapping, const std::vector<std::string>& header);

// Columns as 0-based indices; every key present.
nlohmann::ordered_json mapping_json(const ColumnMapping& mapping);

// The suggestion as `inspect` gives it: "mapping", "unmapped", "ambiguous", "header_problems",
// "suggestion" { "columns", "questions" }.
nlohmann::ordered_json suggestion_json(const MappingSuggestion& suggestion, const std::vector<std::string>& header);

}  // namespace against_all
