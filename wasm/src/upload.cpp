#include "against_all/upload.hpp"

#include <algorithm>
#include <map>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "against_all/candidate_names.hpp"
#include "against_all/csv_writer.hpp"
#include "against_all/arithmetic.hpp"
#include "against_all/cell_text.hpp"
#include "against_all/measures.hpp"
#include "against_all/limits.hpp"
#include "against_all/number_text.hpp"
#include "against_all/row_sums.hpp"
#include "against_all/upload_conventions.hpp"

namespace against_all {

namespace {

using ojson = nlohmann::ordered_json;

constexpr const char* kSource = "upload";
constexpr const char* kTotalsSource = "upload-totals";   // the file's own total rows
constexpr int kProgressEveryRows = 8192;  // often enough for a smooth bar, rarely enough to cost nothing

std::string_view trim_spaces(std::string_view s) { return trim_cell(s); }

// A figure summed over reporting units: known when every unit below gave it.
struct Sum {
  std::int64_t value = 0;
  int units_with = 0;       // reporting units that gave the figure
  int units_unknown = 0;    // reporting units whose figure is unknown
  int rows = 0;
  int first_unknown_line = 0;
  int last_unit = -1;       // the reporting unit counted last (long: several rows per unit)
  bool overflow = false;

  void add(int reporting_unit, bool known, std::int64_t v, int line) {
    ++rows;
    if (reporting_unit != last_unit) {
      last_unit = reporting_unit;
      known ? ++units_with : ++units_unknown;
    } else if (!known) {
      // a second row of the same unit without the figure: the unit is unknown after all
      --units_with;
      ++units_unknown;
    }
    if (!known) {
      if (first_unknown_line == 0) first_unknown_line = line;
      return;
    }
    if (__builtin_add_overflow(value, v, &value)) overflow = true;
  }
};

// The reporting units seen so far, by key: the keys in one arena and an open-addressing table of
// indices. A million polling stations would otherwise be a million small strings and hash nodes,
// which cost more to allocate and free than the rest of reading the rows.
class KeyIndex {
 public:
  void reserve(std::size_t keys) {
    std::size_t slots = 16;
    while (slots < keys * 2) slots *= 2;
    if (slots > slots_.size()) rehash(slots);
    offsets_.reserve(keys + 1);
  }

  // The key's index in insertion order, or -1.
  int find(std::string_view key) const {
    if (slots_.empty()) return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = std::hash<std::string_view>{}(key) & mask;; slot = (slot + 1) & mask) {
      const int index = slots_[slot];
      if (index < 0) return -1;
      if (key_at(index) == key) return index;
    }
  }

  // Adds a key that find() did not find; returns its index (0, 1, 2, …).
  int add(std::string_view key) {
    if (static_cast<std::size_t>(size() + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(16, slots_.size() * 2));
    const int index = size();
    arena_.append(key);
    offsets_.push_back(arena_.size());
    place(index);
    return index;
  }

  int size() const { return static_cast<int>(offsets_.size()) - 1; }

 private:
  std::string_view key_at(int index) const {
    return std::string_view(arena_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
  }

  void place(int index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = std::hash<std::string_view>{}(key_at(index)) & mask;
    while (slots_[slot] >= 0) slot = (slot + 1) & mask;
    slots_[slot] = index;
  }

  void rehash(std::size_t slots) {
    slots_.assign(slots, -1);
    for (int index = 0; index < size(); ++index) place(index);
  }

  std::string arena_;
  std::vector<std::size_t> offsets_{0};   // key i is arena_[offsets_[i], offsets_[i + 1])
  std::vector<int> slots_;
};

struct CandidateSum {
  std::string name;
  Sum votes;
  int first_line = 0;
  std::string party;
};

struct UnitState {
  std::vector<Sum> measures;                 // by mapped count measure
  int reporting_units = 0;
  int last_reporting_unit = -1;
  std::vector<CandidateSum> candidates;      // contests only, first seen first
  std::unordered_map<std::string, int> candidate_index;
  std::vector<int> wide_slot;                // wide: candidate column → index into candidates, or -1
  std::vector<Sum> column_votes;             // wide: each candidate column summed (to check totals)
};

// The last row of a wide file, kept in case it turns out to be the sum of all the others.
struct LastRow {
  int line = 0;
  std::string raw;
  std::vector<int> chain;
  int created = 0;                                   // units the row added
  std::vector<std::optional<std::int64_t>> measures;
  std::vector<std::optional<std::int64_t>> columns;  // by candidate column
};

class UploadBuilder {
 public:
  UploadBuilder(const DecodedUpload& upload, const ColumnMapping& mapping, Upload& out)
      : text_(upload.table_text()), mapping_(mapping), out_(out), report_(out.report),
        candidate_names_(candidate_names(upload.transposed ? TableLayout{} : upload.layout, out.report.header, mapping.candidates)),
        transposed_(upload.transposed.get()), out_delimiter_(upload.table_delimiter()),
        notes_from_line_(upload.transposed ? 0 : upload.layout.notes_from_line), row_sums_(mapping) {
    for (Measure measure : count_measures()) {
      const std::string& name = measure_name(measure);
      if (measure != Measure::candidates && mapping.measures.count(name)) measures_.push_back(name);
    }
    if (mapping.shape == UploadShape::long_) {
      for (const auto& [option, target] : mapping.options) {
        if (target != "ignore" && target != "candidate" &&
            std::find(measures_.begin(), measures_.end(), target) == measures_.end()) {
          measures_.push_back(target);
        }
      }
    }
    for (const auto& measure : measures_) {
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

  void run(DelimitedReader& reader, const UploadProgress* progress) {
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

 private:
  int add_unit(const std::string& id, int parent, int level, Names name) {
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

  void cell_problem(DelimitedReader& reader, const RecordView& record, int column, const char* code) {
    UploadProblem problem;
    problem.code = code;
    problem.record_line = record.line;
    reader.locate(record, static_cast<std::size_t>(column), problem.line, problem.column);
    in_file(record, column, problem);
    problem.field = report_.header[column];
    problem.text = std::string(record.fields[column]);
    row_problems_.push_back(std::move(problem));
  }

  // A count cell: known (value set), or unknown (listed when it is not a count).
  bool read_cell(DelimitedReader& reader, const RecordView& record, int column, std::int64_t& value) {
    const CountText read = read_count_text(record.fields[column]);
    if (read.state == NumberState::value) {
      value = read.value;
      return true;
    }
    if (read.state == NumberState::error) cell_problem(reader, record, column, read.code);
    return false;
  }

  // Reads and sums one row; returns the reason it is not used, or nullptr.
  const char* read_row(DelimitedReader& reader, const RecordView& record) {
    const auto& fields = record.fields;
    if (fields.size() != report_.header.size()) return "csv.field_count";
    if (std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return trim_spaces(f).empty(); })) {
      return "row.empty";
    }
    const int levels = static_cast<int>(mapping_.hierarchy.size());
    for (int k = 0; k < levels; ++k) {
      if (reads_as_total(trim_spaces(fields[mapping_.hierarchy[k].column]))) return read_total_row(reader, record, k);
    }
    key_.clear();
    for (int k = 0; k < levels; ++k) {
      const int column = mapping_.hierarchy[k].column;
      const std::string_view value = trim_spaces(fields[column]);
      if (value.empty()) {
        cell_problem(reader, record, column, "row.missing_unit");
        return "row.missing_unit";
      }
      key_.append(value);
      key_ += '\x1f';
    }
    const bool long_shape = mapping_.shape == UploadShape::long_;
    std::string_view option;
    if (long_shape) option = trim_spaces(fields[mapping_.option_column]);
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
        candidate_key.append(trim_spaces(fields[column]));
      }
      auto& seen = options_seen_[key_ + '\x1e' + candidate_key];
      for (const auto& [line, hash] : seen) {
        if (hash == row_hash) return repeated_problem(record, line);
      }
      const bool is_candidate = mapping_.options.find(std::string(option)) == mapping_.options.end() ||
                                mapping_.options.find(std::string(option))->second == "candidate";
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
      const std::string_view value = trim_spaces(fields[mapping_.hierarchy[k].column]);
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
        std::int64_t sum = 0;
        bool known = true;
        for (int column : measure_columns_[m]) {
          std::int64_t value = 0;
          if (!read_cell(reader, record, column, value)) {
            known = false;
          } else if (__builtin_add_overflow(sum, value, &sum)) {
            known = false;
          }
        }
        for (int unit : chain_) states_[unit].measures[m].add(current_unit_, known, sum, record.line);
        if (wide && known) last_row_.measures[m] = sum;
        row_measures_[m] = known ? std::optional<std::int64_t>(sum) : std::nullopt;
      }
      if (rows_are_contests_) read_percentages(reader, record, contest);
    }

    if (long_shape) {
      std::int64_t votes = 0;
      const bool known = read_cell(reader, record, mapping_.votes_column, votes);
      auto target = mapping_.options.find(std::string(option));
      const std::string as = target == mapping_.options.end() ? "candidate" : target->second;
      if (as == "ignore") return nullptr;
      if (as != "candidate") {
        const auto m = static_cast<std::size_t>(std::find(measures_.begin(), measures_.end(), as) - measures_.begin());
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
      const std::string_view cell = trim_spaces(fields[column]);
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

  // The row's candidates + against all do not make its valid votes (row_sums.hpp).
  void row_sum_problem(DelimitedReader& reader, const RecordView& record, const std::string& text) {
    UploadProblem problem{"row.valid_votes_mismatch", record.line, record.line, 1, "", text, true};
    reader.locate(record, static_cast<std::size_t>(row_sums_.column()), problem.line, problem.column);
    problem.field = report_.header[row_sums_.column()];
    row_problems_.push_back(std::move(problem));
  }

  CandidateSum& candidate(int contest, const std::string& key, const std::string& name, int line) {
    UnitState& state = states_[contest];
    auto found = state.candidate_index.find(key);
    if (found != state.candidate_index.end()) return state.candidates[found->second];
    state.candidate_index.emplace(key, static_cast<int>(state.candidates.size()));
    state.candidates.push_back(CandidateSum{name, Sum{}, line, ""});
    return state.candidates.back();
  }

  bool is_total_column(int column) const {
    return std::find(total_columns_.begin(), total_columns_.end(), column) != total_columns_.end();
  }

  void total_column_cell(const RecordView&, std::size_t, int column, bool known, std::int64_t value) {
    if (known) row_total_cells_.emplace_back(column, value);
  }

  // A total column is checked in each row against the candidates, the candidates with the other
  // vote lines (against all, blank, crossed out), or all of those with the invalid ballots.
  void check_total_columns(DelimitedReader& reader, const RecordView& record) {
    if (row_total_cells_.empty()) return;
    std::int64_t with_lines = row_candidates_;
    for (std::size_t m = 0; m < measures_.size(); ++m) {
      if ((measures_[m] == "against_all" || measures_[m] == "blank" || measures_[m] == "crossed_out") && row_measures_[m]) {
        with_lines += *row_measures_[m];
      }
    }
    std::int64_t with_invalid = with_lines;   // every ballot: a "Total" column of ballots cast
    for (std::size_t m = 0; m < measures_.size(); ++m) {
      if (measures_[m] == "invalid" && row_measures_[m]) with_invalid += *row_measures_[m];
    }
    for (const auto& [column, value] : row_total_cells_) {
      TotalColumn& total = total_column(column);
      if (!row_candidates_known_) continue;
      ++total.rows_checked;
      if (value == row_candidates_ || value == with_lines || value == with_invalid) continue;
      ++total.rows_differing;
      cell_problem(reader, record, column, "total.differs");
      row_problems_.back().text = std::string(trim_spaces(record.fields[column])) + " ≠ " + std::to_string(row_candidates_);
    }
  }

  TotalColumn& total_column(int column) {
    for (auto& total : report_.total_columns) {
      if (total.column == column) return total;
    }
    report_.total_columns.push_back(TotalColumn{column, report_.header[column], 0, 0});
    return report_.total_columns.back();
  }

  std::string identity_text(const std::vector<std::string_view>& fields) const {
    std::string out;
    for (int column : mapping_.identity_columns) {
      if (!out.empty()) out += ", ";
      out.append(trim_spaces(fields[column]));
    }
    return out;
  }

  Sum& column_votes(int unit, std::size_t slot) {
    auto& votes = states_[unit].column_votes;
    if (votes.size() <= slot) votes.resize(mapping_.candidates.size());
    return votes[slot];
  }

  void read_percentages(DelimitedReader& reader, const RecordView& record, int contest) {
    for (Measure measure : percent_measures()) {
      auto columns = mapping_.measures.find(measure_name(measure));
      if (columns == mapping_.measures.end()) continue;
      const int column = columns->second.front();
      const PercentText read = read_percent_text(record.fields[column]);
      if (read.state == NumberState::error) cell_problem(reader, record, column, read.code);
      if (read.state != NumberState::value) continue;
      out_.dataset.published.push_back(PublishedClaim{contest, measure, read.value,
                                                      std::string(trim_spaces(record.fields[column])), read.decimals,
                                                      0, "", record.line});
    }
  }

  // Where field `column` of a row kept as text is in the file.
  void locate_in_row(int line, const std::string& raw, int column, int& at_line, int& at_column) const {
    at_line = line;
    at_column = 1;
    if (transposed_) {
      transposed_->locate(line - 1, column, at_line, at_column);
      return;
    }
    DelimitedReader row(raw, out_delimiter_);
    RecordView view;
    if (!row.next(view)) return;
    row.locate(view, static_cast<std::size_t>(std::min<std::size_t>(column, view.fields.size())), at_line, at_column);
    at_line += line - 1;
  }

  // A row whose hierarchy cell at `level` reads as a total: the published total of the unit above,
  // kept to be checked, not summed. Its figures are read as the other rows' are.
  const char* read_total_row(DelimitedReader& reader, const RecordView& record, int level) {
    const auto& fields = record.fields;
    std::vector<std::string> parent;
    for (int k = 0; k < level; ++k) {
      const auto value = trim_spaces(fields[mapping_.hierarchy[k].column]);
      if (value.empty()) break;
      parent.emplace_back(value);
    }
    const int label_column = mapping_.hierarchy[level].column;
    const std::string label(trim_spaces(fields[label_column]));
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
    const auto add_figure = [&](const std::string& measure, const std::string& candidate, int column, std::int64_t value) {
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
        std::int64_t sum = 0;
        bool known = true;
        for (int column : measure_columns_[m]) {
          std::int64_t value = 0;
          known = read_cell(reader, record, column, value) && !__builtin_add_overflow(sum, value, &sum) && known;
        }
        if (known) add_figure(measures_[m], "", measure_columns_[m].front(), sum);
      }
    }
    if (mapping_.shape == UploadShape::long_) {
      const std::string option(trim_spaces(fields[mapping_.option_column]));
      std::int64_t votes = 0;
      if (!read_cell(reader, record, mapping_.votes_column, votes)) return "row.total";
      auto target = mapping_.options.find(option);
      const std::string as = target == mapping_.options.end() ? "candidate" : target->second;
      if (as == "ignore") return "row.total";
      add_figure(as, as == "candidate" ? option : "", mapping_.votes_column, votes);
      return "row.total";
    }
    for (int column : mapping_.candidates) {
      if (trim_spaces(fields[column]).empty() || is_total_column(column)) continue;
      std::int64_t votes = 0;
      if (read_cell(reader, record, column, votes)) add_figure("candidate", candidate_names_[column], column, votes);
    }
    return "row.total";
  }

  // The same row a second time, every field the same: counted once; both lines named.
  const char* repeated_problem(const RecordView& record, int first_line) {
    UploadProblem problem;
    problem.code = "row.repeated";
    problem.record_line = record.line;
    problem.line = record.line;
    problem.column = 1;
    problem.text = "= " + std::to_string(first_line);
    in_file(record, 0, problem);
    row_problems_.push_back(std::move(problem));
    return "row.repeated";
  }

  // A second candidate of the same name (and party) in a unit: listed, and counted as another person.
  void namesake_problem(DelimitedReader& reader, const RecordView& record, int first_line) {
    cell_problem(reader, record, mapping_.option_column, "row.namesake");
    row_problems_.back().text = std::string(trim_spaces(record.fields[mapping_.option_column])) + " = " +
                                std::to_string(first_line);
    ++report_.namesakes;
  }

  void duplicate_problem(const RecordView& record, bool with_option, int first_line) {
    UploadProblem problem;
    problem.code = "row.duplicate_unit";
    problem.record_line = record.line;
    problem.line = record.line;
    problem.column = 1;
    problem.text = key_;
    std::replace(problem.text.begin(), problem.text.end(), '\x1f', '/');
    if (!problem.text.empty()) problem.text.pop_back();
    if (with_option) problem.text += " / " + std::string(trim_spaces(record.fields[mapping_.option_column]));
    problem.text += " = " + std::to_string(first_line);
    in_file(record, 0, problem);
    row_problems_.push_back(std::move(problem));
  }

  // In a transposed table, a problem of the view's record at `field` is reported where that cell
  // is in the file (line, column); its record_line stays the view's row, which the problem rows
  // download lists.
  void in_file(const RecordView& record, int field, UploadProblem& problem) const {
    if (!transposed_) return;
    transposed_->locate(record.line - 1, field, problem.line, problem.column);
  }

  // A row longer than the limit is not read at all (its fields could exhaust memory in the sums).
  const char* too_long(const RecordView& record) {
    row_problems_.push_back(UploadProblem{"limit.row_size", record.line, record.line, 1, "",
                                          std::to_string(record.raw.size()) + " bytes", false});
    return "limit.row_size";
  }

  // A byte-order mark inside a field is listed; the field is read without it.
  void report_stray_boms(const DelimitedReader& reader, const RecordView& record) {
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      if (record.fields[i].find(kByteOrderMark) == std::string_view::npos) continue;
      UploadProblem problem{"text.stray_bom", record.line, 0, 0, "", std::string(record.fields[i]), true};
      reader.locate(record, i, problem.line, problem.column);
      if (i < report_.header.size()) problem.field = report_.header[i];
      row_problems_.push_back(std::move(problem));
    }
  }

  // Known when every reporting unit under the unit gave the figure.
  std::optional<std::int64_t> resolved(const UnitState& state, const Sum& sum) const {
    // No row reached the unit (every row was unusable): its figures are unknown, not zero.
    if (state.reporting_units == 0) return std::nullopt;
    if (sum.overflow || sum.units_unknown > 0 || sum.units_with != state.reporting_units) return std::nullopt;
    return sum.value;
  }

  void unknown(int unit, const UnitState& state, const Sum& sum, const std::string& measure, const std::string& name) {
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

  // The last row of a wide file, when each of its figures is the sum of all the other rows'
  // (and not all zero), is the file's total: a careful reader does not add it in.
  bool last_row_is_sum() const {
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
  void unwind_last_row() {
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
        total.label = std::string(trim_spaces(view.fields[label_column]));
      }
    }
    total.how = "sum";
    const auto add_figure = [&](const std::string& measure, const std::string& candidate, int column, std::int64_t value) {
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
      if (last_row_.columns[k]) add_figure("candidate", candidate_names_[column], column, *last_row_.columns[k]);
    }
    report_.totals.push_back(std::move(total));
    total_raws_[last_row_.line] = last_row_.raw;
  }

  // The unit a total row names by the hierarchy values above it, or -1 (below the kept levels).
  int unit_of_path(const std::vector<std::string>& path) const {
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

  std::optional<std::int64_t> candidate_sum(int unit, const std::string& name) const {
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
  void check_totals() {
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
        if (figure.measure == "candidate") {
          figure.sum = candidate_sum(total.unit, figure.candidate);
        } else {
          const auto m = std::find(measures_.begin(), measures_.end(), figure.measure) - measures_.begin();
          figure.sum = resolved(states_[total.unit], states_[total.unit].measures[static_cast<std::size_t>(m)]);
          d.claims.push_back(Claim{total.unit, figure.measure, figure.published, source, "", total.line});
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

  void finish() {
    if (last_row_is_sum()) unwind_last_row();
    check_totals();
    Dataset& d = out_.dataset;
    for (int unit = 0; unit < static_cast<int>(d.units.size()); ++unit) {
      const UnitState& state = states_[unit];
      for (std::size_t m = 0; m < measures_.size(); ++m) {
        const Sum& sum = state.measures[m];
        if (auto value = resolved(state, sum)) {
          d.claims.push_back(Claim{unit, measures_[m], *value, 0, "", 0});
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
        if (!candidate.votes) unknown(unit, state, c.votes, "candidate", c.name);
        candidate.source = 0;
        candidate.line = c.first_line;
        d.units[unit].candidates.push_back(static_cast<int>(d.candidates.size()));
        d.candidates.push_back(std::move(candidate));
      }
      if (!state.candidates.empty()) {
        d.claims.push_back(Claim{unit, "candidates", static_cast<std::int64_t>(state.candidates.size()), 0, "", 0});
      }
    }
    if (!rows_are_contests_) {
      for (Measure measure : percent_measures()) {
        if (mapping_.measures.count(measure_name(measure))) {
          report_.notes.push_back("measures." + measure_name(measure) + ": percentages of reporting units below the contest are not summed");
        }
      }
    }
  }

  std::string_view text_;
  const ColumnMapping& mapping_;
  Upload& out_;
  UploadReport& report_;
  std::vector<std::string> candidate_names_;        // by column: wide candidates' names (candidate_names.hpp)
  std::vector<std::string> measures_;
  std::vector<std::vector<int>> measure_columns_;   // by measures_
  int contest_depth_ = -1;
  int kept_ = 0;
  bool rows_are_contests_ = false;
  std::vector<UnitState> states_;
  std::vector<UploadProblem> row_problems_;
  std::string key_;
  KeyIndex reporting_units_;
  std::unordered_map<std::string, std::vector<std::pair<int, std::size_t>>> options_seen_;  // (line, row hash)
  std::vector<std::pair<int, std::size_t>> unit_rows_;   // wide: each reporting unit's line and row hash
  const TransposedTable* transposed_ = nullptr;
  char out_delimiter_ = ',';
  int notes_from_line_ = 0;
  std::vector<int> total_columns_;
  LastRow last_row_;
  std::vector<std::optional<std::int64_t>> row_measures_;   // the row's count measures
  std::int64_t row_candidates_ = 0;                        // wide: the row's candidate columns summed
  bool row_candidates_known_ = true;
  std::vector<std::pair<int, std::int64_t>> row_total_cells_;
  int units_before_row_ = 0;
  std::map<std::string, std::size_t> total_index_;        // parent path and label → report_.totals
  std::map<int, std::string> total_raws_;                  // line → the total row as written
  int current_unit_ = -1;
  std::vector<std::string> path_;
  std::vector<int> path_units_;
  std::vector<int> chain_;
  RowSumCheck row_sums_;
};

// Where the table is: the header's line(s), the lines skipped above and below it, and whether it
// is (or looks) transposed.
ojson layout_json(const TableLayout& layout, bool transposed, const std::vector<SkippedLine>& skipped) {
  ojson lines = ojson::array();
  for (const SkippedLine& line : skipped) {
    lines.push_back({{"line", line.line}, {"reason", line.reason}, {"text", quoted_excerpt(line.text)}});
  }
  return ojson{{"header_line", layout.header_line},
               {"group_line", layout.group_line > 0 ? ojson(layout.group_line) : ojson(nullptr)},
               {"skipped", lines},
               {"looks_transposed", layout.looks_transposed},
               {"transposed", transposed}};
}

Error empty_error(const std::string& file, int line) {
  Error error;
  error.code = "csv.empty";
  error.file = file;
  error.line = line;
  error.column = 1;
  return error;
}

}  // namespace

namespace {

// The most common field count of the first records: what a workbook's tab-separated sheet gives
// in place of a sniffed delimiter's count.
int most_common_fields(std::string_view text, char delimiter) {
  DelimitedReader reader(text, delimiter);
  RecordView record;
  std::map<std::size_t, int> counts;
  for (int k = 0; k < 50 && reader.next(record); ++k) ++counts[record.fields.size()];
  std::size_t best = 0;
  int seen = 0;
  for (const auto& [fields, n] : counts) {
    if (n > seen) best = fields, seen = n;
  }
  return static_cast<int>(best);
}

Error limit_error(const std::string& code, const std::string& file_name, const std::string& text) {
  Error error;
  error.code = code;
  error.file = file_name;
  error.line = 1;
  error.column = 1;
  error.text = text;
  return error;
}

}  // namespace

namespace {

// A workbook's problems in sheet + cell: the reader's (line, column) named as a cell, and the
// cells the workbook itself could not give (a formula without a value, …) listed in row order.
void locate_in_sheet(const DecodedUpload& upload, UploadReport& report) {
  report.source = upload.source;
  if (!upload.source.workbook) return;
  std::vector<std::pair<UploadProblem, std::string>> located;
  std::vector<std::size_t> line_starts;
  for (UploadProblem& p : report.problems) {
    located.emplace_back(std::move(p), cell_at(upload.source, upload.decoded.text, line_starts, p.line, p.column));
  }
  for (const CellProblem& c : upload.source.sheet.problems) {
    UploadProblem p;
    p.code = c.code;
    p.text = c.text;
    int row = 0;
    for (char ch : c.cell) {
      if (ch >= '0' && ch <= '9') row = row * 10 + (ch - '0');
    }
    p.line = p.record_line = row - upload.source.sheet.first_row + 1;
    located.emplace_back(std::move(p), c.cell);
  }
  // In sheet order: by row, then by column (the cell's letters; a longer name is a later column).
  const auto column_key = [](const std::string& cell) {
    const auto digits = cell.find_first_of("0123456789");
    const std::string letters = cell.substr(0, digits);
    return std::make_pair(letters.size(), letters);
  };
  std::stable_sort(located.begin(), located.end(), [&](const auto& a, const auto& b) {
    if (a.first.record_line != b.first.record_line) return a.first.record_line < b.first.record_line;
    return column_key(a.second) < column_key(b.second);
  });
  report.problems.clear();
  for (auto& [problem, cell] : located) {
    report.problems.push_back(std::move(problem));
    report.problem_cells.push_back(std::move(cell));
  }
  report.source.sheet.problems.clear();
}

}  // namespace

Result<DecodedUpload> open_upload(std::string bytes, const std::string& file_name, DecodeError* decode_error,
                                  const SourceChoice& choice, bool transpose) {
  if (bytes.size() > kMaxFileBytes) return limit_error("limit.file_size", file_name, std::to_string(bytes.size()) + " bytes");
  DecodedUpload out;
  auto decoded = read_table_source(std::move(bytes), file_name, choice, out.source, decode_error);
  if (!decoded) return decoded.error();
  out.decoded = std::move(decoded).value();
  const auto first = out.decoded.text.find_first_not_of("\r\n");
  if (first == std::string::npos) return empty_error(file_name, 1);
  if (out.source.workbook) {
    out.delimiter.delimiter = '\t';
    out.delimiter.fields = most_common_fields(out.decoded.text, '\t');
  } else {
    out.delimiter = sniff_delimiter(out.decoded.text);
  }
  {
    DelimitedReader header_reader(out.decoded.text, out.delimiter.delimiter);
    RecordView header;
    if (header_reader.next(header) && header.fields.size() > kMaxColumns)
      return limit_error("limit.columns", file_name, std::to_string(header.fields.size()) + " columns");
  }
  out.layout = find_table_layout(out.decoded.text, out.delimiter.delimiter, out.delimiter.fields);
  if (transpose) {
    auto view = std::make_shared<TransposedTable>(out.decoded.text, out.delimiter.delimiter, out.layout);
    if (static_cast<std::size_t>(view->rows()) > kMaxColumns)
      return limit_error("limit.columns", file_name, std::to_string(view->rows()) + " columns");
    out.transposed = std::move(view);
  }
  return out;
}

Result<Upload> build_upload(std::string bytes, const std::string& file_name, const nlohmann::json& mapping_in,
                            DecodeError* decode_error, const UploadProgress* progress, const SourceChoice& choice) {
  const bool transpose = mapping_in.is_object() && mapping_in.contains("transpose") && mapping_in["transpose"].is_boolean() &&
                         mapping_in["transpose"].get<bool>();
  auto opened = open_upload(std::move(bytes), file_name, decode_error, choice, transpose);
  if (!opened) return opened.error();
  const DecodedUpload& upload = opened.value();
  Upload out;
  UploadReport& report = out.report;
  report.file = file_name;
  report.encoding = upload.decoded.encoding;
  report.delimiter = upload.delimiter;
  report.layout = upload.layout;
  report.transposed = transpose;
  report.skipped = upload.layout.above;
  DelimitedReader reader(upload.table_text(), upload.table_delimiter());
  RecordView header;
  for (int k = 0; k < upload.header_records(); ++k) {
    if (!reader.next(header)) return empty_error(file_name, 1);
  }
  if (transpose) {
    for (auto field : header.fields) report.header.emplace_back(trim_spaces(field));
  } else {
    report.header = upload.layout.header;
  }
  reader.expect_fields(report.header.size());
  auto mapping = read_mapping(mapping_in, report.header);
  if (!mapping) {
    Error error = mapping.error();
    error.file = file_name;
    return error;
  }
  report.mapping = mapping.value();
  std::vector<bool> used(report.header.size(), false);
  for (const auto& level : report.mapping.hierarchy) used[level.column] = true;
  for (const auto& [measure, columns] : report.mapping.measures) {
    for (int c : columns) used[c] = true;
  }
  for (int c : report.mapping.candidates) used[c] = true;
  if (report.mapping.option_column >= 0) used[report.mapping.option_column] = true;
  if (report.mapping.votes_column >= 0) used[report.mapping.votes_column] = true;
  for (int c : report.mapping.identity_columns) used[c] = true;
  for (int c = 0; c < static_cast<int>(used.size()); ++c) {
    if (!used[c]) report.unmapped.push_back(c);
  }
  UploadBuilder builder(upload, report.mapping, out);
  builder.run(reader, progress);
  apply_conventions(out);
  const auto text_size = upload.table_text().size();
  if (progress) (*progress)(text_size, text_size, report.rows);
  if (report.rows == 0) return empty_error(file_name, report.layout.header_line + 1);
  locate_in_sheet(upload, report);
  return out;
}

ojson upload_report_json(const Upload& upload, std::size_t max_problems) {
  const UploadReport& r = upload.report;
  ojson out;
  out["file"] = r.file;
  out["encoding"] = to_string(r.encoding);
  out["delimiter"] = delimiter_name(r.delimiter.delimiter);
  ojson alternatives = ojson::array();
  for (char c : r.delimiter.alternatives) alternatives.push_back(delimiter_name(c));
  out["delimiter_alternatives"] = alternatives;
  out["rows"] = r.rows;
  out["rows_used"] = r.rows_used;
  ojson not_used = ojson::object();
  for (const auto& [reason, count] : r.rows_not_used) not_used[reason] = count;
  out["rows_not_used"] = not_used;
  ojson problems = ojson::array();
  for (std::size_t i = 0; i < r.problems.size() && i < max_problems; ++i) {
    const UploadProblem& p = r.problems[i];
    ojson item = {{"code", p.code}, {"record_line", p.record_line},
                  {"line", p.line}, {"column", p.column}};
    if (!p.field.empty()) item["field"] = p.field;
    if (i < r.problem_cells.size() && !r.problem_cells[i].empty()) {
      item["sheet"] = r.source.sheet.name;
      item["cell"] = r.problem_cells[i];
    }
    item["text"] = quoted_excerpt(p.text);
    item["row_used"] = p.row_used;
    problems.push_back(item);
  }
  out["problems"] = problems;
  out["problems_total"] = r.problems.size();
  ojson unknown = ojson::array();
  for (const UnknownFigure& f : r.unknown_figures) {
    ojson item = {{"unit", upload.dataset.units[f.unit].id}, {"measure", f.measure}};
    if (!f.candidate.empty()) item["candidate"] = f.candidate;
    item["rows"] = f.rows;
    item["rows_unknown"] = f.rows_unknown;
    item["at_least"] = f.known_part;
    item["first_line"] = f.first_line > 0 ? ojson(f.first_line) : ojson(nullptr);
    unknown.push_back(item);
  }
  out["unknown_figures"] = unknown;
  ojson unmapped = ojson::array();
  for (int c : r.unmapped) unmapped.push_back({{"column", c}, {"header", r.header[c]}});
  out["unmapped"] = unmapped;
  out["notes"] = r.notes;
  out["layout"] = layout_json(r.layout, r.transposed, r.skipped);
  ojson totals = ojson::array();
  for (const TotalRow& total : r.totals) {
    ojson figures = ojson::array();
    for (const TotalFigure& f : total.figures) {
      ojson item = {{"measure", f.measure}};
      if (!f.candidate.empty()) item["candidate"] = f.candidate;
      item["field"] = f.field;
      item["line"] = f.line;
      item["column"] = f.column;
      item["published"] = f.published;
      item["sum"] = f.sum ? ojson(*f.sum) : ojson(nullptr);
      item["agrees"] = f.sum ? ojson(f.agrees()) : ojson(nullptr);
      figures.push_back(item);
    }
    totals.push_back({{"line", total.line}, {"label", total.label}, {"field", total.field}, {"how", total.how},
                      {"unit", total.unit >= 0 ? ojson(upload.dataset.units[total.unit].id) : ojson(nullptr)},
                      {"figures", figures}});
  }
  out["totals"] = totals;
  ojson total_columns = ojson::array();
  for (const TotalColumn& c : r.total_columns) {
    total_columns.push_back({{"column", c.column}, {"header", c.header}, {"rows_checked", c.rows_checked},
                             {"rows_differing", c.rows_differing}});
  }
  out["total_columns"] = total_columns;
  out["namesakes"] = r.namesakes;
  out["mapping"] = mapping_json(r.mapping);
  out["conventions"] = convention_offers(upload);
  out["source"] = source_json(r.source, false);
  return out;
}

std::string problem_rows_csv(const UploadReport& report) {
  const char d = report.delimiter.delimiter;
  std::string out = "line";
  out += d;
  out += "problems";
  for (const auto& h : report.header) {
    out += d;
    out += csv_cell(h, d);
  }
  out += "\r\n";
  std::size_t p = 0;
  for (const auto& [line, raw] : report.problem_rows) {
    std::string codes;
    for (; p < report.problems.size() && report.problems[p].record_line < line; ++p) {}
    for (std::size_t k = p; k < report.problems.size() && report.problems[k].record_line == line; ++k) {
      const UploadProblem& problem = report.problems[k];
      if (!codes.empty()) codes += "; ";
      const std::string cell = k < report.problem_cells.size() ? report.problem_cells[k] : "";
      codes += problem.code + " " + (cell.empty() ? std::to_string(problem.line) + ":" + std::to_string(problem.column)
                                                  : report.source.sheet.name + "!" + cell);
      if (!problem.field.empty()) codes += " " + problem.field;
    }
    out += std::to_string(line);
    out += d;
    out += csv_cell(codes, d);
    DelimitedReader row(raw, d);
    RecordView record;
    if (row.next(record)) {
      for (auto field : record.fields) {
        out += d;
        out += csv_cell(field, d);
      }
    }
    out += "\r\n";
  }
  return out;
}

ojson inspect_upload(const DecodedUpload& upload, std::size_t preview_rows) {
  const std::string& text = upload.decoded.text;
  ojson out;
  out["encoding"] = to_string(upload.decoded.encoding);
  out["delimiter"] = delimiter_name(upload.delimiter.delimiter);
  ojson alternatives = ojson::array();
  for (char c : upload.delimiter.alternatives) alternatives.push_back(delimiter_name(c));
  out["delimiter_alternatives"] = alternatives;
  (void)text;
  DelimitedReader reader(upload.table_text(), upload.table_delimiter());
  RecordView record;
  std::vector<std::string> header = upload.layout.header;
  std::vector<std::vector<std::string>> rows;   // the suggestion's sample: more rows than the preview
  ojson preview = ojson::array();
  std::size_t count = 0;
  std::vector<SkippedLine> skipped = upload.layout.above;
  const int notes_from = upload.transposed ? 0 : upload.layout.notes_from_line;
  for (int k = 0; k < upload.header_records(); ++k) {
    if (!reader.next(record)) break;
  }
  if (upload.transposed) {
    header.clear();
    for (auto f : record.fields) header.emplace_back(trim_spaces(f));
  }
  reader.expect_fields(header.size());
  while (reader.next(record)) {
    if (notes_from > 0 && record.line >= notes_from && is_note_record(record.fields, static_cast<int>(header.size()))) {
      skipped.push_back(SkippedLine{record.line, "layout.note", std::string(record.raw)});
      continue;
    }
    if (rows.size() < kSuggestionSampleRows) rows.emplace_back(record.fields.begin(), record.fields.end());
    if (preview.size() < preview_rows) {
      preview.push_back({{"line", record.line}, {"fields", std::vector<std::string>(record.fields.begin(), record.fields.end())}});
    }
    ++count;
  }
  out["header"] = header;
  out["preview"] = preview;
  out["rows"] = count;
  out["layout"] = layout_json(upload.layout, upload.transposed != nullptr, skipped);
  out["problems_total"] = reader.problems().size();
  MappingSuggestion suggested = suggest_mapping(header, rows);
  suggested.mapping.transpose = upload.transposed != nullptr;
  const ojson suggestion = suggestion_json(suggested, header);
  for (auto it = suggestion.begin(); it != suggestion.end(); ++it) out[it.key()] = it.value();
  out["source"] = source_json(upload.source, true);
  return out;
}

}  // namespace against_all
