// A rows × columns grid printed as an aligned table or as CSV. Empty cells are unknown:
// blank in CSV, "—" in a table.
#pragma once

#include <string>
#include <vector>

namespace against_all::cli {

using Grid = std::vector<std::vector<std::string>>;

void print_grid(const Grid& grid, bool csv, const std::vector<bool>& numeric);

}  // namespace against_all::cli
