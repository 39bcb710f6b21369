// An upload's own totals (rows and columns read as totals) checked against the sums of the rest.
#include "upload_builder.hpp"

#include <algorithm>
#include <string>

#include "against_all/arithmetic.hpp"
#include "against_all/cell_text.hpp"
#include "against_all/measures.hpp"
#include "against_all/totals.hpp"

namespace against_all {

namespace {

constexpr const char* kTotalsSource = "upload-totals";   // the file's own total rows

}  // namespace

// A total column is checked in each row against the candidates, the candidates with the other
// vote lines (against all, blank, crossed out), or all of those with the invalid ballots.
void UploadBuilder::check_total_columns(DelimitedReader& reader, const RecordView& record) {
  if (row_total_cells_.empty()) return;
  std::int64_t with_lines = row_candidates_;
  for (std::size_t m = 0; m < measures_.size(); ++m) {
    if ((measures_[m] == Measure::against_all || measures_[m] == Measure::blank || measures_[m] == Measure::crossed_out) && row_measures_[m]) {
      with_lines += *row_measures_[m];
    }
  }
  std::int64_t with_invalid = with_lines;   // every ballot: a "Total" column of ballots cast
  for (std::size_t m = 0; m < measures_.size(); ++m) {
    if (measures_[m] == Measure::invalid && row_measures_[m]) with_invalid += *row_measures_[m];
  }
  for (const auto& [column, value] : row_total_cells_) {
    TotalColumn& total = total_column(column);
    if (!row_candidates_known_) continue;
    ++total.rows_checked;
    if (value == row_candidates_ || value == with_lines || value == with_invalid) continue;
    ++total.rows_differing;
    cell_problem(reader, record, column, "total.differs");
    row_problems_.back().text = std::string(trim_cell(record.fields[column])) + " ≠ " + std::to_string(row_candidates_);
  }
}

TotalColumn& UploadBuilder::total_column(int column) {
  for (auto& total : report_.total_columns) {
    if (total.column == column) return total;
  }
  report_.total_columns.push_back(TotalColumn{column, report_.header[column], 0, 0});
  return report_.total_columns.back();
}

// A row whose hierarchy cell at `level` reads as a total: the published total of the unit above,
// kept to be checked, not summed. Its figures are read as the other rows' are.
const char* UploadBuilder::read_total_row(DelimitedReader& reader, const RecordView& record, int level) {
  const auto& fields = record.fields;
  std::vector<std::string> parent;
  for (int k = 0; k < level; ++k) {
    const auto value = trim_cell(fields[mapping_.hierarchy[k].column]);
    if (value.empty()) break;
    parent.emplace_back(value);
  }
  const int label_column = mapping_.hierarchy[level].column;
  const std::string label(trim_cell(fields[label_column]));
  std::string key;
  for (const auto& value : parent) key += value + '\x1f';
  key += label;
  const auto [entry, added] = total_index_.emplace(key, report_.totals.size());
  if (added) {
    TotalRow total;
    total.line = record.line;
    total.label = label;
    total.field = report_.header[label_column];
    total.parent_path = parent;
    total.how = "label";
    report_.totals.push_back(std::move(total));
    total_raws_[record.line] = std::string(record.raw);
  }
  const std::size_t index = entry->second;
  const auto add_figure = [&](Measure measure, const std::string& candidate, int column, std::int64_t value) {
    TotalFigure figure;
    figure.measure = measure;
    figure.candidate = candidate;
    figure.field = report_.header[column];
    figure.published = value;
    UploadProblem where;
    reader.locate(record, static_cast<std::size_t>(column), where.line, where.column);
    in_file(record, column, where);
    figure.line = where.line;
    figure.column = where.column;
    report_.totals[index].figures.push_back(std::move(figure));
  };
  if (added) {
    for (std::size_t m = 0; m < measures_.size(); ++m) {
      if (measure_columns_[m].empty()) continue;
      if (const auto sum = measure_sum(reader, record, m)) add_figure(measures_[m], "", measure_columns_[m].front(), *sum);
    }
  }
  if (mapping_.shape == UploadShape::long_) {
    const std::string option(trim_cell(fields[mapping_.option_column]));
    std::int64_t votes = 0;
    if (!read_cell(reader, record, mapping_.votes_column, votes)) return "row.total";
    auto target = mapping_.options.find(option);
    const OptionTarget as = target == mapping_.options.end() ? OptionTarget{} : target->second;
    if (as.kind == OptionTarget::Kind::ignore) return "row.total";
    const bool candidate = as.kind == OptionTarget::Kind::candidate;
    add_figure(candidate ? Measure::candidate_votes : as.measure, candidate ? option : "", mapping_.votes_column, votes);
    return "row.total";
  }
  for (int column : mapping_.candidates) {
    if (trim_cell(fields[column]).empty() || is_total_column(column)) continue;
    std::int64_t votes = 0;
    if (read_cell(reader, record, column, votes)) add_figure(Measure::candidate_votes, candidate_names_[column], column, votes);
  }
  return "row.total";
}

// The last row of a wide file, when each of its figures is the sum of all the other rows'
// (and not all zero), is the file's total: a careful reader does not add it in.
bool UploadBuilder::last_row_is_sum() const {
  if (mapping_.shape != UploadShape::wide || last_row_.line == 0 || report_.rows_used < 3) return false;
  const UnitState& root = states_[0];
  int compared = 0;
  bool nonzero = false;
  const auto twice = [&](const Sum& sum, std::int64_t value) {
    std::int64_t doubled = 0;
    if (sum.overflow || sum.units_unknown > 0 || __builtin_mul_overflow(value, 2, &doubled)) return false;
    ++compared;
    nonzero = nonzero || value != 0;
    return sum.value == doubled;
  };
  for (std::size_t m = 0; m < measures_.size(); ++m) {
    if (measure_columns_[m].empty()) continue;
    if (!last_row_.measures[m] || !twice(root.measures[m], *last_row_.measures[m])) return false;
  }
  for (std::size_t k = 0; k < mapping_.candidates.size(); ++k) {
    if (!last_row_.columns[k]) continue;
    if (root.column_votes.size() <= k || !twice(root.column_votes[k], *last_row_.columns[k])) return false;
  }
  return compared > 0 && nonzero;
}

// Takes the last row back out of every sum it went into, and the units it alone made.
void UploadBuilder::unwind_last_row() {
  Dataset& d = out_.dataset;
  const auto minus = [](Sum& sum, std::int64_t value) {
    sum.value -= value;
    --sum.units_with;
    --sum.rows;
  };
  for (int unit : last_row_.chain) {
    UnitState& state = states_[unit];
    --state.reporting_units;
    for (std::size_t m = 0; m < measures_.size(); ++m) {
      if (last_row_.measures[m]) minus(state.measures[m], *last_row_.measures[m]);
    }
    for (std::size_t k = 0; k < mapping_.candidates.size() && k < state.column_votes.size(); ++k) {
      if (last_row_.columns[k]) minus(state.column_votes[k], *last_row_.columns[k]);
    }
  }
  UnitState& contest = states_[last_row_.chain[contest_depth_ + 1]];
  for (std::size_t k = 0; k < mapping_.candidates.size() && k < contest.wide_slot.size(); ++k) {
    if (last_row_.columns[k] && contest.wide_slot[k] >= 0) minus(contest.candidates[contest.wide_slot[k]].votes, *last_row_.columns[k]);
  }
  for (int n = 0; n < last_row_.created; ++n) {
    const int unit = static_cast<int>(d.units.size()) - 1;
    if (unit <= 0 || states_[unit].reporting_units != 0) break;
    auto& siblings = d.units[d.units[unit].parent].children;
    siblings.erase(std::remove(siblings.begin(), siblings.end(), unit), siblings.end());
    d.unit_index.erase(d.units[unit].id);
    d.units.pop_back();
    states_.pop_back();
  }
  const int units = static_cast<int>(d.units.size());
  d.published.erase(std::remove_if(d.published.begin(), d.published.end(),
                                   [&](const PublishedClaim& claim) { return claim.unit >= units; }),
                    d.published.end());
  --report_.rows_used;
  ++report_.rows_not_used["row.total"];
  TotalRow total;
  total.line = last_row_.line;
  const int label_column = mapping_.hierarchy.front().column;
  total.field = report_.header[label_column];
  {
    DelimitedReader row(last_row_.raw, out_delimiter_);
    RecordView view;
    if (row.next(view) && static_cast<std::size_t>(label_column) < view.fields.size()) {
      total.label = std::string(trim_cell(view.fields[label_column]));
    }
  }
  total.how = "sum";
  const auto add_figure = [&](Measure measure, const std::string& candidate, int column, std::int64_t value) {
    TotalFigure figure;
    figure.measure = measure;
    figure.candidate = candidate;
    figure.field = report_.header[column];
    figure.published = value;
    locate_in_row(last_row_.line, last_row_.raw, column, figure.line, figure.column);
    total.figures.push_back(std::move(figure));
  };
  for (std::size_t m = 0; m < measures_.size(); ++m) {
    if (last_row_.measures[m]) add_figure(measures_[m], "", measure_columns_[m].front(), *last_row_.measures[m]);
  }
  for (std::size_t k = 0; k < mapping_.candidates.size(); ++k) {
    const int column = mapping_.candidates[k];
    if (last_row_.columns[k]) add_figure(Measure::candidate_votes, candidate_names_[column], column, *last_row_.columns[k]);
  }
  report_.totals.push_back(std::move(total));
  total_raws_[last_row_.line] = last_row_.raw;
}

// The unit a total row names by the hierarchy values above it, or -1 (below the kept levels).
int UploadBuilder::unit_of_path(const std::vector<std::string>& path) const {
  const Dataset& d = out_.dataset;
  if (static_cast<int>(path.size()) > kept_) return -1;
  int unit = 0;
  for (const auto& value : path) {
    int next = -1;
    for (int child : d.units[unit].children) {
      if (d.units[child].name.ru == value) next = child;
    }
    if (next < 0) return -1;
    unit = next;
  }
  return unit;
}

std::optional<std::int64_t> UploadBuilder::candidate_sum(int unit, const std::string& name) const {
  const Dataset& d = out_.dataset;
  if (mapping_.shape == UploadShape::wide) {
    for (std::size_t k = 0; k < mapping_.candidates.size(); ++k) {
      if (candidate_names_[mapping_.candidates[k]] != name) continue;
      const UnitState& state = states_[unit];
      if (state.column_votes.size() <= k) return std::nullopt;
      const Sum& sum = state.column_votes[k];
      if (sum.overflow || sum.units_unknown > 0) return std::nullopt;
      return sum.value;
    }
    return std::nullopt;
  }
  if (d.units[unit].level > d.contest_level) return std::nullopt;   // not kept below a contest
  std::optional<std::int64_t> total = 0;
  const std::vector<int> contests =
      d.units[unit].level == d.contest_level ? std::vector<int>{unit} : d.descendants_at_level(unit, d.contest_level);
  for (int contest : contests) {
    for (const CandidateSum& c : states_[contest].candidates) {
      if (c.name != name) continue;
      const auto votes = resolved(states_[contest], c.votes);
      if (!votes) return std::nullopt;
      total = add(total, *votes);
    }
  }
  return total;
}

// Each total row's figures beside the sums they claim: kept as claims of their own source
// (a disagreement is a finding), and each difference listed at the published cell.
void UploadBuilder::check_totals() {
  if (report_.totals.empty()) return;
  Dataset& d = out_.dataset;
  const int source = static_cast<int>(d.sources.size());
  d.sources.push_back(
      Source{kTotalsSource, Names{}, report_.file, "", "", "upload", Names{"итоговые строки", "қорытынды жолдар", "total rows"}});
  d.source_priority.push_back(source);
  d.source_index[kTotalsSource] = source;
  bool listed = false;
  for (TotalRow& total : report_.totals) {
    total.unit = unit_of_path(total.parent_path);
    for (TotalFigure& figure : total.figures) {
      if (total.unit < 0) continue;
      if (figure.measure == Measure::candidate_votes) {
        figure.sum = candidate_sum(total.unit, figure.candidate);
      } else {
        const auto m = std::find(measures_.begin(), measures_.end(), figure.measure) - measures_.begin();
        figure.sum = resolved(states_[total.unit], states_[total.unit].measures[static_cast<std::size_t>(m)]);
        d.claims.push_back(Claim{total.unit, measure_name(figure.measure), figure.published, source, "", total.line});
      }
      if (!figure.sum || figure.agrees()) continue;
      std::string text = std::to_string(figure.published) + " ≠ " + std::to_string(*figure.sum);
      report_.problems.push_back(UploadProblem{"total.differs", total.line, figure.line, figure.column, figure.field,
                                               figure.candidate.empty() ? text : figure.candidate + ": " + text, false});
      listed = true;
      if (std::none_of(report_.problem_rows.begin(), report_.problem_rows.end(),
                       [&](const auto& row) { return row.first == total.line; })) {
        report_.problem_rows.emplace_back(total.line, total_raws_[total.line]);
      }
    }
  }
  if (!listed) return;
  std::stable_sort(report_.problems.begin(), report_.problems.end(),
                   [](const UploadProblem& a, const UploadProblem& b) { return a.record_line < b.record_line; });
  std::stable_sort(report_.problem_rows.begin(), report_.problem_rows.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

}  // namespace against_all
