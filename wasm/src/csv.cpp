#include "against_all/csv.hpp"

#include "against_all/utf8.hpp"

namespace against_all {

std::optional<std::size_t> CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i].text == name) return i;
  }
  return std::nullopt;
}

namespace {

class Scanner {
 public:
  explicit Scanner(const std::string& text) : text_(text) {
    if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
  }

  bool at_end() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool at_line_break() const { return !at_end() && (peek() == '\n' || peek() == '\r'); }
  int line() const { return line_; }
  int column() const { return column_; }

  char take() {
    char c = text_[pos_++];
    if (!utf8_continuation(c)) ++column_;   // columns count code points
    return c;
  }

  // Consumes LF, CRLF or a lone CR.
  void take_line_break() {
    if (peek() == '\r') {
      ++pos_;
      if (peek() == '\n') ++pos_;
    } else if (peek() == '\n') {
      ++pos_;
    }
    ++line_;
    column_ = 1;
  }

 private:
  const std::string& text_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

Error csv_error(const std::string& file, const char* code, int line, int column,
                std::optional<std::string> text = std::nullopt) {
  Error error;
  error.code = code;
  error.file = file;
  error.line = line;
  error.column = column;
  error.text = std::move(text);
  return error;
}

struct ParsedRecord {
  CsvRecord record;
  int end_line = 0;
  int end_column = 0;   // just past the last character of the record
  bool blank = false;
};

// Reads one record starting at the scanner's position; the scanner is not at its end.
Result<ParsedRecord> read_record(Scanner& in, const std::string& file) {
  ParsedRecord parsed;
  parsed.record.line = in.line();
  while (true) {
    CsvField field;
    field.line = in.line();
    field.column = in.column();
    bool quoted = false;
    if (in.peek() == '"' && !in.at_end()) {
      quoted = true;
      in.take();
      while (true) {
        if (in.at_end()) {
          return csv_error(file, "csv.unbalanced_quote", field.line, field.column);
        }
        char c = in.peek();
        if (c == '"') {
          if (in.peek(1) == '"') {
            in.take();
            in.take();
            field.text += '"';
            continue;
          }
          in.take();
          break;
        }
        if (c == '\r' || c == '\n') {
          in.take_line_break();
          field.text += '\n';   // CRLF inside quotes reads as LF, the same on every system
          continue;
        }
        field.text += in.take();
      }
      if (!in.at_end() && in.peek() != ',' && !in.at_line_break()) {
        return csv_error(file, "csv.unbalanced_quote", in.line(), in.column(),
                         std::string(1, in.peek()));
      }
    } else {
      while (!in.at_end() && in.peek() != ',' && !in.at_line_break()) {
        if (in.peek() == '"') {
          return csv_error(file, "csv.unbalanced_quote", in.line(), in.column(), field.text + "\"");
        }
        field.text += in.take();
      }
    }
    const bool first = parsed.record.fields.empty();
    parsed.record.fields.push_back(std::move(field));
    if (!in.at_end() && in.peek() == ',') {
      in.take();
      continue;
    }
    parsed.end_line = in.line();
    parsed.end_column = in.column();
    parsed.blank = first && !quoted && parsed.record.fields.front().text.empty();
    if (!in.at_end()) in.take_line_break();
    return parsed;
  }
}

}  // namespace

Result<CsvTable> read_csv(const std::string& file, const std::string& text) {
  CsvTable table;
  table.file = file;
  Scanner in(text);
  bool have_header = false;
  while (!in.at_end()) {
    auto parsed = read_record(in, file);
    if (!parsed) return parsed.error();
    ParsedRecord& row = parsed.value();
    if (row.blank) continue;
    if (!have_header) {
      table.header = std::move(row.record.fields);
      have_header = true;
      continue;
    }
    const std::size_t expected = table.header.size();
    const auto& fields = row.record.fields;
    if (fields.size() > expected) {
      return csv_error(file, "csv.field_count", fields[expected].line, fields[expected].column,
                       fields[expected].text);
    }
    if (fields.size() < expected) {
      return csv_error(file, "csv.field_count", row.end_line, row.end_column);
    }
    table.records.push_back(std::move(row.record));
  }
  if (!have_header) return csv_error(file, "csv.empty", 1, 1);
  return table;
}

}  // namespace against_all
