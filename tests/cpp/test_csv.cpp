#include <gtest/gtest.h>

#include "against_all/csv.hpp"

namespace against_all {
namespace {

CsvTable read_ok(const std::string& text) {
  auto table = read_csv("t.csv", text);
  EXPECT_TRUE(table.ok()) << table.error().code << " " << table.error().line << ":" << table.error().column;
  return table.ok() ? table.value() : CsvTable{};
}

Error read_error(const std::string& text) {
  auto table = read_csv("t.csv", text);
  EXPECT_FALSE(table.ok());
  return table.ok() ? Error{} : table.error();
}

TEST(Csv, ReadsHeaderAndRowsWithLineNumbers) {
  const CsvTable table = read_ok("a,b\n1,2\n3,4\n");
  ASSERT_EQ(table.header.size(), 2u);
  EXPECT_EQ(table.header[1].text, "b");
  ASSERT_EQ(table.records.size(), 2u);
  EXPECT_EQ(table.records[0].line, 2);
  EXPECT_EQ(table.records[1].line, 3);
  EXPECT_EQ(table.records[1].fields[1].text, "4");
  EXPECT_EQ(table.records[1].fields[1].column, 3);
  EXPECT_EQ(*table.column("b"), 1u);
  EXPECT_FALSE(table.column("c").has_value());
}

TEST(Csv, LastRowWithoutNewline) {
  const CsvTable table = read_ok("a,b\n1,2");
  ASSERT_EQ(table.records.size(), 1u);
  EXPECT_EQ(table.records[0].fields[1].text, "2");
}

TEST(Csv, EmptyFieldsAreEmptyStrings) {
  const CsvTable table = read_ok("a,b,c\n,,\n");
  ASSERT_EQ(table.records.size(), 1u);
  for (const auto& field : table.records[0].fields) EXPECT_EQ(field.text, "");
}

TEST(Csv, QuotedFieldsKeepCommasAndEscapedQuotes) {
  const CsvTable table = read_ok("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n");
  ASSERT_EQ(table.records.size(), 1u);
  EXPECT_EQ(table.records[0].fields[0].text, "x, y");
  EXPECT_EQ(table.records[0].fields[1].text, "say \"hi\"");
  EXPECT_EQ(table.records[0].fields[1].column, 8);
}

TEST(Csv, NewlineInsideQuotesKeepsLineNumbersTrue) {
  const CsvTable table = read_ok("a,b\n\"one\ntwo\",x\n3,y\n");
  ASSERT_EQ(table.records.size(), 2u);
  EXPECT_EQ(table.records[0].line, 2);
  EXPECT_EQ(table.records[0].fields[0].text, "one\ntwo");
  EXPECT_EQ(table.records[0].fields[1].line, 3);
  EXPECT_EQ(table.records[0].fields[1].column, 6);
  EXPECT_EQ(table.records[1].line, 4);
}

TEST(Csv, CrlfAndLfReadTheSame) {
  const CsvTable lf = read_ok("a,b\n\"p\nq\",2\n3,4\n");
  const CsvTable crlf = read_ok("a,b\r\n\"p\r\nq\",2\r\n3,4\r\n");
  ASSERT_EQ(crlf.records.size(), 2u);
  EXPECT_EQ(crlf.records[0].fields[0].text, "p\nq");
  EXPECT_EQ(crlf.records[0].fields[1].text, "2");
  EXPECT_EQ(crlf.records[1].line, lf.records[1].line);
  EXPECT_EQ(crlf.records[1].fields[1].text, "4");
}

TEST(Csv, Utf8BomIsNotPartOfTheFirstColumnName) {
  const CsvTable table = read_ok("\xEF\xBB\xBFid,name\n1,x\n");
  EXPECT_EQ(table.header[0].text, "id");
  EXPECT_EQ(table.header[0].column, 1);
  EXPECT_TRUE(table.column("id").has_value());
}

TEST(Csv, BlankLinesAreNotRows) {
  const CsvTable table = read_ok("a,b\n\n1,2\n\r\n3,4\n\n");
  ASSERT_EQ(table.records.size(), 2u);
  EXPECT_EQ(table.records[0].line, 3);
  EXPECT_EQ(table.records[1].line, 5);
}

TEST(Csv, ColumnsCountCodePointsNotBytes) {
  // «Ж» is two bytes in UTF-8 but one column.
  const CsvTable table = read_ok("a,b\nЖЖ,x\n");
  EXPECT_EQ(table.records[0].fields[1].column, 4);
}

TEST(Csv, UnclosedQuoteIsLocatedAtTheOpeningQuote) {
  const Error error = read_error("a,b\n1,2\n3,\"open\n4,5\n");
  EXPECT_EQ(error.code, "csv.unbalanced_quote");
  EXPECT_EQ(error.file, "t.csv");
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(error.column, 3);
}

TEST(Csv, TextAfterAClosingQuoteIsAnError) {
  const Error error = read_error("a,b\n\"x\"y,2\n");
  EXPECT_EQ(error.code, "csv.unbalanced_quote");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 4);
}

TEST(Csv, QuoteInsideAnUnquotedFieldIsAnError) {
  const Error error = read_error("a,b\n1,ab\"c\n");
  EXPECT_EQ(error.code, "csv.unbalanced_quote");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 5);
}

TEST(Csv, TooManyFieldsIsLocatedAtTheFirstExtraField) {
  const Error error = read_error("a,b\n1,2\n3,4,five\n");
  EXPECT_EQ(error.code, "csv.field_count");
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(error.column, 5);
  EXPECT_EQ(*error.text, "five");
}

TEST(Csv, TooFewFieldsIsLocatedAtTheEndOfTheRow) {
  const Error error = read_error("a,b,c\n1,2\n");
  EXPECT_EQ(error.code, "csv.field_count");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 4);
}

TEST(Csv, ErrorsShowTheTextTheyPointAt) {
  EXPECT_EQ(read_error("a,b\n\"x\"yz,2\n").text, std::optional<std::string>("y"));
  EXPECT_EQ(read_error("a,b\n1,ab\"c\n").text, std::optional<std::string>("ab\""));
  EXPECT_EQ(read_error("a,b\n1,2,\n").text, std::optional<std::string>(""));   // an empty extra field
  EXPECT_EQ(read_error("a,b\n1,\"x,y\",3\n").text, std::optional<std::string>("3"));
  EXPECT_EQ(read_error("a,b\n1,\"open\n").text, std::nullopt);
  EXPECT_EQ(read_error("a,b,c\n1,2\n").text, std::nullopt);
}

TEST(Csv, NoHeaderIsEmpty) {
  EXPECT_EQ(read_error("").code, "csv.empty");
  EXPECT_EQ(read_error("\n\n").code, "csv.empty");
  EXPECT_EQ(read_error("\xEF\xBB\xBF").code, "csv.empty");
}

TEST(Csv, HeaderOnlyHasNoRecords) {
  const CsvTable table = read_ok("a,b\n");
  EXPECT_TRUE(table.records.empty());
}

}  // namespace
}  // namespace against_all
