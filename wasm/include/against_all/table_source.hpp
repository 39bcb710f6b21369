// Where an upload's table comes from: the bytes as given, a gzip or zip around them, or a sheet
// of an Excel workbook; and anything that is not a table refused with its name (file.*). The
// result is text the upload reader reads like any delimited file; for a sheet, TableSource says
// how the text's lines and fields are the sheet's rows and cells.
#pragma once

#include <string>
#include <vector>

#include "against_all/error.hpp"
#include "against_all/text_encoding.hpp"
#include "against_all/workbook.hpp"

namespace against_all {

// The user's choice when a file holds several tables (empty: the first with data).
struct SourceChoice {
  std::string entry;   // a zip's entry
  std::string sheet;   // a workbook's sheet
};

struct TableSource {
  std::string container;              // "", "gzip" or "zip"
  std::string entry;                  // the zip entry read
  std::vector<std::string> entries;   // a zip's tables
  bool workbook = false;
  std::vector<SheetSummary> sheets;
  SheetTable sheet;                   // the sheet read (its text moved out)
};

// Errors: file.* (not a table: text names the format), gzip.*, zip.*, xlsx.*, xml.*, limit.*,
// and decode_text's text.* (then *decode_error has the byte offset).
Result<DecodedText> read_table_source(std::string bytes, const std::string& file_name, const SourceChoice& choice,
                                      TableSource& source, DecodeError* decode_error);

// The cell of a sheet at a (line, column in code points) of its table text, "" when the source
// is not a sheet. `line_starts` is filled on first use.
std::string cell_at(const TableSource& source, const std::string& text, std::vector<std::size_t>& line_starts,
                    int line, int column);

}  // namespace against_all
