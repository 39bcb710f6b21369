// The rows of an upload that have a problem, as CSV for the user to fix them in: each row as the
// file gives it, after its line and its problems' codes and places.
#include "against_all/upload.hpp"

#include <string>

#include "against_all/csv_writer.hpp"
#include "against_all/delimited_text.hpp"

namespace against_all {

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

}  // namespace against_all
