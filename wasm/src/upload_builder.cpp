// Reading an upload's rows: each row's units found or added, its figures summed up the chain.
#include "upload_builder.hpp"

#include <algorithm>
#include <functional>
#include <string_view>

#include "against_all/candidate_names.hpp"
#include "against_all/cell_text.hpp"
#include "against_all/limits.hpp"
#include "against_all/measures.hpp"
#include "against_all/number_text.hpp"
#include "against_all/totals.hpp"

namespace against_all {

namespace {

constexpr const char* kSource = "upload";
constexpr int kProgressEveryRows = 8192;  // often enough for a smooth bar, rarely enough to cost nothing

}  // namespace

UploadBuilder::UploadBuilder(const DecodedUpload& upload, const ColumnMapping& mapping, Upload& out)
    : text_(upload.table_text()), mapping_(mapping), out_(out), report_(out.report),
      candidate_names_(candidate_names(upload.transposed ? TableLayout{} : upload.layout, out.report.header, mapping.candidates)),
      transposed_(upload.transposed.get()), out_delimiter_(upload.table_delimiter()),
      notes_from_line_(upload.transposed ? 0 : upload.layout.notes_from_line), row_sums_(mapping) {
  for (Measure measure : count_measures()) {
    if (measure != Measure::candidates && mapping.measures.count(measure)) measures_.push_back(measure);
  }
  if (mapping.shape == UploadShape::long_) {
    for (const auto& [option, target] : mapping.options) {
      if (target.kind == OptionTarget::Kind::measure &&
          std::find(measures_.begin(), measures_.end(), target.measure) == measures_.end()) {
        measures_.push_back(target.measure);
      }
    }
  }
  for (Measure measure : measures_) {
    auto found = mapping.measures.find(measure);
    measure_columns_.push_back(found == mapping.measures.end() ? std::vector<int>() : found->second);
  }
  const int levels = static_cast<int>(mapping.hierarchy.size());
  contest_depth_ = mapping.contest_depth();
  // Reporting units (the last level) are summed into the level above and not kept as units,
  // unless they are the contests themselves or the only level.
  kept_ = contest_depth_ == levels - 1 || levels == 1 ? levels : levels - 1;
  rows_are_contests_ = contest_depth_ == levels - 1;
  for (int column : mapping.candidates) {
    if (!reads_as_total(report_.header[column])) continue;
    total_columns_.push_back(column);
    report_.total_columns.push_back(TotalColumn{column, report_.header[column], 0, 0});
  }
}

void UploadBuilder::run(DelimitedReader& reader, const UploadProgress* progress) {
  Dataset& d = out_.dataset;
  d.id = "upload";
  d.title = Names{report_.file, report_.file, report_.file};
  d.kind = "upload";
  d.levels.push_back(Level{kCountryLevel, Names{"Всего", "Барлығы", "Total"}});
  for (int k = 0; k < kept_; ++k) {
    const auto& column = mapping_.hierarchy[k];
    const std::string& header = report_.header[column.column];
    d.levels.push_back(Level{column.level, Names{header, header, header}});
  }
  d.contest_level = contest_depth_ + 1;
  d.sources.push_back(Source{kSource, Names{}, report_.file, "", "", "upload", Names{}});
  d.source_priority = {0};
  d.source_index[kSource] = 0;
  add_unit(kCountryLevel, -1, 0, Names{"Всего", "Барлығы", "Total"});
  d.root = 0;

  reporting_units_.reserve(text_.size() / 128);   // a results row is rarely shorter; avoids rehashing
  RecordView record;
  std::size_t seen_problems = reader.problems().size();
  const bool stray_bom = text_.find(kByteOrderMark) != std::string_view::npos;  // rare: check rows only then
  while (reader.next(record)) {
    if (notes_from_line_ > 0 && record.line >= notes_from_line_ &&
        is_note_record(record.fields, static_cast<int>(report_.header.size()))) {
      // A note below the data ("Источник: …"): not a row; listed with the title lines.
      report_.skipped.push_back(SkippedLine{record.line, "layout.note", std::string(record.raw)});
      seen_problems = reader.problems().size();
      continue;
    }
    ++report_.rows;
    if (progress && report_.rows % kProgressEveryRows == 0) (*progress)(reader.position(), text_.size(), report_.rows);
    row_problems_.clear();
    for (; seen_problems < reader.problems().size(); ++seen_problems) {
      const DelimitedProblem& p = reader.problems()[seen_problems];
      row_problems_.push_back(UploadProblem{p.code, p.record_line, p.line, p.column, "", p.text, true});
      in_file(record, 0, row_problems_.back());
    }
    if (stray_bom) report_stray_boms(reader, record);
    const char* not_used = record.raw.size() > kMaxRowBytes ? too_long(record) : read_row(reader, record);
    if (not_used) {
      ++report_.rows_not_used[not_used];
      for (auto& problem : row_problems_) problem.row_used = false;
    } else {
      ++report_.rows_used;
    }
    if (!row_problems_.empty()) {
      for (auto& problem : row_problems_) report_.problems.push_back(std::move(problem));
      report_.problem_rows.emplace_back(record.line, std::string(record.raw));
    }
  }
  finish();
}

int UploadBuilder::add_unit(const std::string& id, int parent, int level, Names name) {
  Dataset& d = out_.dataset;
  Unit unit;
  unit.id = id;
  unit.parent = parent;
  unit.level = level;
  unit.kind = d.levels[level].id;
  unit.name = std::move(name);
  unit.source = 0;
  const int index = static_cast<int>(d.units.size());
  d.unit_index[unit.id] = index;
  if (parent >= 0) d.units[parent].children.push_back(index);
  d.units.push_back(std::move(unit));
  states_.emplace_back();
  states_.back().measures.resize(measures_.size());
  return index;
}

// A count cell: known (value set), or unknown (listed when it is not a count).
bool UploadBuilder::read_cell(DelimitedReader& reader, const RecordView& record, int column, std::int64_t& value) {
  const CountText read = read_count_text(record.fields[column]);
  if (read.state == NumberState::value) {
    value = read.value;
    return true;
  }
  if (read.state == NumberState::error) cell_problem(reader, record, column, read.code);
  return false;
}

std::optional<std::int64_t> UploadBuilder::measure_sum(DelimitedReader& reader, const RecordView& record,
                                                       std::size_t measure) {
  std::int64_t sum = 0;
  bool known = true;
  for (int column : measure_columns_[measure]) {
    std::int64_t value = 0;
    known = read_cell(reader, record, column, value) && !__builtin_add_overflow(sum, value, &sum) && known;
  }
  return known ? std::optional<std::int64_t>(sum) : std::nullopt;
}

// Reads and sums one row; returns the reason it is not used, or nullptr.
const char* UploadBuilder::read_row(DelimitedReader& reader, const RecordView& record) {
  const auto& fields = record.fields;
  if (fields.size() != report_.header.size()) return "csv.field_count";
  if (std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return trim_cell(f).empty(); })) {
    return "row.empty";
  }
  const int levels = static_cast<int>(mapping_.hierarchy.size());
  for (int k = 0; k < levels; ++k) {
    if (reads_as_total(trim_cell(fields[mapping_.hierarchy[k].column]))) return read_total_row(reader, record, k);
  }
  key_.clear();
  for (int k = 0; k < levels; ++k) {
    const int column = mapping_.hierarchy[k].column;
    const std::string_view value = trim_cell(fields[column]);
    if (value.empty()) {
      cell_problem(reader, record, column, "row.missing_unit");
      return "row.missing_unit";
    }
    key_.append(value);
    key_ += '\x1f';
  }
  const bool long_shape = mapping_.shape == UploadShape::long_;
  std::string_view option;
  if (long_shape) option = trim_cell(fields[mapping_.option_column]);
  // The reporting unit (and option): a second row for it would count it twice.
  bool new_unit = true;
  const int found = reporting_units_.find(key_);
  if (found >= 0) {
    new_unit = false;
    current_unit_ = found;
  }
  const std::size_t row_hash = std::hash<std::string_view>{}(record.raw);
  std::string candidate_key;     // long: the option and what else tells candidates apart
  std::string candidate_name;
  if (long_shape) {
    candidate_key.assign(option);
    for (int column : mapping_.identity_columns) {
      candidate_key += '\x1f';
      candidate_key.append(trim_cell(fields[column]));
    }
    auto& seen = options_seen_[key_ + '\x1e' + candidate_key];
    for (const auto& [line, hash] : seen) {
      if (hash == row_hash) return repeated_problem(record, line);
    }
    const bool is_candidate = mapping_.options.find(std::string(option)) == mapping_.options.end() ||
                              mapping_.options.find(std::string(option))->second.kind == OptionTarget::Kind::candidate;
    if (!seen.empty() && !is_candidate) {
      duplicate_problem(record, true, seen.front().first);
      return "row.duplicate_unit";
    }
    candidate_name.assign(option);
    if (!seen.empty()) {
      // Two rows of one unit for candidates of the same name (and party): two people, both counted.
      const std::string ordinal = std::to_string(seen.size() + 1);
      candidate_key += "\x1e" + ordinal;
      candidate_name += " (" + ordinal + ")";
      namesake_problem(reader, record, seen.front().first);
    }
    seen.emplace_back(record.line, row_hash);
  } else if (!new_unit) {
    if (unit_rows_[found].second == row_hash) return repeated_problem(record, unit_rows_[found].first);
    duplicate_problem(record, false, unit_rows_[found].first);
    return "row.duplicate_unit";
  }
  if (new_unit) {
    current_unit_ = reporting_units_.add(key_);
    unit_rows_.emplace_back(record.line, row_hash);
  }

  // The chain of units the row adds to: the root, then each kept level.
  units_before_row_ = static_cast<int>(out_.dataset.units.size());
  chain_.assign(1, 0);
  int parent = 0;
  std::string id;
  for (int k = 0; k < kept_; ++k) {
    const std::string_view value = trim_cell(fields[mapping_.hierarchy[k].column]);
    if (k < static_cast<int>(path_.size()) && path_[k] == value) {
      parent = path_units_[k];
    } else {
      path_.resize(k);
      path_units_.resize(k);
      id = k == 0 ? std::string(value) : out_.dataset.units[parent].id + "/" + std::string(value);
      auto existing = out_.dataset.unit_index.find(id);
      // A region called "country" must not become the root: an id of another level is taken.
      while (existing != out_.dataset.unit_index.end() && out_.dataset.units[existing->second].level != k + 1) {
        id += "~";
        existing = out_.dataset.unit_index.find(id);
      }
      parent = existing != out_.dataset.unit_index.end()
                   ? existing->second
                   : add_unit(id, parent, k + 1, Names{std::string(value), std::string(value), std::string(value)});
      path_.emplace_back(value);
      path_units_.push_back(parent);
    }
    chain_.push_back(parent);
  }
  if (new_unit) {
    for (int unit : chain_) {
      UnitState& state = states_[unit];
      if (state.last_reporting_unit != current_unit_) {
        state.last_reporting_unit = current_unit_;
        ++state.reporting_units;
      }
    }
  }
  const int contest = chain_[contest_depth_ + 1];

  // Measure columns: once per reporting unit (in the long shape they repeat on each row).
  const bool wide = !long_shape;
  if (wide) {
    // Assigned in place, not rebuilt: this runs for every row and must not allocate.
    last_row_.line = record.line;
    last_row_.raw.assign(record.raw);
    last_row_.chain = chain_;
    last_row_.created = static_cast<int>(out_.dataset.units.size()) - units_before_row_;
    last_row_.measures.assign(measures_.size(), std::nullopt);
    last_row_.columns.assign(mapping_.candidates.size(), std::nullopt);
  }
  row_measures_.assign(measures_.size(), std::nullopt);
  if (new_unit) {
    for (std::size_t m = 0; m < measures_.size(); ++m) {
      if (measure_columns_[m].empty()) continue;
      const std::optional<std::int64_t> sum = measure_sum(reader, record, m);
      for (int unit : chain_) states_[unit].measures[m].add(current_unit_, sum.has_value(), sum.value_or(0), record.line);
      if (wide && sum) last_row_.measures[m] = sum;
      row_measures_[m] = sum;
    }
    if (rows_are_contests_) read_percentages(reader, record, contest);
  }

  if (long_shape) {
    std::int64_t votes = 0;
    const bool known = read_cell(reader, record, mapping_.votes_column, votes);
    auto target = mapping_.options.find(std::string(option));
    const OptionTarget as = target == mapping_.options.end() ? OptionTarget{} : target->second;
    if (as.kind == OptionTarget::Kind::ignore) return nullptr;
    if (as.kind == OptionTarget::Kind::measure) {
      const auto m = static_cast<std::size_t>(std::find(measures_.begin(), measures_.end(), as.measure) - measures_.begin());
      for (int unit : chain_) states_[unit].measures[m].add(current_unit_, known, votes, record.line);
      return nullptr;
    }
    CandidateSum& c = candidate(contest, candidate_key, candidate_name, record.line);
    c.votes.add(current_unit_, known, votes, record.line);
    if (c.party.empty() && !mapping_.identity_columns.empty()) c.party = identity_text(fields);
    return nullptr;
  }
  std::vector<int>& slots = states_[contest].wide_slot;
  if (slots.empty()) slots.assign(mapping_.candidates.size(), -1);
  row_candidates_ = 0;
  row_candidates_known_ = true;
  row_total_cells_.clear();
  for (std::size_t k = 0; k < mapping_.candidates.size(); ++k) {
    const int column = mapping_.candidates[k];
    const std::string_view cell = trim_cell(fields[column]);
    if (cell.empty()) continue;   // not a candidate of this unit (a blank is not a zero either)
    std::int64_t votes = 0;
    const bool known = read_cell(reader, record, column, votes);
    if (is_total_column(column)) {
      total_column_cell(record, k, column, known, votes);
      continue;
    }
    if (slots[k] < 0) {
      candidate(contest, report_.header[column], candidate_names_[column], record.line);
      slots[k] = static_cast<int>(states_[contest].candidates.size()) - 1;
    }
    states_[contest].candidates[slots[k]].votes.add(current_unit_, known, votes, record.line);
    for (int unit : chain_) column_votes(unit, k).add(current_unit_, known, votes, record.line);
    if (known) last_row_.columns[k] = votes;
    row_candidates_known_ = row_candidates_known_ && known;
    if (known) row_candidates_ += votes;
  }
  check_total_columns(reader, record);
  if (auto text = row_sums_.valid_votes(fields)) row_sum_problem(reader, record, *text);
  return nullptr;
}

UploadBuilder::CandidateSum& UploadBuilder::candidate(int contest, const std::string& key, const std::string& name, int line) {
  UnitState& state = states_[contest];
  auto found = state.candidate_index.find(key);
  if (found != state.candidate_index.end()) return state.candidates[found->second];
  state.candidate_index.emplace(key, static_cast<int>(state.candidates.size()));
  state.candidates.push_back(CandidateSum{name, Sum{}, line, ""});
  return state.candidates.back();
}

bool UploadBuilder::is_total_column(int column) const {
  return std::find(total_columns_.begin(), total_columns_.end(), column) != total_columns_.end();
}

void UploadBuilder::total_column_cell(const RecordView&, std::size_t, int column, bool known, std::int64_t value) {
  if (known) row_total_cells_.emplace_back(column, value);
}

std::string UploadBuilder::identity_text(const std::vector<std::string_view>& fields) const {
  std::string out;
  for (int column : mapping_.identity_columns) {
    if (!out.empty()) out += ", ";
    out.append(trim_cell(fields[column]));
  }
  return out;
}

UploadBuilder::Sum& UploadBuilder::column_votes(int unit, std::size_t slot) {
  auto& votes = states_[unit].column_votes;
  if (votes.size() <= slot) votes.resize(mapping_.candidates.size());
  return votes[slot];
}

void UploadBuilder::read_percentages(DelimitedReader& reader, const RecordView& record, int contest) {
  for (Measure measure : percent_measures()) {
    auto columns = mapping_.measures.find(measure);
    if (columns == mapping_.measures.end()) continue;
    const int column = columns->second.front();
    const PercentText read = read_percent_text(record.fields[column]);
    if (read.state == NumberState::error) cell_problem(reader, record, column, read.code);
    if (read.state != NumberState::value) continue;
    out_.dataset.published.push_back(PublishedClaim{contest, measure, read.value,
                                                    std::string(trim_cell(record.fields[column])), read.decimals,
                                                    0, "", record.line});
  }
}

}  // namespace against_all
