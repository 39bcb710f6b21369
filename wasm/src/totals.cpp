#include "against_all/totals.hpp"

#include "against_all/column_mapping.hpp"

namespace against_all {

namespace {

bool starts_with_word(const std::string& text, const std::string& word) {
  return text == word || (text.size() > word.size() && text.compare(0, word.size(), word) == 0 && text[word.size()] == ' ');
}

// The first letter of every total word (И, В, Б, Ж, С, T, S, G in either case): most unit names
// are told apart by it without normalising the text.
bool may_be_total(std::string_view text) {
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  if (c < 0x80) return c == 'T' || c == 't' || c == 'S' || c == 's' || c == 'G' || c == 'g';
  if (text.size() < 2) return false;
  const auto d = static_cast<unsigned char>(text[1]);
  if (c == 0xD0) return d == 0x98 || d == 0xB8 || d == 0x92 || d == 0xB2 || d == 0x91 || d == 0xB1 || d == 0x96 || d == 0xB6 || d == 0xA1;
  return c == 0xD1 && d == 0x81;
}

}  // namespace

bool reads_as_total(std::string_view text) {
  if (!may_be_total(text)) return false;
  std::string norm = normalize_header(text);
  while (!norm.empty() && (norm.back() == ':' || norm.back() == '.' || norm.back() == ' ')) norm.pop_back();
  for (const char* word : {"итого", "всего", "барлығы", "жиыны", "total", "totals", "grand total", "subtotal",
                           "sub-total", "sub total", "сумма", "sum"}) {
    if (starts_with_word(norm, word)) return true;
  }
  return false;
}

}  // namespace against_all
