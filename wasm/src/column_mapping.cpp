#include "against_all/column_mapping.hpp"

#include "against_all/utf8.hpp"

#include <algorithm>

namespace against_all {

int ColumnMapping::contest_depth() const {
  for (int i = 0; i < static_cast<int>(hierarchy.size()); ++i) {
    if (hierarchy[i].level == contest_level) return i;
  }
  return -1;
}

// ---- header text ---------------------------------------------------------------------

namespace {

unsigned lower(unsigned cp) {
  if (cp == 0x0401 || cp == 0x0451) return 0x0435;   // ё, Ё → е
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;
  if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;
  // Kazakh letters (Ғ Қ Ң Ү Ұ Һ Ә Ө) come in upper/lower pairs, the upper one even.
  if (((cp >= 0x0490 && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x04FF)) && cp % 2 == 0) return cp + 1;
  return cp;
}

}  // namespace

std::string normalize_header(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const Utf8CodePoint at = utf8_code_point_at(text, i);
    if (!at.read) {
      out.append(text.substr(i, at.length));
      i += at.length;
      space = false;
      continue;
    }
    i += at.length;
    const std::uint32_t cp = at.code_point;
    const bool is_space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
                          cp == 0x2009 || cp == '_';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    append_utf8(out, lower(cp));
  }
  return out;
}

}  // namespace against_all
