#include "against_all/text_encoding.hpp"

#include "against_all/utf8.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace against_all {

const char* to_string(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::utf8: return "utf-8";
    case TextEncoding::utf8_bom: return "utf-8-bom";
    case TextEncoding::utf16le: return "utf-16le";
    case TextEncoding::utf16be: return "utf-16be";
    case TextEncoding::windows1251: return "windows-1251";
    case TextEncoding::koi8r: return "koi8-r";
  }
  return "utf-8";
}

namespace {

// Windows-1251 bytes 0x80–0xBF as code points (0xC0–0xFF are U+0410–U+044F); 0x98 is unassigned.
constexpr std::uint16_t kCp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

std::string hex_bytes(const std::string& bytes, std::size_t offset, std::size_t count) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = offset; i < offset + count && i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (!out.empty()) out += ' ';
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// Line and column (in code points) of a byte of UTF-8-ish text; `from` bytes are skipped (a BOM).
void locate(const std::string& bytes, std::size_t from, std::size_t offset, int& line, int& column) {
  const TextPosition at = text_position(bytes, from, offset);
  line = at.line;
  column = at.column;
}

DecodeResult failure(const char* code, const std::string& file, const std::string& bytes, std::size_t offset,
                     int line, int column, std::size_t shown_bytes) {
  DecodeResult result;
  result.error.error.code = code;
  result.error.error.file = file;
  result.error.error.line = line;
  result.error.error.column = column;
  if (shown_bytes > 0) result.error.error.text = hex_bytes(bytes, offset, shown_bytes);
  result.error.byte_offset = offset;
  return result;
}

// Decodes UTF-16 from `from`; on an unpaired surrogate, sets `bad` to its byte offset.
bool decode_utf16(const std::string& bytes, std::size_t from, bool little_endian, std::string& out,
                  std::size_t& bad, int& line, int& column) {
  out.clear();
  out.reserve((bytes.size() - from) * 3 / 2);
  line = 1;
  column = 1;
  const auto unit_at = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (a | (b << 8)) : ((a << 8) | b);
  };
  std::size_t i = from;
  for (; i + 1 < bytes.size(); i += 2) {
    std::uint32_t cp = unit_at(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const std::uint32_t low = i + 3 < bytes.size() ? unit_at(i + 2) : 0;
      if (low < 0xDC00 || low > 0xDFFF) {
        bad = i;
        return false;
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      bad = i;
      return false;
    }
    if (cp == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    append_utf8(out, cp);
  }
  if (i < bytes.size()) {   // an odd trailing byte
    bad = i;
    return false;
  }
  return true;
}

// Text of this many bytes looks like Windows-1251 Cyrillic: the bytes above 0x7F are mostly
// letters and the usual punctuation, and there is no unassigned byte.
bool plausible_cp1251(const std::string& bytes) {
  std::size_t high = 0, letters = 0, expected = 0;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
      continue;
    }
    if (c == 0x98) return false;
    ++high;
    const bool letter = c >= 0xC0 || c == 0xA8 || c == 0xB8 || c == 0xB2 || c == 0xB3;
    letters += letter;
    const bool punctuation = c == 0xAB || c == 0xBB || c == 0xB9 || c == 0x96 || c == 0x97 || c == 0xA0 ||
                             c == 0x85 || c == 0x93 || c == 0x94 || c == 0x84 || c == 0x91 || c == 0x92;
    expected += letter || punctuation;
  }
  return high > 0 && letters * 2 >= high && expected * 20 >= high * 19;
}

std::string from_cp1251(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c >= 0xC0) {
      append_utf8(out, 0x0410 + (c - 0xC0));
    } else {
      append_utf8(out, kCp1251High[c - 0x80]);
    }
  }
  return out;
}

// KOI8-R bytes 0xC0–0xFF as offsets from U+0430 (а): lower case first, then upper case.
constexpr char16_t kKoi8Letters[65] = u"юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ";

// A KOI8-R byte as a code point; 0 for the box-drawing and other signs of 0x80–0xBF.
std::uint32_t koi8r_code_point(unsigned char c) {
  if (c < 0x80) return c;
  if (c >= 0xC0) return kKoi8Letters[c - 0xC0];
  if (c == 0xA3) return 0x0451;   // ё
  if (c == 0xB3) return 0x0401;   // Ё
  if (c == 0x9A) return 0x00A0;   // no-break space
  if (c == 0xBF) return 0x00A9;
  return 0;
}

std::uint32_t cp1251_code_point(unsigned char c) {
  if (c < 0x80) return c;
  if (c >= 0xC0) return 0x0410 + (c - 0xC0);
  return kCp1251High[c - 0x80];
}

// Letter frequencies of Russian text, per mille, а…я (then ё).
constexpr int kRussianPerMille[33] = {80, 16, 45, 17, 30, 85, 9, 17, 74, 12, 35, 44, 32, 67, 110, 28, 47,
                                      55, 63, 26, 3, 10, 5, 14, 7, 4, 1, 19, 17, 3, 6, 20, 1};

// How much the decoding `code_point` reads like Russian: the letters' frequencies, less a
// penalty for a capital right after a small letter (a wrong code page swaps the cases).
double russian_score(const std::string& bytes, std::uint32_t (*code_point)(unsigned char)) {
  static const auto log_weight = [] {
    std::array<double, 33> w{};
    for (int i = 0; i < 33; ++i) w[i] = std::log(kRussianPerMille[i] + 0.5);
    return w;
  }();
  double score = 0;
  bool previous_lower = false;
  std::size_t seen = 0;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      previous_lower = (c >= 'a' && c <= 'z');
      continue;
    }
    const std::uint32_t cp = code_point(c);
    const bool upper = (cp >= 0x0410 && cp <= 0x042F) || cp == 0x0401;
    const bool lower = (cp >= 0x0430 && cp <= 0x044F) || cp == 0x0451;
    if (!upper && !lower) {
      previous_lower = false;
      continue;
    }
    const int index = cp == 0x0401 || cp == 0x0451 ? 32 : static_cast<int>((cp - 0x0410) % 32);
    score += log_weight[index];
    if (upper && previous_lower) score -= 4;
    previous_lower = lower;
    if (++seen >= 20000) break;
  }
  return score;
}

// Every byte above 0x7F is a KOI8-R letter (or ё, no-break space).
bool plausible_koi8r(const std::string& bytes) {
  std::size_t high = 0;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
      continue;
    }
    if (koi8r_code_point(c) == 0 || c == 0xBF) return false;
    ++high;
  }
  return high > 0;
}

std::string decode_single_byte(const std::string& bytes, std::uint32_t (*code_point)(unsigned char)) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) append_utf8(out, code_point(c));
  return out;
}

// A file without a BOM that has zero bytes: UTF-16 if the high byte of each pair takes only a
// few values (0 for ASCII, 0x04 for Cyrillic, …), often zero, while the low byte is rarely zero.
// Mostly Cyrillic text has zero high bytes only for its digits, separators and line ends.
int guess_utf16(const std::string& bytes) {
  const std::size_t n = bytes.size() < 4096 ? bytes.size() : 4096;
  const std::size_t pairs = n / 2;
  if (pairs == 0) return 0;
  for (int little = 1; little >= 0; --little) {
    std::size_t high_zero = 0, low_zero = 0;
    bool seen[256] = {};
    int distinct_high = 0;
    for (std::size_t i = 0; i + 1 < n; i += 2) {
      const auto low = static_cast<unsigned char>(bytes[i + (little ? 0 : 1)]);
      const auto high = static_cast<unsigned char>(bytes[i + (little ? 1 : 0)]);
      low_zero += low == 0;
      high_zero += high == 0;
      if (!seen[high]) {
        seen[high] = true;
        ++distinct_high;
      }
    }
    if (high_zero * 10 >= pairs && low_zero * 20 <= pairs && distinct_high <= 8) return little ? 1 : -1;
  }
  return 0;
}

}  // namespace

std::size_t first_invalid_utf8(const std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t block;
      std::memcpy(&block, s + i, 8);
      if (block & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const std::size_t length = utf8_sequence(s, i, n);
    if (length == 0) return i;
    i += length;
  }
  return n;
}

DecodeResult decode_text(std::string bytes, const std::string& file_name) {
  const auto byte = [&](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0u; };
  if (bytes.empty()) return failure("text.empty", file_name, bytes, 0, 1, 1, 0);

  const bool bom16le = byte(0) == 0xFF && byte(1) == 0xFE;
  const bool bom16be = byte(0) == 0xFE && byte(1) == 0xFF;
  int guessed = 0;
  const bool has_zero = std::memchr(bytes.data(), 0, bytes.size()) != nullptr;
  if (!bom16le && !bom16be && has_zero) guessed = guess_utf16(bytes);
  if (bom16le || bom16be || guessed != 0) {
    const bool little = bom16le || guessed > 0;
    const std::size_t from = (bom16le || bom16be) ? 2 : 0;
    DecodeResult result;
    std::size_t bad = 0;
    int line = 1, column = 1;
    if (!decode_utf16(bytes, from, little, result.decoded.text, bad, line, column)) {
      return failure("text.invalid_utf16", file_name, bytes, bad, line, column, 2);
    }
    result.decoded.encoding = little ? TextEncoding::utf16le : TextEncoding::utf16be;
    return result;
  }

  const bool bom8 = byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF;
  const std::size_t from = bom8 ? 3 : 0;
  if (has_zero) {
    const std::size_t offset = static_cast<const char*>(std::memchr(bytes.data(), 0, bytes.size())) - bytes.data();
    int line = 1, column = 1;
    locate(bytes, from, offset, line, column);
    return failure("text.binary", file_name, bytes, offset, line, column, 1);
  }
  const std::size_t invalid = first_invalid_utf8(bytes);
  if (invalid == bytes.size()) {
    DecodeResult result;
    if (bom8) bytes.erase(0, 3);
    result.decoded.text = std::move(bytes);
    result.decoded.encoding = bom8 ? TextEncoding::utf8_bom : TextEncoding::utf8;
    return result;
  }
  if (!bom8 && plausible_koi8r(bytes) &&
      (!plausible_cp1251(bytes) || russian_score(bytes, koi8r_code_point) > russian_score(bytes, cp1251_code_point))) {
    DecodeResult result;
    result.decoded.text = decode_single_byte(bytes, koi8r_code_point);
    result.decoded.encoding = TextEncoding::koi8r;
    return result;
  }
  if (!bom8 && plausible_cp1251(bytes)) {
    DecodeResult result;
    result.decoded.text = from_cp1251(bytes);
    result.decoded.encoding = TextEncoding::windows1251;
    return result;
  }
  int line = 1, column = 1;
  locate(bytes, from, invalid, line, column);
  return failure("text.invalid_utf8", file_name, bytes, invalid, line, column, 1);
}

}  // namespace against_all
