#include "against_all/totals.hpp"

#include "against_all/column_mapping.hpp"

namespace against_all {

namespace {

bool starts_with_word(const std::string& text, const std::string& word) {
  return text == word || (text.size() > word.size() && text.compare(0, word.size(), word) == 0 && text[word.size()] == ' ');
}

}  // namespace

bool reads_as_total(std::string_view text) {
  std::string norm = normalize_header(text);
  while (!norm.empty() && (norm.back() == ':' || norm.back() == '.' || norm.back() == ' ')) norm.pop_back();
  for (const char* word : {"итого", "всего", "барлығы", "жиыны", "total", "totals", "grand total", "subtotal",
                           "sub-total", "sub total", "сумма", "sum"}) {
    if (starts_with_word(norm, word)) return true;
  }
  return false;
}

}  // namespace against_all
