#include "against_all/csv_writer.hpp"

namespace against_all {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "-12", "+3", "2.5", "-0,75": a number a spreadsheet reads as a number, never as a formula.
bool is_plain_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
    ++i;
    std::size_t decimals = 0;
    while (i < text.size() && is_digit(text[i])) ++i, ++decimals;
    if (decimals == 0) return false;
  }
  return i == text.size();
}

bool starts_formula(std::string_view text) {
  if (text.empty()) return false;
  const char c = text.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}  // namespace

std::string csv_cell(std::string_view text, char delimiter) {
  std::string cell;
  cell.reserve(text.size() + 3);
  if (starts_formula(text) && !is_plain_number(text)) cell += '\'';
  cell.append(text);
  const bool quote = cell.find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos ||
                     (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_record(const std::vector<std::string>& cells, char delimiter) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += delimiter;
    out += csv_cell(cells[i], delimiter);
  }
  return out + "\r\n";
}

}  // namespace against_all
