// The rows of an upload summed into the units up its mapped hierarchy (upload.hpp says the policy):
// one pass over the records, then the sums become the dataset's claims and candidates. Private to
// the upload reader: upload_builder.cpp reads the rows, upload_builder_problems.cpp lists what is
// wrong with them, upload_builder_totals.cpp checks the file's own totals, upload_builder_finish.cpp
// turns the sums into claims.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "against_all/delimited_text.hpp"
#include "against_all/measures.hpp"
#include "against_all/upload.hpp"
#include "against_all/row_sums.hpp"
#include "key_index.hpp"

namespace against_all {

class UploadBuilder {
 public:
  UploadBuilder(const DecodedUpload& upload, const ColumnMapping& mapping, Upload& out);

  void run(DelimitedReader& reader, const UploadProgress* progress);

 private:
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

  // reading the rows (upload_builder.cpp)
  int add_unit(const std::string& id, int parent, int level, Names name);
  bool read_cell(DelimitedReader& reader, const RecordView& record, int column, std::int64_t& value);
  // The sum of a measure's columns in this row (every cell read, so each bad one is reported);
  // unknown when a cell is unknown or the sum overflows.
  std::optional<std::int64_t> measure_sum(DelimitedReader& reader, const RecordView& record, std::size_t measure);
  const char* read_row(DelimitedReader& reader, const RecordView& record);
  CandidateSum& candidate(int contest, const std::string& key, const std::string& name, int line);
  bool is_total_column(int column) const;
  void total_column_cell(const RecordView&, std::size_t, int column, bool known, std::int64_t value);
  std::string identity_text(const std::vector<std::string_view>& fields) const;
  Sum& column_votes(int unit, std::size_t slot);
  void read_percentages(DelimitedReader& reader, const RecordView& record, int contest);

  // what is wrong with a row (upload_builder_problems.cpp)
  void cell_problem(DelimitedReader& reader, const RecordView& record, int column, const char* code);
  void row_sum_problem(DelimitedReader& reader, const RecordView& record, const std::string& text);
  const char* repeated_problem(const RecordView& record, int first_line);
  void namesake_problem(DelimitedReader& reader, const RecordView& record, int first_line);
  void duplicate_problem(const RecordView& record, bool with_option, int first_line);
  void in_file(const RecordView& record, int field, UploadProblem& problem) const;
  const char* too_long(const RecordView& record);
  void report_stray_boms(const DelimitedReader& reader, const RecordView& record);
  void locate_in_row(int line, const std::string& raw, int column, int& at_line, int& at_column) const;

  // the file's own totals (upload_builder_totals.cpp)
  void check_total_columns(DelimitedReader& reader, const RecordView& record);
  TotalColumn& total_column(int column);
  const char* read_total_row(DelimitedReader& reader, const RecordView& record, int level);
  bool last_row_is_sum() const;
  void unwind_last_row();
  int unit_of_path(const std::vector<std::string>& path) const;
  std::optional<std::int64_t> candidate_sum(int unit, const std::string& name) const;
  void check_totals();

  // the sums as claims and candidates (upload_builder_finish.cpp)
  std::optional<std::int64_t> resolved(const UnitState& state, const Sum& sum) const;
  void unknown(int unit, const UnitState& state, const Sum& sum, Measure measure, const std::string& name);
  void finish();

  std::string_view text_;
  const ColumnMapping& mapping_;
  Upload& out_;
  UploadReport& report_;
  std::vector<std::string> candidate_names_;        // by column: wide candidates' names (candidate_names.hpp)
  std::vector<Measure> measures_;                   // the count measures summed: mapped, or options' targets
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

}  // namespace against_all
