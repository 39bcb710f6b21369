// An Excel workbook (.xlsx, .xlsm: Office Open XML) read as tables: its sheets listed with their
// sizes, and one sheet turned into tab-separated text that the upload reader reads like any file,
// one line per sheet row, so that a (line, field) of the text is a cell of the sheet.
//
// Cells: shared and inline strings as written; numbers as written when they are integers, a
// number within kWholeTolerance of a whole number (Excel arithmetic: 1234.0000000001) as that
// whole number (counted in `rounded`), any other number in its shortest form (15 significant
// digits, as Excel shows it), so that a count column reports it as not a whole number; cells in a
// date format as ISO dates; formulas by their cached value. Located problems (sheet + A1 cell):
// xlsx.formula_without_value, xlsx.cell_error (#DIV/0! …), xlsx.bad_shared_string,
// xlsx.inexact_number (a whole number beyond 2^53 stored as floating point). The text of a
// merged range spreads over all its cells (one across the whole width is a title: its text stays in its
// first cell); hidden rows and columns are read and listed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "against_all/error.hpp"

namespace against_all {

constexpr double kWholeTolerance = 1e-9;   // relative: |x - round(x)| <= 1e-9 * max(1, |x|)

struct SheetSummary {
  std::string name;
  bool hidden = false;   // hidden or very hidden in Excel
  bool chart = false;    // a chart sheet: no cells
  int rows = 0;          // rows with a value
  int columns = 0;       // from the first to the last column with a value
};

struct CellProblem {
  std::string code;
  std::string cell;   // A1 notation
  std::string text;   // the formula, the error value, …
};

struct SheetTable {
  std::string name;
  std::string text;               // tab-separated; empty rows are empty lines
  int first_row = 1;              // the sheet row of the text's line 1
  int first_column = 1;           // the sheet column of each line's first field
  int columns = 0;
  std::vector<CellProblem> problems;
  std::vector<int> hidden_rows;        // within the table's rows
  std::vector<int> hidden_columns;     // within its columns (1-based)
  std::vector<std::string> merged;     // ranges whose text was spread, "A1:C1"
  int rounded = 0;                     // numbers taken as whole within the tolerance
  std::string first_rounded;           // the first such cell
  int dates = 0;                       // cells in a date format, written as ISO dates
};

struct WorkbookRead {
  std::vector<SheetSummary> sheets;
  SheetTable table;
  std::size_t chosen = 0;
};

// Reads the workbook and the sheet named `sheet` (empty: the first visible sheet with data).
// Errors: those of the zip (zip.*, limit.unzipped_size, limit.zip_ratio), xml.* and
// limit.xml_depth (text names the part), xlsx.not_a_workbook, xlsx.unknown_sheet,
// xlsx.empty_workbook (no sheet has a value; a text of spaces only is none), xlsx.empty_sheet, xlsx.bad_cell_reference,
// limit.shared_strings, limit.sheets, limit.columns.
Result<WorkbookRead> read_workbook(std::string_view bytes, const std::string& file_name, const std::string& sheet);

// "A", "Z", "AA", … for a 1-based column; "F12" for a cell.
std::string column_name(int column);
std::string cell_name(int row, int column);

}  // namespace against_all
