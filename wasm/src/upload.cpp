#include "against_all/upload.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "against_all/measures.hpp"
#include "against_all/limits.hpp"
#include "against_all/number_text.hpp"

namespace against_all {

namespace {

using ojson = nlohmann::ordered_json;

constexpr const char* kSource = "upload";
constexpr int kProgressEveryRows = 8192;  // often enough for a smooth bar, rarely enough to cost nothing

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Spaces, tabs and a stray byte-order mark (U+FEFF, left where files were pasted together).
std::string_view trim_spaces(std::string_view s) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1), trimmed = true;
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1), trimmed = true;
    if (s.substr(0, 3) == kByteOrderMark) s.remove_prefix(3), trimmed = true;
    if (s.size() >= 3 && s.substr(s.size() - 3) == kByteOrderMark) s.remove_suffix(3), trimmed = true;
  }
  return s;
}

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
};

struct UnitState {
  std::vector<Sum> measures;                 // by mapped count measure
  int reporting_units = 0;
  int last_reporting_unit = -1;
  std::vector<CandidateSum> candidates;      // contests only, first seen first
  std::unordered_map<std::string, int> candidate_index;
  std::vector<int> wide_slot;                // wide: candidate column → index into candidates, or -1
};

class Builder {
 public:
  Builder(const DecodedUpload& upload, const ColumnMapping& mapping, Upload& out)
      : text_(upload.decoded.text), mapping_(mapping), out_(out), report_(out.report) {
    for (const auto& measure : count_measures()) {
      if (measure != "candidates" && mapping.measures.count(measure)) measures_.push_back(measure);
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
    d.sources.push_back(Source{kSource, "", report_.file, "", "", "upload", ""});
    d.source_priority = {0};
    d.source_index[kSource] = 0;
    add_unit(kCountryLevel, -1, 0, Names{"Всего", "Барлығы", "Total"});
    d.root = 0;

    reporting_units_.reserve(text_.size() / 128);   // a results row is rarely shorter; avoids rehashing
    RecordView record;
    std::size_t seen_problems = reader.problems().size();
    const bool stray_bom = text_.find(kByteOrderMark) != std::string_view::npos;  // rare: check rows only then
    while (reader.next(record)) {
      ++report_.rows;
      if (progress && report_.rows % kProgressEveryRows == 0) (*progress)(reader.position(), text_.size(), report_.rows);
      row_problems_.clear();
      for (; seen_problems < reader.problems().size(); ++seen_problems) {
        const DelimitedProblem& p = reader.problems()[seen_problems];
        row_problems_.push_back(UploadProblem{p.code, p.record_line, p.line, p.column, "", p.text, true});
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
    if (long_shape) {
      std::string option_key = key_;
      option_key.append(option);
      if (!options_seen_.insert(option_key).second) {
        duplicate_problem(record, true);
        return "row.duplicate_unit";
      }
    } else if (!new_unit) {
      duplicate_problem(record, false);
      return "row.duplicate_unit";
    }
    if (new_unit) {
      current_unit_ = reporting_units_.add(key_);
    }

    // The chain of units the row adds to: the root, then each kept level.
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
      candidate(contest, option, record.line).votes.add(current_unit_, known, votes, record.line);
      return nullptr;
    }
    std::vector<int>& slots = states_[contest].wide_slot;
    if (slots.empty()) slots.assign(mapping_.candidates.size(), -1);
    for (std::size_t k = 0; k < mapping_.candidates.size(); ++k) {
      const int column = mapping_.candidates[k];
      const std::string_view cell = trim_spaces(fields[column]);
      if (cell.empty()) continue;   // not a candidate of this unit (a blank is not a zero either)
      std::int64_t votes = 0;
      const bool known = read_cell(reader, record, column, votes);
      if (slots[k] < 0) {
        candidate(contest, report_.header[column], record.line);
        slots[k] = static_cast<int>(states_[contest].candidates.size()) - 1;
      }
      states_[contest].candidates[slots[k]].votes.add(current_unit_, known, votes, record.line);
    }
    return nullptr;
  }

  CandidateSum& candidate(int contest, std::string_view name, int line) {
    UnitState& state = states_[contest];
    auto found = state.candidate_index.find(std::string(name));
    if (found != state.candidate_index.end()) return state.candidates[found->second];
    state.candidate_index.emplace(std::string(name), static_cast<int>(state.candidates.size()));
    state.candidates.push_back(CandidateSum{std::string(name), Sum{}, line});
    return state.candidates.back();
  }

  void read_percentages(DelimitedReader& reader, const RecordView& record, int contest) {
    for (const auto& measure : percent_measures()) {
      auto columns = mapping_.measures.find(measure);
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

  void duplicate_problem(const RecordView& record, bool with_option) {
    UploadProblem problem;
    problem.code = "row.duplicate_unit";
    problem.record_line = record.line;
    problem.line = record.line;
    problem.column = 1;
    problem.text = key_;
    std::replace(problem.text.begin(), problem.text.end(), '\x1f', '/');
    if (!problem.text.empty()) problem.text.pop_back();
    if (with_option) problem.text += " / " + std::string(trim_spaces(record.fields[mapping_.option_column]));
    row_problems_.push_back(std::move(problem));
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

  void finish() {
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
      for (const auto& measure : percent_measures()) {
        if (mapping_.measures.count(measure)) {
          report_.notes.push_back("measures." + measure + ": percentages of reporting units below the contest are not summed");
        }
      }
    }
  }

  std::string_view text_;
  const ColumnMapping& mapping_;
  Upload& out_;
  UploadReport& report_;
  std::vector<std::string> measures_;
  std::vector<std::vector<int>> measure_columns_;   // by measures_
  int contest_depth_ = -1;
  int kept_ = 0;
  bool rows_are_contests_ = false;
  std::vector<UnitState> states_;
  std::vector<UploadProblem> row_problems_;
  std::string key_;
  KeyIndex reporting_units_;
  std::unordered_set<std::string> options_seen_;
  int current_unit_ = -1;
  std::vector<std::string> path_;
  std::vector<int> path_units_;
  std::vector<int> chain_;
};

Error empty_error(const std::string& file, int line) {
  Error error;
  error.code = "csv.empty";
  error.file = file;
  error.line = line;
  error.column = 1;
  return error;
}

std::string csv_quote(std::string_view text, char delimiter) {
  if (text.find_first_of(std::string("\"\r\n") + delimiter) == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

namespace {

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
                                  const SourceChoice& choice) {
  if (bytes.size() > kMaxFileBytes) return limit_error("limit.file_size", file_name, std::to_string(bytes.size()) + " bytes");
  DecodedUpload out;
  auto decoded = read_table_source(std::move(bytes), file_name, choice, out.source, decode_error);
  if (!decoded) return decoded.error();
  out.decoded = std::move(decoded).value();
  const auto first = out.decoded.text.find_first_not_of("\r\n");
  if (first == std::string::npos) return empty_error(file_name, 1);
  if (out.source.workbook) out.delimiter.delimiter = '\t';
  else out.delimiter = sniff_delimiter(out.decoded.text);
  DelimitedReader header_reader(out.decoded.text, out.delimiter.delimiter);
  RecordView header;
  if (header_reader.next(header) && header.fields.size() > kMaxColumns)
    return limit_error("limit.columns", file_name, std::to_string(header.fields.size()) + " columns");
  return out;
}

Result<Upload> build_upload(std::string bytes, const std::string& file_name, const nlohmann::json& mapping_in,
                            DecodeError* decode_error, const UploadProgress* progress, const SourceChoice& choice) {
  auto opened = open_upload(std::move(bytes), file_name, decode_error, choice);
  if (!opened) return opened.error();
  const DecodedUpload& upload = opened.value();
  Upload out;
  UploadReport& report = out.report;
  report.file = file_name;
  report.encoding = upload.decoded.encoding;
  report.delimiter = upload.delimiter;
  DelimitedReader reader(upload.decoded.text, upload.delimiter.delimiter);
  RecordView header;
  if (!reader.next(header)) return empty_error(file_name, 1);
  for (auto field : header.fields) report.header.emplace_back(trim_spaces(field));
  reader.expect_fields(header.fields.size());
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
  for (int c = 0; c < static_cast<int>(used.size()); ++c) {
    if (!used[c]) report.unmapped.push_back(c);
  }
  Builder builder(upload, report.mapping, out);
  builder.run(reader, progress);
  if (progress) (*progress)(upload.decoded.text.size(), upload.decoded.text.size(), report.rows);
  if (report.rows == 0) return empty_error(file_name, 2);
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
    ojson item = {{"code", p.code}, {"message_key", "error." + p.code}, {"record_line", p.record_line},
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
  out["mapping"] = mapping_json(r.mapping);
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
    out += csv_quote(h, d);
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
    out += csv_quote(codes, d);
    DelimitedReader row(raw, d);
    RecordView record;
    if (row.next(record)) {
      for (auto field : record.fields) {
        out += d;
        out += csv_quote(field, d);
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
  DelimitedReader reader(text, upload.delimiter.delimiter);
  RecordView record;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  ojson preview = ojson::array();
  std::size_t count = 0;
  while (reader.next(record)) {
    if (header.empty() && count == 0) {
      for (auto f : record.fields) header.emplace_back(trim_spaces(f));
      reader.expect_fields(record.fields.size());
      ++count;
      continue;
    }
    if (rows.size() < preview_rows) {
      rows.emplace_back(record.fields.begin(), record.fields.end());
      preview.push_back({{"line", record.line}, {"fields", rows.back()}});
    }
    ++count;
  }
  out["header"] = header;
  out["preview"] = preview;
  out["rows"] = count > 0 ? count - 1 : 0;
  out["problems_total"] = reader.problems().size();
  const MappingSuggestion suggestion = suggest_mapping(header, rows);
  out["mapping"] = mapping_json(suggestion.mapping);
  ojson unmapped = ojson::array();
  for (int c : suggestion.unmapped) unmapped.push_back({{"column", c}, {"header", header[c]}});
  out["unmapped"] = unmapped;
  out["ambiguous"] = suggestion.ambiguous;
  ojson header_problems = ojson::array();
  for (const HeaderProblem& p : suggestion.header_problems) {
    ojson item{{"column", p.column}, {"code", p.code}, {"header", header[p.column]}};
    if (p.same_as >= 0) item["same_as"] = p.same_as;
    header_problems.push_back(item);
  }
  out["header_problems"] = header_problems;
  out["source"] = source_json(upload.source, true);
  return out;
}

}  // namespace against_all
