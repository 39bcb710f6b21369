#include "against_all/measures.hpp"

#include <algorithm>

namespace against_all {

const std::vector<std::string>& count_measures() {
  static const std::vector<std::string> measures = {
      "registered", "ballots_cast", "invalid", "blank", "crossed_out",
      "against_all", "valid_votes", "candidates"};
  return measures;
}

bool is_additive(const std::string& measure) {
  const auto& measures = count_measures();
  return std::find(measures.begin(), measures.end(), measure) != measures.end();
}

const std::vector<std::string>& percent_measures() {
  static const std::vector<std::string> measures = {"against_all_pct", "turnout_pct"};
  return measures;
}

bool is_percent_measure(const std::string& measure) {
  const auto& measures = percent_measures();
  return std::find(measures.begin(), measures.end(), measure) != measures.end();
}

}  // namespace against_all
