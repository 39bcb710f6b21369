#include <gtest/gtest.h>

#include <string>

#include "against_all/number_text.hpp"

namespace against_all {
namespace {

std::int64_t count_of(const std::string& text) {
  const CountText read = read_count_text(text);
  EXPECT_EQ(read.state, NumberState::value) << "\"" << text << "\": " << read.code;
  return read.value;
}

std::string count_error(const std::string& text) {
  const CountText read = read_count_text(text);
  EXPECT_EQ(read.state, NumberState::error) << "\"" << text << "\" read as " << read.value;
  return read.code;
}

TEST(NumberText, PlainCounts) {
  EXPECT_EQ(count_of("654443"), 654443);
  EXPECT_EQ(count_of("0"), 0);
  EXPECT_EQ(count_of("007"), 7);
  EXPECT_EQ(count_of("  42 "), 42);
}

// What pandas, GIS tools and spreadsheets write for a whole count: a count all the same.
TEST(NumberText, IntegerValuedDecimalsAreCounts) {
  EXPECT_EQ(count_of("81.0"), 81);
  EXPECT_EQ(count_of("1234,0"), 1234);
  EXPECT_EQ(count_of("37618.00"), 37618);
  EXPECT_EQ(count_of("1.0E3"), 1000);
  EXPECT_EQ(count_of("1e3"), 1000);
  EXPECT_EQ(count_of("2.5e+04"), 25000);
  EXPECT_EQ(count_of("1.5E1"), 15);
  EXPECT_EQ(count_of("1889050.0"), 1889050);
  EXPECT_EQ(count_of("0.0"), 0);
}

TEST(NumberText, CountsGroupedWithSpaces) {
  EXPECT_EQ(count_of("654 443"), 654443);
  EXPECT_EQ(count_of("654\xC2\xA0" "443"), 654443);            // NBSP
  EXPECT_EQ(count_of("654\xE2\x80\xAF" "443"), 654443);        // narrow NBSP
  EXPECT_EQ(count_of("654\xE2\x80\x89" "443"), 654443);        // thin space
  EXPECT_EQ(count_of("1 234 567"), 1234567);
  EXPECT_EQ(count_of("\xC2\xA0" "14 267\xC2\xA0"), 14267);
  EXPECT_EQ(count_error("65 4443"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("1 23"), std::string("value.not_integer"));
}

TEST(NumberText, CountsGroupedWithCommaOrDot) {
  EXPECT_EQ(count_of("654,443"), 654443);
  EXPECT_EQ(count_of("654.443"), 654443);
  EXPECT_EQ(count_of("1,234,567"), 1234567);
  EXPECT_EQ(count_of("1.234.567"), 1234567);
  EXPECT_EQ(count_of("12,34,567"), 1234567);   // Indian grouping (lakh)
  EXPECT_EQ(count_of("1.234.567,0"), 1234567);
}

TEST(NumberText, CountsMustBeWhole) {
  EXPECT_EQ(count_error("2,5"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("2.2"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("2,25"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("0,443"), std::string("value.not_integer"));   // a leading 0 is not a group
  EXPECT_EQ(count_error("2,2%"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("12a"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("1.25E1"), std::string("value.not_integer"));   // 12.5
  EXPECT_EQ(count_error("1e-3"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("1.0E"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("-1.0E3"), std::string("value.negative"));
  EXPECT_EQ(count_error("9.9E30"), std::string("value.overflow"));
  EXPECT_EQ(count_error("+5"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("1,,234"), std::string("value.not_integer"));
  EXPECT_EQ(count_error("1,234."), std::string("value.not_integer"));
  // A float export of a whole number is whole.
  EXPECT_EQ(count_of("1234.0"), 1234);
  EXPECT_EQ(count_of("1234,00"), 1234);
}

TEST(NumberText, NegativeCounts) {
  EXPECT_EQ(count_error("-5"), std::string("value.negative"));
  EXPECT_EQ(count_error("\xE2\x88\x92" "5"), std::string("value.negative"));   // U+2212
  EXPECT_EQ(count_error("-1 234"), std::string("value.negative"));
}

TEST(NumberText, UnknownMarksAreNotZero) {
  for (const char* text : {"", "   ", "-", " - ", "\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xA0"}) {
    EXPECT_EQ(read_count_text(text).state, NumberState::unknown) << text;
    EXPECT_EQ(read_percent_text(text).state, NumberState::unknown) << text;
    EXPECT_TRUE(is_unknown_mark(text));
  }
  EXPECT_FALSE(is_unknown_mark("0"));
}

TEST(NumberText, CountsBeyondTwoToThe53AreExact) {
  EXPECT_EQ(count_of("9007199254740993"), 9007199254740993LL);   // 2^53 + 1
  EXPECT_EQ(count_of("9 223 372 036 854 775 807"), 9223372036854775807LL);
  EXPECT_EQ(count_error("9223372036854775808"), std::string("value.overflow"));
  EXPECT_EQ(count_error("99999999999999999999999"), std::string("value.overflow"));
}

TEST(NumberText, Percentages) {
  auto p = read_percent_text("2,2%");
  ASSERT_EQ(p.state, NumberState::value);
  EXPECT_DOUBLE_EQ(p.value, 2.2);
  EXPECT_EQ(p.decimals, 1);
  p = read_percent_text("2.2");
  EXPECT_DOUBLE_EQ(p.value, 2.2);
  p = read_percent_text("62,79 %");
  EXPECT_DOUBLE_EQ(p.value, 62.79);
  EXPECT_EQ(p.decimals, 2);
  p = read_percent_text("2,250");   // in a percent column a lone mark is decimal
  EXPECT_DOUBLE_EQ(p.value, 2.25);
  EXPECT_EQ(p.decimals, 3);
  p = read_percent_text("1 234,5");
  EXPECT_DOUBLE_EQ(p.value, 1234.5);
  p = read_percent_text("100");
  EXPECT_DOUBLE_EQ(p.value, 100);
  EXPECT_EQ(p.decimals, 0);
  EXPECT_EQ(std::string(read_percent_text("-2,2").code), "value.negative");
  EXPECT_EQ(std::string(read_percent_text("2,2,2%").code), "value.not_number");
  EXPECT_EQ(std::string(read_percent_text("abc").code), "value.not_number");
  EXPECT_EQ(std::string(read_percent_text("%").code), "value.not_number");
}

}  // namespace
}  // namespace against_all
