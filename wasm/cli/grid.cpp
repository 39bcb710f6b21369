#include "grid.hpp"

#include <algorithm>
#include <iostream>

#include "against_all/csv_writer.hpp"
#include "against_all/utf8.hpp"

namespace against_all::cli {
namespace {

std::size_t display_width(const std::string& text) { return utf8_code_points(text, 0, text.size()); }

}  // namespace

void print_grid(const Grid& grid, bool csv, const std::vector<bool>& numeric) {
  if (csv) {
    for (const auto& row : grid) {
      for (std::size_t i = 0; i < row.size(); ++i) std::cout << (i ? "," : "") << csv_cell(row[i]);
      std::cout << "\n";
    }
    return;
  }
  std::vector<std::size_t> widths(grid.front().size(), 0);
  for (const auto& row : grid)
    for (std::size_t i = 0; i < row.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i].empty() ? "—" : row[i]));
  for (const auto& row : grid) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string cell = row[i].empty() ? "—" : row[i];
      const std::string pad(widths[i] - display_width(cell), ' ');
      if (i) line += "  ";
      line += numeric[i] ? pad + cell : cell + (i + 1 < row.size() ? pad : "");
    }
    std::cout << line << "\n";
  }
}

}  // namespace against_all::cli
