#include "against_all/limits.hpp"

#include "against_all/utf8.hpp"

namespace against_all {

std::string quoted_excerpt(const std::string& text) {
  if (text.size() <= kMaxProblemText) return text;
  return std::string(utf8_prefix(text, kMaxProblemText)) + "…";
}

}  // namespace against_all
