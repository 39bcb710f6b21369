// One row of a wide upload against itself: its candidates + against all should make its valid
// votes. A row that does not is listed in the report with both numbers (row.valid_votes_mismatch),
// also where the row is summed into a larger unit and the unit's own checks cannot see it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "against_all/column_mapping.hpp"

namespace against_all {

class RowSumCheck {
 public:
  explicit RowSumCheck(const ColumnMapping& mapping);

  // The problem's text ("candidates + against all = 67751, valid votes = 57751"), or nothing when
  // the row adds up, the check does not apply, or a figure is unknown.
  std::optional<std::string> valid_votes(const std::vector<std::string_view>& fields) const;

  int column() const { return valid_column_; }

 private:
  bool active_ = false;
  int valid_column_ = -1;
  std::vector<int> candidates_;
  std::vector<int> against_all_;
  bool valid_excludes_against_all_ = false;
};

}  // namespace against_all
