// A cell as a person reads it: without surrounding spaces, tabs or a stray byte-order mark
// (U+FEFF, left where files were pasted together).
#pragma once

#include <string_view>

namespace against_all {

inline constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

inline std::string_view trim_cell(std::string_view s) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1), trimmed = true;
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1), trimmed = true;
    if (s.substr(0, 3) == kByteOrderMark) s.remove_prefix(3), trimmed = true;
    if (s.size() >= 3 && s.substr(s.size() - 3) == kByteOrderMark) s.remove_suffix(3), trimmed = true;
  }
  return s;
}

}  // namespace against_all
