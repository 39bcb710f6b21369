// What is wrong with an upload's row, listed where it is in the file.
#include "upload_builder.hpp"

#include <algorithm>
#include <string>

#include "against_all/cell_text.hpp"

namespace against_all {

void UploadBuilder::cell_problem(DelimitedReader& reader, const RecordView& record, int column, const char* code) {
  UploadProblem problem;
  problem.code = code;
  problem.record_line = record.line;
  reader.locate(record, static_cast<std::size_t>(column), problem.line, problem.column);
  in_file(record, column, problem);
  problem.field = report_.header[column];
  problem.text = std::string(record.fields[column]);
  row_problems_.push_back(std::move(problem));
}

// The row's candidates + against all do not make its valid votes (row_sums.hpp).
void UploadBuilder::row_sum_problem(DelimitedReader& reader, const RecordView& record, const std::string& text) {
  UploadProblem problem{"row.valid_votes_mismatch", record.line, record.line, 1, "", text, true};
  reader.locate(record, static_cast<std::size_t>(row_sums_.column()), problem.line, problem.column);
  problem.field = report_.header[row_sums_.column()];
  row_problems_.push_back(std::move(problem));
}

// The same row a second time, every field the same: counted once; both lines named.
const char* UploadBuilder::repeated_problem(const RecordView& record, int first_line) {
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
void UploadBuilder::namesake_problem(DelimitedReader& reader, const RecordView& record, int first_line) {
  cell_problem(reader, record, mapping_.option_column, "row.namesake");
  row_problems_.back().text = std::string(trim_cell(record.fields[mapping_.option_column])) + " = " +
                              std::to_string(first_line);
  ++report_.namesakes;
}

void UploadBuilder::duplicate_problem(const RecordView& record, bool with_option, int first_line) {
  UploadProblem problem;
  problem.code = "row.duplicate_unit";
  problem.record_line = record.line;
  problem.line = record.line;
  problem.column = 1;
  problem.text = key_;
  std::replace(problem.text.begin(), problem.text.end(), '\x1f', '/');
  if (!problem.text.empty()) problem.text.pop_back();
  if (with_option) problem.text += " / " + std::string(trim_cell(record.fields[mapping_.option_column]));
  problem.text += " = " + std::to_string(first_line);
  in_file(record, 0, problem);
  row_problems_.push_back(std::move(problem));
}

// In a transposed table, a problem of the view's record at `field` is reported where that cell
// is in the file (line, column); its record_line stays the view's row, which the problem rows
// download lists.
void UploadBuilder::in_file(const RecordView& record, int field, UploadProblem& problem) const {
  if (!transposed_) return;
  transposed_->locate(record.line - 1, field, problem.line, problem.column);
}

// A row longer than the limit is not read at all (its fields could exhaust memory in the sums).
const char* UploadBuilder::too_long(const RecordView& record) {
  row_problems_.push_back(UploadProblem{"limit.row_size", record.line, record.line, 1, "",
                                        std::to_string(record.raw.size()) + " bytes", false});
  return "limit.row_size";
}

// A byte-order mark inside a field is listed; the field is read without it.
void UploadBuilder::report_stray_boms(const DelimitedReader& reader, const RecordView& record) {
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    if (record.fields[i].find(kByteOrderMark) == std::string_view::npos) continue;
    UploadProblem problem{"text.stray_bom", record.line, 0, 0, "", std::string(record.fields[i]), true};
    reader.locate(record, i, problem.line, problem.column);
    if (i < report_.header.size()) problem.field = report_.header[i];
    row_problems_.push_back(std::move(problem));
  }
}

// Where field `column` of a row kept as text is in the file.
void UploadBuilder::locate_in_row(int line, const std::string& raw, int column, int& at_line, int& at_column) const {
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

}  // namespace against_all
