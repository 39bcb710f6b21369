// What a column's sample values say about it: counts, fractions, percentages or text; how many
// distinct values. suggest_mapping weighs this against what the header says.
#pragma once

#include <string>
#include <vector>

namespace against_all {

struct ColumnProfile {
  int whole = 0;       // whole numbers ("654 443", "81.0")
  int decimal = 0;     // numbers with a fraction ("0.615", "2,2 %")
  int empty = 0;       // unknown marks ("", "-")
  int text = 0;        // anything else
  int distinct = 0;    // distinct non-empty values (trimmed)
  double max = 0;      // the largest number
  bool all_in_0_1 = true;      // every number between 0 and 1
  bool all_in_0_100 = true;    // every number between 0 and 100

  bool numeric() const { return whole + decimal > 0 && text == 0; }
  // Numbers with a few bad cells: a count column all the same (each bad cell is listed when read).
  bool mostly_numbers() const { return whole + decimal > 0 && whole + decimal >= text; }
  // Nothing but empty cells (or no rows at all): only the header can say what the column is.
  bool no_values() const { return whole + decimal + text == 0; }
  // Evidently names: three or more cells and not one number among them.
  bool names() const { return text >= 3 && whole + decimal == 0; }
  bool counts() const { return whole > 0 && decimal == 0 && text == 0; }
  bool textual() const { return text > 0; }
  // A share written as a fraction (Bulgaria's `activity`: 0.615…).
  bool fraction() const { return decimal > 0 && text == 0 && all_in_0_1; }
  // A percentage with decimals, between 0 and 100.
  bool percent_like() const { return decimal > 0 && text == 0 && all_in_0_100; }
};

std::vector<ColumnProfile> profile_columns(std::size_t columns, const std::vector<std::vector<std::string>>& sample);

// The cell trimmed of spaces (the sample holds fields as written).
std::string trimmed_cell(const std::vector<std::string>& row, int column);

}  // namespace against_all
