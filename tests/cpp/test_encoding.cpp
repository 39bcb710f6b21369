#include <gtest/gtest.h>

#include <string>

#include "against_all/text_encoding.hpp"

namespace against_all {
namespace {

const std::string kUtf8 = "\xD0\x9F\xD1\x80\xD0\xBE\xD1\x82\xD0\xB8\xD0\xB2 \xD0\xB2\xD1\x81\xD0\xB5\xD1\x85;1\n";   // "Против всех;1\n"

std::string as_utf16(const std::string& ascii_or_cyrillic_utf8, bool little_endian, bool bom) {
  // Only the code points this test uses: ASCII and U+0400–U+04FF (two-byte UTF-8).
  std::string out;
  auto put = [&](unsigned cp) {
    const char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
    if (little_endian) { out += lo; out += hi; } else { out += hi; out += lo; }
  };
  if (bom) put(0xFEFF);
  const auto& s = ascii_or_cyrillic_utf8;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      put(c);
    } else {
      put(((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F));
      ++i;
    }
  }
  return out;
}

TEST(Encoding, Utf8WithoutBom) {
  const auto result = decode_text(kUtf8);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.decoded.encoding, TextEncoding::utf8);
  EXPECT_EQ(result.decoded.text, kUtf8);
  EXPECT_STREQ(to_string(result.decoded.encoding), "utf-8");
}

TEST(Encoding, Utf8WithBomLosesTheBom) {
  const auto result = decode_text("\xEF\xBB\xBF" + kUtf8);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.decoded.encoding, TextEncoding::utf8_bom);
  EXPECT_EQ(result.decoded.text, kUtf8);
}

TEST(Encoding, Utf16LittleAndBigEndianWithBom) {
  for (bool little : {true, false}) {
    const auto result = decode_text(as_utf16(kUtf8, little, true));
    ASSERT_TRUE(result.ok()) << result.error.error.code;
    EXPECT_EQ(result.decoded.encoding, little ? TextEncoding::utf16le : TextEncoding::utf16be);
    EXPECT_EQ(result.decoded.text, kUtf8);
  }
}

TEST(Encoding, Utf16WithoutBomIsRecognisedByItsZeroBytes) {
  const std::string text = "region,against_all\nAkmola,745\n";
  auto result = decode_text(as_utf16(text, true, false));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.decoded.encoding, TextEncoding::utf16le);
  EXPECT_EQ(result.decoded.text, text);
  result = decode_text(as_utf16(text, false, false));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.decoded.encoding, TextEncoding::utf16be);
}

TEST(Encoding, Utf16SurrogatePairAndUnpairedSurrogate) {
  // U+1F600 as D83D DE00, little-endian, after a BOM.
  auto result = decode_text(std::string("\xFF\xFE" "a\0\x3D\xD8\x00\xDE", 8));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.decoded.text, "a\xF0\x9F\x98\x80");
  result = decode_text(std::string("\xFF\xFE" "a\0\x3D\xD8" "b\0", 8));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error.error.code, "text.invalid_utf16");
  EXPECT_EQ(result.error.byte_offset, 4u);
  EXPECT_EQ(result.error.error.column, 2);
}

TEST(Encoding, Windows1251IsDetectedAndConverted) {
  // "Против всех;1\nёЁ «тест» № 5\n" in Windows-1251.
  const std::string cp1251 = "\xCF\xF0\xEE\xF2\xE8\xE2 \xE2\xF1\xE5\xF5;1\n\xB8\xA8 \xAB\xF2\xE5\xF1\xF2\xBB \xB9 5\n";
  const auto result = decode_text(cp1251);
  ASSERT_TRUE(result.ok()) << result.error.error.code;
  EXPECT_EQ(result.decoded.encoding, TextEncoding::windows1251);
  EXPECT_STREQ(to_string(result.decoded.encoding), "windows-1251");
  EXPECT_EQ(result.decoded.text,
            kUtf8 + "\xD1\x91\xD0\x81 \xC2\xAB\xD1\x82\xD0\xB5\xD1\x81\xD1\x82\xC2\xBB \xE2\x84\x96 5\n");
}

TEST(Encoding, InvalidUtf8ThatIsNotCyrillicIsLocated) {
  // Line 2, after "ab" and a valid two-byte letter: a lone continuation byte and control bytes.
  const std::string bytes = "x,y\nab\xD0\x96\x80\x01\x02\n";
  const auto result = decode_text(bytes, "up.csv");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error.error.code, "text.invalid_utf8");
  EXPECT_EQ(result.error.error.file, "up.csv");
  EXPECT_EQ(result.error.error.line, 2);
  EXPECT_EQ(result.error.error.column, 4);
  EXPECT_EQ(result.error.byte_offset, 8u);
  EXPECT_EQ(*result.error.error.text, "80");
}

TEST(Encoding, OverlongAndSurrogateUtf8AreInvalid) {
  EXPECT_EQ(first_invalid_utf8("ok\xC0\xAF"), 2u);
  EXPECT_EQ(first_invalid_utf8("ok\xED\xA0\x80"), 2u);
  EXPECT_EQ(first_invalid_utf8("ok\xF4\x90\x80\x80"), 2u);
  EXPECT_EQ(first_invalid_utf8("0123456789abcdef\xE2\x80\x94"), 19u);
}

TEST(Encoding, EmptyAndBinaryFiles) {
  auto result = decode_text("");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error.error.code, "text.empty");
  std::string garbage = "PK\x03\x04";
  garbage += std::string("\x00\x14\x00\x08\x08\x08\xA3\x9B\x00\x00\xFF\x13\x37", 13);
  result = decode_text(garbage);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error.error.code, "text.binary");
  EXPECT_EQ(result.error.byte_offset, 4u);
}

}  // namespace
}  // namespace against_all
