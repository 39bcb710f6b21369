#include "against_all/limits.hpp"

namespace against_all {

std::string quoted_excerpt(const std::string& text) {
  if (text.size() <= kMaxProblemText) return text;
  std::size_t cut = kMaxProblemText;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
  return text.substr(0, cut) + "…";
}

}  // namespace against_all
