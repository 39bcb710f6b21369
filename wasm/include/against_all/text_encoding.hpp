// An uploaded file's bytes as UTF-8 text: UTF-8 with or without BOM, UTF-16 LE/BE (with a BOM,
// or recognised by its zero bytes), and Windows-1251 recognised when the bytes are not UTF-8 but
// read as Cyrillic text; KOI8-R (old Russian exports) told from Windows-1251 by which of the two
// readings gives letters with the frequencies of Russian text and words in one case.
#pragma once

#include <cstddef>
#include <string>

#include "against_all/error.hpp"

namespace against_all {

enum class TextEncoding { utf8, utf8_bom, utf16le, utf16be, windows1251, koi8r };

// "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1251", "koi8-r"
const char* to_string(TextEncoding encoding);

struct DecodedText {
  std::string text;                 // UTF-8, without a BOM
  TextEncoding encoding = TextEncoding::utf8;
};

// An undecodable file: the first bad byte, located. Codes: text.empty, text.invalid_utf8,
// text.invalid_utf16, text.binary (zero bytes in a file that is not UTF-16).
struct DecodeError {
  Error error;                      // line and column (code points) of the bad byte; text = its bytes in hex
  std::size_t byte_offset = 0;      // 0-based, in the file as given
};

struct DecodeResult {
  bool ok() const { return error.error.code.empty(); }
  DecodedText decoded;
  DecodeError error;
};

// Takes the bytes by value so that UTF-8 input is not copied (only a BOM is cut off).
DecodeResult decode_text(std::string bytes, const std::string& file_name = "");

// Where the first invalid UTF-8 sequence starts, or text.size() when the text is valid UTF-8.
std::size_t first_invalid_utf8(const std::string& text);

}  // namespace against_all
