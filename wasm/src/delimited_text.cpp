#include "against_all/delimited_text.hpp"

#include <algorithm>
#include <cstring>
#include <map>

namespace against_all {

namespace {

constexpr std::size_t kShownTextLimit = 200;   // bytes of raw text kept with a problem

std::string_view shown(std::string_view text) { return utf8_prefix(text, kShownTextLimit); }

bool is_break(char c) { return c == '\n' || c == '\r'; }

// Steps through a record's fields as written (quotes, line breaks inside them) to say where one
// starts; the reader itself needs no positions but a problem's.
class RecordFieldWalk {
 public:
  RecordFieldWalk(std::string_view text, char delimiter, const RecordView& record)
      : text_(text),
        delimiter_(delimiter),
        pos_(static_cast<std::size_t>(record.raw.data() - text.data())),
        end_(pos_ + record.raw.size()),
        line_start_(pos_),
        counted_to_(pos_),
        line_(record.line) {}

  // Moves past the field starting here; false, at the record's end, when it was the last.
  bool skip_field() {
    const char* p = text_.data();
    if (pos_ < end_ && p[pos_] == '"') {
      std::size_t i = pos_ + 1;
      int breaks = 0;
      std::size_t last_start = line_start_;
      while (i < end_) {
        if (p[i] == '"') {
          if (i + 1 < end_ && p[i + 1] == '"') {
            i += 2;
            continue;
          }
          break;
        }
        if (p[i] == '\r' || p[i] == '\n') {
          if (p[i] == '\r' && i + 1 < end_ && p[i + 1] == '\n') ++i;
          ++breaks;
          last_start = i + 1;
        }
        ++i;
      }
      if (i < end_) {   // closed
        pos_ = i + 1;
        line_ += breaks;
        line_start_ = last_start;
      }
    }
    while (pos_ < end_ && p[pos_] != delimiter_) ++pos_;
    if (pos_ >= end_) {
      pos_ = end_;
      return false;
    }
    ++pos_;
    return true;
  }

  std::size_t position() const { return pos_; }

  // The line and code-point column here; counts on from where it last counted on this line.
  TextPosition where() {
    if (counted_to_ < line_start_) {
      counted_to_ = line_start_;
      column_ = 1;
    }
    column_ += static_cast<int>(utf8_code_points(text_, counted_to_, pos_));
    counted_to_ = pos_;
    return TextPosition{line_, column_};
  }

 private:
  std::string_view text_;
  char delimiter_;
  std::size_t pos_;
  std::size_t end_;
  std::size_t line_start_;
  std::size_t counted_to_;
  int line_;
  int column_ = 1;
};

}  // namespace

std::string delimiter_name(char delimiter) { return std::string(1, delimiter); }

DelimitedReader::DelimitedReader(std::string_view text, char delimiter, ScanPath path, DelimitedMode mode)
    : text_(text), delimiter_(delimiter), mode_(mode), scanner_(text, delimiter, path) {}

void DelimitedReader::add_problem(const char* code, int record_line, std::size_t at, std::string_view text) {
  // The line starts after the last line break before `at`; count the breaks from the record start.
  DelimitedProblem problem;
  problem.code = code;
  problem.record_line = record_line;
  std::size_t line_start = at;
  while (line_start > 0 && !is_break(text_[line_start - 1])) --line_start;
  problem.line = line_;
  problem.column = static_cast<int>(utf8_code_points(text_, line_start, at)) + 1;
  problem.text = std::string(mode_ == DelimitedMode::strict ? text : shown(text));
  problems_.push_back(std::move(problem));
}

// Strict: the unquoted field [begin, pos_) may not hold a quote.
void DelimitedReader::check_unquoted(std::size_t begin) {
  const void* quote = std::memchr(text_.data() + begin, '"', pos_ - begin);
  if (quote == nullptr) return;
  const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(quote) - text_.data());
  add_problem("csv.unbalanced_quote", 0, at, text_.substr(begin, at + 1 - begin));
}

// At an opening quote: reads the quoted field (and any text after its closing quote) into spans_.
void DelimitedReader::read_quoted() {
  const char* p = text_.data();
  const std::size_t quote = pos_;
  const QuotedSpan span = scanner_.quoted(quote);
  if (!span.closed) {
    // Never closed: the quote is taken as a literal character and the field ends at the
    // delimiter or line break, so the rest of the file is not swallowed.
    const std::size_t end = scanner_.next_stop(quote);
    add_problem("csv.unbalanced_quote", 0, quote,
                mode_ == DelimitedMode::strict ? std::string_view() : text_.substr(quote, end - quote));
    spans_.push_back(Span{static_cast<std::uint32_t>(quote), static_cast<std::uint32_t>(end - quote), false});
    pos_ = end;
    return;
  }
  const int breaks = span.breaks;
  const bool copy = span.unescape;   // "" and CR (CRLF and CR inside quotes read as LF)
  const std::size_t content = quote + 1;
  const std::size_t close = span.close;
  pos_ = close + 1;
  const std::size_t after = scanner_.next_stop(pos_);
  const bool stray = after > pos_;
  if (!copy && !stray) {
    line_ += breaks;
    spans_.push_back(Span{static_cast<std::uint32_t>(content), static_cast<std::uint32_t>(close - content), false});
    return;
  }
  const std::size_t begin = arena_.size();
  for (std::size_t k = content; k < close; ++k) {
    if (p[k] == '"') {
      arena_ += '"';
      ++k;
    } else if (p[k] == '\r') {
      arena_ += '\n';
      if (k + 1 < close && p[k + 1] == '\n') ++k;
    } else {
      arena_ += p[k];
    }
  }
  line_ += breaks;
  if (stray) {
    if (mode_ == DelimitedMode::strict) {
      add_problem("csv.unbalanced_quote", 0, pos_, text_.substr(pos_, 1));
    } else {
      add_problem("csv.text_after_quote", 0, pos_, text_.substr(pos_, after - pos_));
    }
    arena_.append(p + pos_, after - pos_);
    pos_ = after;
  }
  spans_.push_back(Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(arena_.size() - begin), true});
}

bool DelimitedReader::next(RecordView& record) {
  const char* p = text_.data();
  const std::size_t n = text_.size();
  while (pos_ < n && is_break(p[pos_])) {   // blank lines are not records
    if (p[pos_] == '\r' && pos_ + 1 < n && p[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }
  if (pos_ >= n) return false;
  record.line = line_;
  spans_.clear();
  arena_.clear();
  const std::size_t raw_begin = pos_;
  const std::size_t problems_before = problems_.size();
  while (true) {
    if (pos_ < n && p[pos_] == '"') {
      read_quoted();
    } else {
      const std::size_t begin = pos_;
      pos_ = scanner_.next_stop(pos_);
      if (mode_ == DelimitedMode::strict) check_unquoted(begin);
      spans_.push_back(Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(pos_ - begin), false});
    }
    if (pos_ < n && p[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    break;
  }
  record.raw = text_.substr(raw_begin, pos_ - raw_begin);
  record.fields.clear();
  for (const Span& span : spans_) {
    record.fields.push_back(span.in_arena ? std::string_view(arena_).substr(span.begin, span.size)
                                          : text_.substr(span.begin, span.size));
  }
  for (std::size_t k = problems_before; k < problems_.size(); ++k) problems_[k].record_line = record.line;
  if (expected_fields_ > 0 && record.fields.size() != expected_fields_) {
    DelimitedProblem problem;
    problem.code = "csv.field_count";
    problem.record_line = record.line;
    const std::size_t at = std::min(expected_fields_, record.fields.size());
    const std::size_t offset = locate(record, at, problem.line, problem.column);
    const bool too_many = record.fields.size() > expected_fields_;
    if (mode_ == DelimitedMode::strict) {
      if (too_many) problem.text = std::string(record.fields[expected_fields_]);
    } else {
      // Too many fields: the text from the first extra one on; too few: the whole record.
      const std::size_t from = too_many ? offset - static_cast<std::size_t>(record.raw.data() - text_.data()) : 0;
      problem.text = std::string(shown(record.raw.substr(from)));
    }
    problems_.push_back(std::move(problem));
  }
  record.has_problem = problems_.size() > problems_before;
  if (pos_ < n) {   // the line break
    if (p[pos_] == '\r' && pos_ + 1 < n && p[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }
  return true;
}

std::size_t DelimitedReader::locate(const RecordView& record, std::size_t index, int& line, int& column) const {
  RecordFieldWalk walk(text_, delimiter_, record);
  for (std::size_t k = 0; k < index && walk.skip_field(); ++k) {
  }
  const TextPosition at = walk.where();
  line = at.line;
  column = at.column;
  return walk.position();
}

void DelimitedReader::field_starts(const RecordView& record, std::vector<TextPosition>& starts) const {
  starts.clear();
  RecordFieldWalk walk(text_, delimiter_, record);
  do {
    starts.push_back(walk.where());
  } while (walk.skip_field());
}

DelimiterGuess sniff_delimiter(std::string_view text) {
  constexpr std::size_t kSampleBytes = 64 * 1024;
  constexpr std::size_t kSampleRecords = 50;
  std::string_view sample = text.substr(0, kSampleBytes);
  if (sample.size() < text.size()) {
    const std::size_t last_break = sample.find_last_of("\r\n");
    if (last_break != std::string_view::npos && last_break > 0) sample = sample.substr(0, last_break);
  }
  struct Score {
    char delimiter;
    int fields;
    double consistency;
  };
  std::vector<Score> scores;
  for (char delimiter : {',', ';', '\t', '|'}) {
    DelimitedReader reader(sample, delimiter);
    RecordView record;
    // The most common field count, not the first record's: a title line above the header
    // ("Итоги голосования, 2024") must not decide the delimiter.
    std::map<std::size_t, std::size_t> counts;
    std::size_t records = 0;
    while (records < kSampleRecords && reader.next(record)) {
      ++counts[record.fields.size()];
      ++records;
    }
    std::size_t fields = 0, matching = 0;
    for (const auto& [count, seen] : counts) {
      if (seen > matching || (seen == matching && count > fields)) fields = count, matching = seen;
    }
    if (records == 0 || fields < 2) continue;
    scores.push_back(Score{delimiter, static_cast<int>(fields), static_cast<double>(matching) / records});
  }
  DelimiterGuess guess;
  if (scores.empty()) {
    guess.fields = 1;
    guess.consistency = 1;
    return guess;
  }
  // stable: the earlier delimiter wins a tie
  std::stable_sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
    if (a.consistency != b.consistency) return a.consistency > b.consistency;
    return a.fields > b.fields;
  });
  guess.delimiter = scores[0].delimiter;
  guess.fields = scores[0].fields;
  guess.consistency = scores[0].consistency;
  for (std::size_t k = 1; k < scores.size(); ++k) {
    if (scores[k].consistency == scores[0].consistency) guess.alternatives.push_back(scores[k].delimiter);
  }
  return guess;
}

DelimitedRows read_delimited(std::string_view text, char delimiter, std::size_t max_records, ScanPath path) {
  DelimitedRows out;
  out.delimiter = delimiter;
  DelimitedReader reader(text, delimiter, path);
  RecordView record;
  while (out.rows.size() < max_records && reader.next(record)) {
    if (out.rows.empty()) reader.expect_fields(record.fields.size());
    out.lines.push_back(record.line);
    out.rows.emplace_back(record.fields.begin(), record.fields.end());
  }
  out.problems = reader.problems();
  return out;
}

}  // namespace against_all
