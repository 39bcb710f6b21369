#include "against_all/value.hpp"

#include <limits>

namespace against_all {

Error cell_error(const CsvTable& table, const CsvField& cell, const std::string& field,
                 const std::string& code) {
  Error error;
  error.code = code;
  error.file = table.file;
  error.line = cell.line;
  error.column = cell.column;
  error.field = field;
  error.text = cell.text;
  return error;
}

namespace {

bool all_digits(const std::string& text, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  for (std::size_t i = from; i < to; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

}  // namespace

Result<std::int64_t> read_count(const CsvTable& table, const CsvField& cell, const std::string& field) {
  const std::string& text = cell.text;
  if (!text.empty() && text[0] == '-' && all_digits(text, 1, text.size())) {
    return cell_error(table, cell, field, "value.negative");
  }
  if (!all_digits(text, 0, text.size())) return cell_error(table, cell, field, "value.not_integer");
  std::int64_t value = 0;
  for (char c : text) {
    const int digit = c - '0';
    if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) {
      return cell_error(table, cell, field, "value.not_integer");
    }
    value = value * 10 + digit;
  }
  return value;
}

Result<Percent> read_percent(const CsvTable& table, const CsvField& cell, const std::string& field) {
  const std::string& text = cell.text;
  const bool negative = !text.empty() && text[0] == '-';
  const std::size_t start = negative ? 1 : 0;
  const std::size_t dot = text.find('.', start);
  const std::size_t int_end = dot == std::string::npos ? text.size() : dot;
  bool valid = all_digits(text, start, int_end);
  if (valid && dot != std::string::npos) valid = all_digits(text, dot + 1, text.size());
  // More than 15 significant digits would not read back exactly as a double.
  if (valid && text.size() - start > 16) valid = false;
  if (!valid) return cell_error(table, cell, field, "value.not_number");
  if (negative) return cell_error(table, cell, field, "value.negative");

  // Mantissa and power of ten are exact doubles, so one division rounds correctly
  // (no strtod: it depends on the C locale).
  double mantissa = 0;
  double scale = 1;
  int decimals = 0;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (text[i] == '.') continue;
    mantissa = mantissa * 10 + (text[i] - '0');
    if (dot != std::string::npos && i > dot) {
      scale *= 10;
      ++decimals;
    }
  }
  Percent percent;
  percent.value = mantissa / scale;
  percent.text = text;
  percent.decimals = decimals;
  return percent;
}

}  // namespace against_all
