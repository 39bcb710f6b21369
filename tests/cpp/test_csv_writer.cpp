// The one CSV writer: quoting, and no cell a spreadsheet would run as a formula.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "against_all/csv_writer.hpp"
#include "against_all/upload.hpp"
#include "against_all/wire/upload.hpp"

using namespace against_all;

TEST(CsvWriter, PlainTextAndNumbersStayAsTheyAre) {
  EXPECT_EQ(csv_cell("Алматы"), "Алматы");
  EXPECT_EQ(csv_cell("-12"), "-12");
  EXPECT_EQ(csv_cell("+3"), "+3");
  EXPECT_EQ(csv_cell("2.5"), "2.5");
  EXPECT_EQ(csv_cell("-0,75", ';'), "-0,75");
  EXPECT_EQ(csv_cell(""), "");
}

TEST(CsvWriter, FormulasBecomeInertText) {
  EXPECT_EQ(csv_cell("=HYPERLINK(\"http://x\";\"y\")", ';'), "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
  EXPECT_EQ(csv_cell("=1+1"), "'=1+1");
  EXPECT_EQ(csv_cell("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
  EXPECT_EQ(csv_cell("-2+3"), "'-2+3");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_cell("\t=1"), "'\t=1");
  EXPECT_EQ(csv_cell("\r=1"), "\"'\r=1\"");
  EXPECT_EQ(csv_cell("-"), "'-");
}

TEST(CsvWriter, QuotesWhatTheDelimiterOrLineBreaksWouldSplit) {
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("a,b", ';'), "a,b");
  EXPECT_EQ(csv_cell("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_cell(" padded "), "\" padded \"");
  EXPECT_EQ(csv_record({"a", "=b", "1"}, ';'), "a;'=b;1\r\n");
}

TEST(CsvWriter, ProblemRowsOfAHostileUploadComeBackInert) {
  const std::string bytes =
      "region;against_all;A\r\n"
      "\"=HYPERLINK(\"\"http://evil.example\"\";\"\"click\"\")\";x;5\r\n"
      "North;3;4\r\n";
  auto upload = build_upload(bytes, "hostile.csv", nlohmann::json::parse(R"({"hierarchy":[{"level":"region","column":0}],
      "measures":{"against_all":[1]},"candidates":[2]})"));
  ASSERT_TRUE(upload.ok()) << upload.error().code;
  const std::string csv = problem_rows_csv(upload.value().report);
  EXPECT_EQ(csv.find(";=HYPERLINK"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"click\"\")\""), std::string::npos) << csv;
}
