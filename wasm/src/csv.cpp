#include "against_all/csv.hpp"

#include <string_view>

#include "against_all/delimited_text.hpp"

namespace against_all {

std::optional<std::size_t> CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i].text == name) return i;
  }
  return std::nullopt;
}

namespace {

Error csv_table_error(const std::string& file, const std::string& code, int line, int column,
                      std::optional<std::string> text = std::nullopt) {
  Error error;
  error.code = code;
  error.file = file;
  error.line = line;
  error.column = column;
  error.text = std::move(text);
  return error;
}

// The strict reader's first problem as an error. It has no text where it points at none: an
// unclosed quote, a record that ends too soon (a long record's first extra field may be empty).
Error csv_table_error(const std::string& file, const DelimitedProblem& problem, std::size_t fields,
                      std::size_t expected) {
  const bool extra_field = problem.code == "csv.field_count" && fields > expected;
  std::optional<std::string> text;
  if (extra_field || !problem.text.empty()) text = problem.text;
  return csv_table_error(file, problem.code, problem.line, problem.column, std::move(text));
}

std::vector<CsvField> csv_fields(const DelimitedReader& reader, const RecordView& record,
                                 std::vector<TextPosition>& starts) {
  reader.field_starts(record, starts);
  std::vector<CsvField> fields;
  fields.reserve(record.fields.size());
  for (std::size_t k = 0; k < record.fields.size(); ++k) {
    fields.push_back(CsvField{std::string(record.fields[k]), starts[k].line, starts[k].column});
  }
  return fields;
}

}  // namespace

Result<CsvTable> read_csv(const std::string& file, const std::string& text) {
  std::string_view body(text);
  if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) body.remove_prefix(3);   // a BOM: no column of its own
  DelimitedReader reader(body, ',', ScanPath::simd, DelimitedMode::strict);
  CsvTable table;
  table.file = file;
  bool have_header = false;
  RecordView record;
  std::vector<TextPosition> starts;
  while (reader.next(record)) {
    if (record.has_problem) {
      return csv_table_error(file, reader.problems().front(), record.fields.size(), table.header.size());
    }
    if (!have_header) {
      table.header = csv_fields(reader, record, starts);
      reader.expect_fields(table.header.size());
      have_header = true;
      continue;
    }
    table.records.push_back(CsvRecord{record.line, csv_fields(reader, record, starts)});
  }
  if (!have_header) return csv_table_error(file, "csv.empty", 1, 1);
  return table;
}

}  // namespace against_all
