// Totals are claims, not units. A row named «Итого», «Всего», «Барлығы», "Total", "Grand total",
// "Total Bogota"… (or, for a file's last row, one equal to the sum of all the others) is not
// added in: it is the published total of its parent, kept as a claim and checked against the sum.
// A column of that kind among the candidate columns is not a candidate: in each row it is checked
// against the sum of the others.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "against_all/measures.hpp"

namespace against_all {

// «Итого», «Всего по району», «Барлығы», "Total", "Grand total", "Total Bogota", "Subtotal",
// "Total general" (case, spaces, "_" and a trailing ":" or "." aside).
bool reads_as_total(std::string_view text);

// One figure of a total row or column beside the sum it claims.
struct TotalFigure {
  Measure measure = Measure::candidate_votes;   // a count measure, or a candidate's votes
  std::string candidate;                // when measure is candidate_votes
  std::string field;                    // the column's header
  std::int64_t published = 0;
  std::optional<std::int64_t> sum;      // unknown when a part is unknown, or not checked
  int line = 0;                         // where the published figure is
  int column = 0;
  bool agrees() const { return sum && *sum == published; }
};

// A row (or, transposed, a column) read as a total.
struct TotalRow {
  int line = 0;
  std::string label;                    // its text in the hierarchy column
  std::string field;                    // that column's header
  std::vector<std::string> parent_path; // the hierarchy values above it; empty: the whole file
  std::string how;                      // "label" | "sum" (equal to the sum of the other rows)
  int unit = -1;                        // the unit whose total it is, once found
  std::vector<TotalFigure> figures;
};

// A candidate column read as a total of the others in its row.
struct TotalColumn {
  int column = 0;
  std::string header;
  int rows_checked = 0;
  int rows_differing = 0;
};

}  // namespace against_all
