// UTF-8 as the core reads and writes it: writing a code point, telling a sequence's later bytes,
// counting code points and placing a byte at its line and column. The one header for the
// decoders, the readers, the header normaliser and the XML reader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace against_all {

inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// A byte that continues a sequence (10xxxxxx): it starts no code point, so no column.
inline bool utf8_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Code points in bytes [from, to) of UTF-8 text.
inline std::size_t utf8_code_points(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t count = 0;
  for (std::size_t i = from; i < to; ++i) count += utf8_continuation(text[i]) ? 0 : 1;
  return count;
}

// At most `limit` bytes of the text, cut before a code point, never inside one.
inline std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && utf8_continuation(text[cut])) --cut;
  return text.substr(0, cut);
}

struct TextPosition {
  int line = 1;
  int column = 1;   // in code points
};

// Where byte `offset` of UTF-8-ish text lies; the first `from` bytes are skipped (a BOM).
inline TextPosition text_position(std::string_view text, std::size_t from, std::size_t offset) {
  TextPosition at;
  for (std::size_t i = from; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else if (!utf8_continuation(text[i])) {
      ++at.column;
    }
  }
  return at;
}

}  // namespace against_all
