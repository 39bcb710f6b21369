// The project's own dataset files, read strictly: RFC 4180 with commas (quoted fields, "" escapes,
// newlines inside quotes, CRLF or LF), a UTF-8 BOM, and the first problem is an error. The records
// are read by delimited_text.hpp's reader in its strict mode; this is the table they make.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "against_all/error.hpp"

namespace against_all {

struct CsvField {
  std::string text;
  int line = 0;     // where the field starts, 1-based
  int column = 0;   // 1-based, in Unicode code points (the opening quote if quoted)
};

struct CsvRecord {
  int line = 0;                 // the line the record starts on
  std::vector<CsvField> fields;
};

struct CsvTable {
  std::string file;
  std::vector<CsvField> header;
  std::vector<CsvRecord> records;   // every row after the header; blank lines are not rows

  std::optional<std::size_t> column(const std::string& name) const;
};

// Every record must have as many fields as the header (else csv.field_count).
// A text with no header row gives csv.empty.
Result<CsvTable> read_csv(const std::string& file, const std::string& text);

}  // namespace against_all
