// The one way the core writes CSV: every cell quoted when it must be, and a cell a spreadsheet
// would run as a formula (starting with = + - @, a tab or a carriage return) made inert with a
// leading apostrophe — unless it is a plain number such as "-12" or "2.5", which stays a number.
// Used by every CSV that leaves the tool from the core or the CLI (problem rows, CLI tables);
// the page's own exports follow the same rule (web/src/export/csv.js).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace against_all {

// One cell's text, guarded and quoted for this delimiter.
std::string csv_cell(std::string_view text, char delimiter = ',');

// One record: its cells joined by the delimiter, ended by CRLF.
std::string csv_record(const std::vector<std::string>& cells, char delimiter = ',');

}  // namespace against_all
