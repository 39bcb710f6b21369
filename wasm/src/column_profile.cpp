#include "against_all/column_profile.hpp"

#include <cmath>
#include <unordered_set>

#include "against_all/number_text.hpp"

namespace against_all {

std::string trimmed_cell(const std::vector<std::string>& row, int column) {
  if (column < 0 || column >= static_cast<int>(row.size())) return "";
  const std::string& cell = row[column];
  const auto first = cell.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  const auto last = cell.find_last_not_of(" \t");
  return cell.substr(first, last - first + 1);
}

std::vector<ColumnProfile> profile_columns(std::size_t columns, const std::vector<std::vector<std::string>>& sample) {
  std::vector<ColumnProfile> out(columns);
  std::vector<std::unordered_set<std::string>> seen(columns);
  for (const auto& row : sample) {
    for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
      ColumnProfile& p = out[c];
      const std::string cell = trimmed_cell(row, static_cast<int>(c));
      if (!cell.empty()) seen[c].insert(cell);
      const CountText count = read_count_text(cell);
      double value = 0;
      if (count.state == NumberState::value) {
        ++p.whole;
        value = static_cast<double>(count.value);
      } else if (count.state == NumberState::unknown) {
        ++p.empty;
        continue;
      } else {
        const PercentText percent = read_percent_text(cell);
        if (percent.state != NumberState::value) {
          ++p.text;
          continue;
        }
        value = percent.value;
        if (std::floor(value) == value) {
          ++p.whole;   // "81.0" where the count reader does not take it
        } else {
          ++p.decimal;
        }
      }
      if (value > p.max) p.max = value;
      if (value < 0 || value > 1) p.all_in_0_1 = false;
      if (value < 0 || value > 100) p.all_in_0_100 = false;
    }
  }
  for (std::size_t c = 0; c < columns; ++c) out[c].distinct = static_cast<int>(seen[c].size());
  return out;
}

}  // namespace against_all
