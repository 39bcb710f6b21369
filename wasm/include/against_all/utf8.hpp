// UTF-8 as the core reads and writes it: writing a code point, telling a sequence's later bytes,
// checking a sequence, reading a code point, counting code points and placing a byte at its line
// and column. The one header for the decoders, the readers, the header normaliser and the XML reader.
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

// Length of the valid UTF-8 sequence at byte i of s (n bytes), or 0: no overlong form, no
// surrogate, nothing beyond U+10FFFF.
inline std::size_t utf8_sequence(const unsigned char* s, std::size_t i, std::size_t n) {
  const unsigned char c = s[i];
  if (c < 0x80) return 1;
  const auto cont = [&](std::size_t k) { return i + k < n && utf8_continuation(static_cast<char>(s[i + k])); };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && s[i + 1] < 0xA0) return 0;   // overlong
    if (c == 0xED && s[i + 1] > 0x9F) return 0;   // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && s[i + 1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && s[i + 1] > 0x8F) return 0;   // beyond U+10FFFF
    return 4;
  }
  return 0;
}

// A code point of the Basic Multilingual Plane read from byte i of decoded text, without checking
// the later bytes (the decoder did); `read` is false for anything else (a four-byte sequence, a
// stray byte, a sequence cut at the end), which the caller keeps as it is: `length` bytes.
struct Utf8CodePoint {
  std::uint32_t code_point = 0;
  std::size_t length = 1;
  bool read = true;
};

inline Utf8CodePoint utf8_code_point_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const auto later = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + k]) & 0x3F); };
  if (c < 0x80) return {c, 1, true};
  if (c >= 0xC0 && c < 0xE0 && i + 1 < text.size()) return {((c & 0x1Fu) << 6) | later(1), 2, true};
  if (c >= 0xE0 && c < 0xF0 && i + 2 < text.size()) return {((c & 0x0Fu) << 12) | (later(1) << 6) | later(2), 3, true};
  return {0, static_cast<std::size_t>(c >= 0xF0 ? 4 : 1), false};
}

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
