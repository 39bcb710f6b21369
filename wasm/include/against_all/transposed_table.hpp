// A table laid out transposed (one row per measure, one column per area) read the other way
// round: a view made in memory, the uploaded file itself never changed. Every cell of the view
// knows where it was in the file, so problems are reported at the file's own line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "against_all/table_layout.hpp"

namespace against_all {

class TransposedTable {
 public:
  // The records of `text` from the header to the last data row (titles and notes left out).
  // Line breaks inside a cell become spaces in the view, so that its record k is on line k + 1.
  TransposedTable(std::string_view text, char delimiter, const TableLayout& layout);

  const std::string& text() const { return text_; }   // comma-separated, quoted where needed
  int rows() const { return static_cast<int>(source_lines_.size()); }   // records of the file read
  int columns() const { return columns_; }

  // Field `field` of the view's record `record` (0 = its header): the file's line and column.
  void locate(int record, int field, int& line, int& column) const;
  // The file's line that became field `field` of every record of the view.
  int source_line(int field) const;

 private:
  std::string text_;
  char delimiter_;
  int columns_ = 0;
  std::vector<int> source_lines_;      // [0] the header's line, then each data row's
  std::vector<std::string> source_raws_;
};

}  // namespace against_all
