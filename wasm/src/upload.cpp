// Building an upload: the file opened, its header read, the mapping read against it, the rows
// summed (upload_builder.hpp), the conventions applied and a workbook's problems named by cell.
#include "against_all/upload.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "against_all/cell_text.hpp"
#include "against_all/upload_conventions.hpp"
#include "upload_builder.hpp"
#include "upload_errors.hpp"

namespace against_all {

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

namespace {

// Reads the header record(s), which leaves the reader at the first data row.
Result<std::vector<std::string>> read_header(DelimitedReader& reader, const DecodedUpload& upload,
                                             const std::string& file_name) {
  RecordView header;
  for (int k = 0; k < upload.header_records(); ++k) {
    if (!reader.next(header)) return empty_error(file_name, 1);
  }
  if (!upload.transposed) return upload.layout.header;
  std::vector<std::string> out;
  for (auto field : header.fields) out.emplace_back(trim_cell(field));
  return out;
}

}  // namespace

Result<std::vector<std::string>> upload_header(const DecodedUpload& upload, const std::string& file_name) {
  DelimitedReader reader(upload.table_text(), upload.table_delimiter());
  return read_header(reader, upload, file_name);
}

Result<Upload> build_upload(const DecodedUpload& upload, const std::string& file_name, const ColumnMapping& mapping,
                            const UploadProgress* progress) {
  Upload out;
  UploadReport& report = out.report;
  report.file = file_name;
  report.encoding = upload.decoded.encoding;
  report.delimiter = upload.delimiter;
  report.layout = upload.layout;
  report.transposed = upload.transposed != nullptr;
  report.skipped = upload.layout.above;
  DelimitedReader reader(upload.table_text(), upload.table_delimiter());
  auto header = read_header(reader, upload, file_name);
  if (!header) return header.error();
  report.header = std::move(header).value();
  reader.expect_fields(report.header.size());
  report.mapping = mapping;
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

}  // namespace against_all
