#include <gtest/gtest.h>

#include <string>

#include "against_all/utf8.hpp"

namespace against_all {
namespace {

TEST(Utf8, CodePointsCountNoContinuationByte) {
  const std::string text = "Ақ-ту";   // each letter takes two bytes, the hyphen one
  EXPECT_EQ(text.size(), 9u);
  EXPECT_EQ(utf8_code_points(text, 0, text.size()), 5u);
  EXPECT_EQ(utf8_code_points(text, 2, 4), 1u);
}

TEST(Utf8, APrefixIsNeverCutInsideACodePoint) {
  const std::string text = "Ақ";
  EXPECT_EQ(utf8_prefix(text, 10), "Ақ");
  EXPECT_EQ(utf8_prefix(text, 3), "А");
  EXPECT_EQ(utf8_prefix(text, 2), "А");
  EXPECT_EQ(utf8_prefix(text, 1), "");
}

TEST(Utf8, PositionIsLineAndColumnInCodePoints) {
  const std::string text = "\xEF\xBB\xBF" "ab\nЖы,x";
  const TextPosition start = text_position(text, 3, 3);
  EXPECT_EQ(start.line, 1);
  EXPECT_EQ(start.column, 1);
  const TextPosition x = text_position(text, 3, text.find('x'));
  EXPECT_EQ(x.line, 2);
  EXPECT_EQ(x.column, 4);
}

TEST(Utf8, AppendWritesOneToFourBytes) {
  std::string out;
  for (std::uint32_t cp : {0x41u, 0x416u, 0x20ACu, 0x1F600u}) append_utf8(out, cp);
  EXPECT_EQ(out, "AЖ€😀");
}

}  // namespace
}  // namespace against_all
