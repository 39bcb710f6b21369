#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "against_all/delimited_text.hpp"

namespace against_all {
namespace {

using Rows = std::vector<std::vector<std::string>>;

TEST(Delimited, SniffsEachDelimiter) {
  EXPECT_EQ(sniff_delimiter("a,b,c\n1,2,3\n").delimiter, ',');
  EXPECT_EQ(sniff_delimiter("a;b;c\n1;2;3\n").delimiter, ';');
  EXPECT_EQ(sniff_delimiter("a\tb\tc\n1\t2\t3\n").delimiter, '\t');
  EXPECT_EQ(sniff_delimiter("a|b|c\n1|2|3\n").delimiter, '|');
  const auto guess = sniff_delimiter("a,b,c\n1,2,3\n");
  EXPECT_EQ(guess.fields, 3);
  EXPECT_FALSE(guess.ambiguous());
}

TEST(Delimited, SniffRespectsQuotes) {
  // Semicolons inside quoted fields of a comma file, and decimal commas in a semicolon file.
  const auto comma = sniff_delimiter("\"a;x\",b\n\"1;2;3\",4\n\"5;6\",7\n");
  EXPECT_EQ(comma.delimiter, ',');
  const auto semicolon = sniff_delimiter("name;pct;votes\nA;2,2;10\nB;3,5;20\n\"C;D\";1,0;30\n");
  EXPECT_EQ(semicolon.delimiter, ';');
  EXPECT_EQ(semicolon.fields, 3);
}

TEST(Delimited, TabSemicolonAmbiguityIsResolvedByConsistencyAndReported) {
  // Tabs split every row into 2 fields; semicolons split them into 3 but not consistently.
  const auto by_consistency = sniff_delimiter("a;b\tc;d\n1;2\t3\n4;5;6\t7\n");
  EXPECT_EQ(by_consistency.delimiter, '\t');
  EXPECT_FALSE(by_consistency.ambiguous());
  // Both split every row consistently: the one giving more fields wins, and the other is reported.
  const auto tie = sniff_delimiter("a;b\tc\n1;2\t3\n");
  EXPECT_EQ(tie.delimiter, ';');
  ASSERT_TRUE(tie.ambiguous());
  EXPECT_EQ(tie.alternatives, std::vector<char>{'\t'});
}

TEST(Delimited, QuotesWithDelimitersQuotesAndNewlinesInside) {
  const auto rows = read_delimited("name,note\n\"Ivanov, I.\",\"said \"\"no\"\"\"\n\"two\nlines\",\"crlf\r\ninside\"\nx,y\n", ',');
  EXPECT_TRUE(rows.problems.empty());
  EXPECT_EQ(rows.rows, (Rows{{"name", "note"}, {"Ivanov, I.", "said \"no\""}, {"two\nlines", "crlf\ninside"}, {"x", "y"}}));
  EXPECT_EQ(rows.lines, (std::vector<int>{1, 2, 3, 6}));   // the record on line 3 ends on line 5
}

TEST(Delimited, MixedLineEndingsKeepLineNumbers) {
  const auto rows = read_delimited("a;b\r\n1;2\n3;4\r5;6\r\n\r\n7;8", ';');
  EXPECT_TRUE(rows.problems.empty());
  EXPECT_EQ(rows.rows, (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}, {"7", "8"}}));
  EXPECT_EQ(rows.lines, (std::vector<int>{1, 2, 3, 4, 6}));
}

TEST(Delimited, EmptyFieldsAndTrailingDelimiter) {
  const auto rows = read_delimited("a,b,c\n,,\n1,2,\n", ',');
  EXPECT_EQ(rows.rows, (Rows{{"a", "b", "c"}, {"", "", ""}, {"1", "2", ""}}));
}

TEST(Delimited, RaggedRowsAreKeptAndLocated) {
  const auto rows = read_delimited("a,b,c\n1,2,3\n1,2\n\"x\ny\",2,3,4,5\n7,8,9\n", ',');
  ASSERT_EQ(rows.rows.size(), 5u);
  EXPECT_EQ(rows.rows[2], (std::vector<std::string>{"1", "2"}));
  ASSERT_EQ(rows.problems.size(), 2u);
  EXPECT_EQ(rows.problems[0].code, "csv.field_count");
  EXPECT_EQ(rows.problems[0].record_line, 3);
  EXPECT_EQ(rows.problems[0].line, 3);
  EXPECT_EQ(rows.problems[0].column, 4);   // just past "1,2"
  EXPECT_EQ(rows.problems[0].text, "1,2");
  EXPECT_EQ(rows.problems[1].code, "csv.field_count");
  EXPECT_EQ(rows.problems[1].record_line, 4);
  EXPECT_EQ(rows.problems[1].line, 5);     // the quoted field spans lines 4–5
  EXPECT_EQ(rows.problems[1].column, 8);   // the fourth field: y",2,3,|4
  EXPECT_EQ(rows.problems[1].text, "4,5");
}

TEST(Delimited, ColumnsCountCodePoints) {
  const auto rows = read_delimited("\xD0\xB0,\xD0\xB1\n\xD0\x92\xD0\xB5\xD1\x81\xD1\x8C,1,2\n", ',');
  ASSERT_EQ(rows.problems.size(), 1u);
  EXPECT_EQ(rows.problems[0].column, 8);   // after "Весь,1," (7 code points)
}

TEST(Delimited, UnclosedQuoteDoesNotSwallowTheRest) {
  const auto rows = read_delimited("a,b\n1,\"open\n2,3\n4,5\n", ',');
  ASSERT_EQ(rows.rows.size(), 4u);
  EXPECT_EQ(rows.rows[1], (std::vector<std::string>{"1", "\"open"}));
  EXPECT_EQ(rows.rows[3], (std::vector<std::string>{"4", "5"}));
  ASSERT_EQ(rows.problems.size(), 1u);
  EXPECT_EQ(rows.problems[0].code, "csv.unbalanced_quote");
  EXPECT_EQ(rows.problems[0].line, 2);
  EXPECT_EQ(rows.problems[0].column, 3);
  EXPECT_EQ(rows.problems[0].text, "\"open");
}

TEST(Delimited, TextAfterClosingQuoteIsKeptAndReported) {
  const auto rows = read_delimited("a,b\n\"12\"3,4\n", ',');
  ASSERT_EQ(rows.rows.size(), 2u);
  EXPECT_EQ(rows.rows[1][0], "123");
  ASSERT_EQ(rows.problems.size(), 1u);
  EXPECT_EQ(rows.problems[0].code, "csv.text_after_quote");
  EXPECT_EQ(rows.problems[0].line, 2);
  EXPECT_EQ(rows.problems[0].column, 5);
  EXPECT_EQ(rows.problems[0].text, "3");
}

TEST(Delimited, QuoteInsideAnUnquotedFieldIsLiteral) {
  const auto rows = read_delimited("a,b\n5\" disk,2\n", ',');
  EXPECT_TRUE(rows.problems.empty());
  EXPECT_EQ(rows.rows[1][0], "5\" disk");
}

TEST(Delimited, StreamingReaderReportsRawTextAndPosition) {
  const std::string text = "a,b\n\"x,1\",2\n";
  DelimitedReader reader(text, ',');
  RecordView record;
  ASSERT_TRUE(reader.next(record));
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.raw, "\"x,1\",2");
  EXPECT_EQ(record.fields[0], "x,1");
  EXPECT_EQ(reader.position(), text.size());
  EXPECT_FALSE(reader.next(record));
}

}  // namespace
}  // namespace against_all
