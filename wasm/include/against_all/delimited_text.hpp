// A tolerant reader of delimited text as people upload it: the delimiter sniffed among
// "," ";" tab "|", RFC 4180 quoting (delimiters, quotes and line breaks inside quotes), CRLF, LF,
// CR or a mix. It streams: one record at a time, fields as views into the text, so a 100 MB file
// is read in one pass without a copy per field. Nothing is dropped: a record with the wrong
// number of fields, an unclosed quote or text after a closing quote is still returned, and the
// problem is recorded with its line and column.
//
// Its strict mode reads the project's own dataset files (csv.hpp), where any of these is an error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "against_all/structural_scanner.hpp"
#include "against_all/utf8.hpp"

namespace against_all {

struct DelimiterGuess {
  char delimiter = ',';
  int fields = 0;                   // the most common field count of the sampled records
  double consistency = 0;           // share of the sampled records with that many fields
  std::vector<char> alternatives;   // other delimiters that split the sample just as consistently
  bool ambiguous() const { return !alternatives.empty(); }
};

// Tries each delimiter on the first records (quotes respected) and keeps the one giving the most
// consistent field counts, then the most fields; ties go to "," ";" tab "|" in that order.
DelimiterGuess sniff_delimiter(std::string_view text);

// "," ";" "\t" "|": the delimiter as JSON shows it.
std::string delimiter_name(char delimiter);

struct DelimitedProblem {
  std::string code;        // csv.field_count | csv.unbalanced_quote | csv.text_after_quote
  int record_line = 0;     // the line its record starts on
  int line = 0;            // where the problem is, 1-based
  int column = 0;          // 1-based, in code points
  std::string text;        // the raw offending text
};

enum class DelimitedMode {
  // Uploads: every record kept, each problem recorded with its text (at most 200 bytes).
  tolerant,
  // The project's own dataset files, where the problems are errors with csv.hpp's codes and texts:
  // a quote inside an unquoted field is csv.unbalanced_quote (text: the field up to that quote),
  // and so is text after a closing quote (text: its first byte); an unclosed quote's text and a
  // short record's text are empty; a long record's is its first extra field, unquoted.
  strict,
};

struct RecordView {
  int line = 0;                            // the line the record starts on
  std::string_view raw;                    // the record as written, without its line break
  std::vector<std::string_view> fields;    // unquoted; "" and CRLF inside quotes are undone
  bool has_problem = false;
};

class DelimitedReader {
 public:
  // `path`: how fields' ends are found (structural_scanner.hpp); every path reads the same records.
  DelimitedReader(std::string_view text, char delimiter, ScanPath path = ScanPath::simd,
                  DelimitedMode mode = DelimitedMode::tolerant);

  // The next record (blank lines are not records); false at the end of the text. The views stay
  // valid until the next call.
  bool next(RecordView& record);

  // From now on a record with another field count gets a csv.field_count problem.
  void expect_fields(std::size_t count) { expected_fields_ = count; }

  std::size_t position() const { return pos_; }   // bytes read so far
  const std::vector<DelimitedProblem>& problems() const { return problems_; }

  // Where field `index` of the record starts (index == its field count: just past the record's
  // end), as 1-based line and code-point column; returns its byte offset in the text. Rescans the
  // record, so meant for problems only.
  std::size_t locate(const RecordView& record, std::size_t index, int& line, int& column) const;

  // Where each field of the record starts, as locate() gives it, in one pass (for a record without
  // problems, one position per field).
  void field_starts(const RecordView& record, std::vector<TextPosition>& starts) const;

 private:
  struct Span {
    std::uint32_t begin;
    std::uint32_t size;
    bool in_arena;
  };
  void read_quoted();
  void check_unquoted(std::size_t begin);
  void add_problem(const char* code, int record_line, std::size_t at, std::string_view text);

  std::string_view text_;
  char delimiter_;
  DelimitedMode mode_;
  StructuralScanner scanner_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t expected_fields_ = 0;
  std::string arena_;
  std::vector<Span> spans_;
  std::vector<DelimitedProblem> problems_;
};

// A whole small text read at once (previews, tests): the records and the problems. The first
// record sets the expected field count.
struct DelimitedRows {
  char delimiter = ',';
  std::vector<int> lines;
  std::vector<std::vector<std::string>> rows;
  std::vector<DelimitedProblem> problems;
};

DelimitedRows read_delimited(std::string_view text, char delimiter, std::size_t max_records = SIZE_MAX,
                             ScanPath path = ScanPath::simd);

}  // namespace against_all
