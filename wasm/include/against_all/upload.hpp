// An uploaded results table turned into a Dataset: its bytes decoded, its rows read, and the
// reporting-unit rows summed into units up the mapped hierarchy, so that summary, check and
// evaluate run on it unchanged. Every row is accounted for in the report.
//
// Policy (docs/engine-api.md, "Upload"):
// - A row with the wrong number of fields, without a value in a hierarchy column, a second row
//   for the same reporting unit (and option, in the long shape), or with every field empty is
//   not used; it is listed with the reason.
// - A cell that is not a count (value.not_integer, value.negative, value.overflow) is listed,
//   and only that figure becomes unknown for that row; the rest of the row is used.
// - A sum with an unknown part is unknown, never a sum that treats it as zero: the unit gets no
//   claim for that measure, and the report gives the known part as a lower bound.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "against_all/column_mapping.hpp"
#include "against_all/dataset.hpp"
#include "against_all/delimited_text.hpp"
#include "against_all/error.hpp"
#include "against_all/measures.hpp"
#include "against_all/table_layout.hpp"
#include "against_all/table_source.hpp"
#include "against_all/text_encoding.hpp"
#include "against_all/totals.hpp"
#include "against_all/transposed_table.hpp"

namespace against_all {

struct UploadProblem {
  std::string code;
  int record_line = 0;    // the line the row starts on
  int line = 0;
  int column = 0;         // 1-based, code points
  std::string field;      // the column's header, when about one cell
  std::string text;       // the raw offending text
  bool row_used = true;   // false: the row is in no sum
};

// A figure left unknown because some of its rows lack it.
struct UnknownFigure {
  int unit = 0;                // index into Dataset::units
  Measure measure = Measure::candidate_votes;   // a count measure, or a candidate's votes (`candidate` names it)
  std::string candidate;
  int rows = 0;                // rows of the unit
  int rows_unknown = 0;        // of which without the figure
  std::int64_t known_part = 0; // the sum over the others: a lower bound
  int first_line = 0;          // the first row without it
};

struct UploadReport {
  std::string file;
  TextEncoding encoding = TextEncoding::utf8;
  DelimiterGuess delimiter;
  std::vector<std::string> header;
  ColumnMapping mapping;
  int rows = 0;                                 // data rows (blank lines are not rows)
  int rows_used = 0;
  std::map<std::string, int> rows_not_used;     // reason code → rows
  std::vector<UploadProblem> problems;          // in file order
  std::vector<UnknownFigure> unknown_figures;
  std::vector<int> unmapped;                    // columns the mapping leaves out
  std::vector<std::string> notes;               // e.g. "measures.turnout_pct: not summed"
  std::vector<std::pair<int, std::string>> problem_rows;   // (line, raw text) of every row with a problem
  TableLayout layout;                           // where the table is: titles, header line(s)
  bool transposed = false;                      // read the other way round (mapping "transpose")
  std::vector<SkippedLine> skipped;             // title and note lines, not rows
  std::vector<TotalRow> totals;                 // rows read as totals, each checked
  std::vector<TotalColumn> total_columns;       // candidate columns read as totals
  int namesakes = 0;                            // long: candidates kept apart though their names agree
  TableSource source;                           // a workbook's sheet, a zip's entry, …
  std::vector<std::string> problem_cells;       // a workbook's cell (A1) of each problem, or empty
};

struct Upload {
  Dataset dataset;
  UploadReport report;
};

struct DecodedUpload {
  DecodedText decoded;
  DelimiterGuess delimiter;
  TableLayout layout;                             // of the file as written
  std::shared_ptr<const TransposedTable> transposed;   // set when read the other way round
  TableSource source;                             // a workbook's sheet, a zip's entry, …

  // The table to read: the file's text, or the transposed view of it.
  std::string_view table_text() const { return transposed ? std::string_view(transposed->text()) : decoded.text; }
  char table_delimiter() const { return transposed ? ',' : delimiter.delimiter; }
  int header_records() const { return transposed ? 1 : layout.header_records; }
};

// Decoding (after unpacking a gzip or zip and reading a workbook's sheet: table_source.hpp),
// delimiter sniffing (a sheet's text is tab-separated) and finding the table (titles, header rows);
// `transpose`: read it the other way round. Errors: those of read_table_source, text.* (with the
// byte offset), csv.empty, limit.*.
Result<DecodedUpload> open_upload(std::string bytes, const std::string& file_name, DecodeError* decode_error = nullptr,
                                  const SourceChoice& choice = {}, bool transpose = false);

// Told now and then while rows are read: bytes of the decoded text read so far, of how many,
// and rows so far. The page's worker turns it into a progress bar.
using UploadProgress = std::function<void(std::uint64_t bytes_read, std::uint64_t bytes_total, std::uint64_t rows)>;

// The table's header: the header line (or, two rows, their joined names), or read transposed, the
// first column. Errors: csv.empty (no header row).
Result<std::vector<std::string>> upload_header(const DecodedUpload& upload, const std::string& file_name);

// The opened table's rows summed with the mapping (read against upload_header). Errors: csv.empty
// (no data row).
Result<Upload> build_upload(const DecodedUpload& upload, const std::string& file_name, const ColumnMapping& mapping,
                            const UploadProgress* progress = nullptr);

// The rows with problems as CSV: "line", "problems", then the file's own columns.
std::string problem_rows_csv(const UploadReport& report);

struct PreviewRow {
  int line = 0;
  std::vector<std::string> fields;   // as written
};

// What `inspect` shows of a table before it is mapped.
struct UploadPreview {
  std::vector<std::string> header;
  std::vector<PreviewRow> first_rows;   // up to the preview's length
  std::size_t rows = 0;                 // data rows (notes below the table are not rows)
  std::vector<SkippedLine> skipped;     // title lines above the header, notes below the table
  std::size_t problems = 0;             // the reader's problems in the rows
  MappingSuggestion suggestion;         // from up to kSuggestionSampleRows rows
};

// The header, the first `preview_rows` rows and the suggested mapping of an opened upload.
UploadPreview preview_upload(const DecodedUpload& upload, std::size_t preview_rows);

}  // namespace against_all
