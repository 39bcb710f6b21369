// Where an upload's table came from, as JSON: the container, a zip's entries, a workbook's sheets.
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/table_source.hpp"

namespace against_all {

// { container, entry, entries, sheets, sheet, first_row, first_column, hidden_rows,
//   hidden_columns, merged, rounded, first_rounded, whole_tolerance, dates, cell_problems }
// (the sheet keys only for a workbook; cell_problems only when `with_cell_problems`).
nlohmann::ordered_json source_json(const TableSource& source, bool with_cell_problems);

}  // namespace against_all
