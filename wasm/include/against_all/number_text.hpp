// Numbers as spreadsheets write them: "654 443" (space, NBSP, narrow NBSP or thin space),
// "654,443", "654.443", "2,2", "2.2", "2,2%"; and the marks of an unknown figure ("", "-", "—", "–").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace against_all {

enum class NumberState { value, unknown, error };

// A count: a whole number of ballots or voters. A single "," or "." followed by exactly three
// digits groups thousands ("654,443" = 654443), since a count has no fraction; "1234.0" (a
// spreadsheet's float export) is whole; "2,5" is value.not_integer. Codes on error:
// value.not_integer, value.negative ("-5", "−5"), value.overflow (beyond int64).
struct CountText {
  NumberState state = NumberState::unknown;
  std::int64_t value = 0;
  const char* code = "";          // the error code when state == error
};

CountText read_count_text(std::string_view text);

// A percentage as published: keeps its decimals ("2,20%" → 2.2 with 2 decimals) so checks compare
// at that rounding. A lone "," or "." is the decimal mark; with both, the last one is.
// Codes on error: value.not_number, value.negative.
struct PercentText {
  NumberState state = NumberState::unknown;
  double value = 0;
  int decimals = 0;
  const char* code = "";
};

PercentText read_percent_text(std::string_view text);

// True for "", "-", "—", "–" (after trimming spaces): the figure is not known.
bool is_unknown_mark(std::string_view text);

}  // namespace against_all
