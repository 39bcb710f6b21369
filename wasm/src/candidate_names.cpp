#include "against_all/candidate_names.hpp"

#include <map>

namespace against_all {

std::vector<std::string> candidate_names(const TableLayout& layout, const std::vector<std::string>& header,
                                         const std::vector<int>& candidates) {
  std::vector<std::string> out = header;
  if (layout.group.size() != header.size() || layout.names.size() != header.size()) return out;
  std::map<std::string, int> spanned;   // group label → candidate columns under it
  for (int column : candidates) {
    if (!layout.group[column].empty()) ++spanned[layout.group[column]];
  }
  std::map<std::string, int> uses;      // lower name → candidate columns it would name
  const auto named_below = [&](int column) {
    const std::string& label = layout.group[column];
    return !label.empty() && !layout.names[column].empty() && spanned[label] >= 2;
  };
  for (int column : candidates) ++uses[named_below(column) ? layout.names[column] : header[column]];
  for (int column : candidates) {
    if (named_below(column) && uses[layout.names[column]] == 1) out[column] = layout.names[column];
  }
  return out;
}

}  // namespace against_all
