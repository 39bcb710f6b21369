// An upload's sums made the dataset's claims and candidates; a sum with an unknown part is listed, not claimed.
#include "upload_builder.hpp"

#include <string>

#include "against_all/measures.hpp"

namespace against_all {

// Known when every reporting unit under the unit gave the figure.
std::optional<std::int64_t> UploadBuilder::resolved(const UnitState& state, const Sum& sum) const {
  // No row reached the unit (every row was unusable): its figures are unknown, not zero.
  if (state.reporting_units == 0) return std::nullopt;
  if (sum.overflow || sum.units_unknown > 0 || sum.units_with != state.reporting_units) return std::nullopt;
  return sum.value;
}

void UploadBuilder::unknown(int unit, const UnitState& state, const Sum& sum, Measure measure, const std::string& name) {
  if (state.reporting_units == 0) return;  // nothing to say but "no usable row", which the report says
  UnknownFigure figure;
  figure.unit = unit;
  figure.measure = measure;
  figure.candidate = name;
  figure.rows = state.reporting_units;
  figure.rows_unknown = state.reporting_units - sum.units_with;
  figure.known_part = sum.overflow ? 0 : sum.value;
  figure.first_line = sum.first_unknown_line;
  report_.unknown_figures.push_back(std::move(figure));
}

void UploadBuilder::finish() {
  if (last_row_is_sum()) unwind_last_row();
  check_totals();
  Dataset& d = out_.dataset;
  for (int unit = 0; unit < static_cast<int>(d.units.size()); ++unit) {
    const UnitState& state = states_[unit];
    for (std::size_t m = 0; m < measures_.size(); ++m) {
      const Sum& sum = state.measures[m];
      if (auto value = resolved(state, sum)) {
        d.claims.push_back(Claim{unit, measure_name(measures_[m]), *value, 0, "", 0});
      } else {
        unknown(unit, state, sum, measures_[m], "");
      }
    }
    if (d.units[unit].level != d.contest_level) continue;
    for (const CandidateSum& c : state.candidates) {
      Candidate candidate;
      candidate.contest = unit;
      candidate.name = c.name;
      candidate.name_source = c.name;
      candidate.party = c.party;
      candidate.votes = resolved(state, c.votes);
      if (!candidate.votes) unknown(unit, state, c.votes, Measure::candidate_votes, c.name);
      candidate.source = 0;
      candidate.line = c.first_line;
      d.units[unit].candidates.push_back(static_cast<int>(d.candidates.size()));
      d.candidates.push_back(std::move(candidate));
    }
    if (!state.candidates.empty()) {
      d.claims.push_back(Claim{unit, measure_name(Measure::candidates), static_cast<std::int64_t>(state.candidates.size()), 0, "", 0});
    }
  }
  if (!rows_are_contests_) {
    for (Measure measure : percent_measures()) {
      if (mapping_.measures.count(measure)) {
        report_.notes.push_back("measures." + measure_name(measure) + ": percentages of reporting units below the contest are not summed");
      }
    }
  }
}

}  // namespace against_all
