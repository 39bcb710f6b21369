// The stated limits (docs/limits.md): each one, when passed, gives its message instead of
// running out of memory; just under it, the input is read.
#include <gtest/gtest.h>

#include "against_all/api.hpp"
#include "against_all/limits.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

json inspect(const std::string& bytes) {
  return json::parse(handle_with_bytes(R"({"op":"inspect","file":"big.csv"})", bytes));
}

json summarise(const std::string& bytes) {
  const json inspected = inspect(bytes);
  EXPECT_TRUE(inspected["ok"].get<bool>()) << inspected.dump().substr(0, 300);
  const json request{{"op", "summary"},
                     {"dataset", {{"upload", {{"file", "big.csv"}, {"mapping", inspected["result"]["mapping"]}}}}}};
  return json::parse(handle_with_bytes(request.dump(), bytes));
}

std::string columns(std::size_t n, const std::string& prefix) {
  std::string line;
  for (std::size_t i = 0; i < n; ++i) line += (i ? "," : "") + prefix + std::to_string(i);
  return line + "\n";
}

TEST(Limits, AMillionColumnsIsRefusedAtOnce) {
  const json response = inspect(columns(1'000'000, "c") + columns(1'000'000, ""));
  ASSERT_FALSE(response["ok"].get<bool>());
  EXPECT_EQ(response["error"]["code"], "limit.columns");
  EXPECT_EQ(response["error"]["line"], 1);
  EXPECT_EQ(response["error"]["text"], "1000000 columns");
}

TEST(Limits, TheColumnLimitItselfIsAccepted) {
  EXPECT_TRUE(inspect(columns(kMaxColumns, "c") + columns(kMaxColumns, ""))["ok"].get<bool>());
}

TEST(Limits, ATenMegabyteFieldIsReadAndQuotedShort) {
  const std::string field(10u * 1024 * 1024, 'x');
  const json response = summarise("Регион,УИК,Против всех,Иванов\nАбай,1,\"" + field + "\",5\nАбай,2,7,5\n");
  ASSERT_TRUE(response["ok"].get<bool>());
  const json& problem = response["result"]["upload"]["problems"][0];
  EXPECT_EQ(problem["code"], "value.not_integer");
  EXPECT_EQ(problem["line"], 2);
  EXPECT_EQ(problem["column"], 8);
  EXPECT_LE(problem["text"].get<std::string>().size(), kMaxProblemText + 3);
  EXPECT_EQ(response["result"]["upload"]["rows_used"], 2);
}

TEST(Limits, ARowPastTheLimitIsListedAndNotUsed) {
  const std::string field(kMaxRowBytes + 1, '1');
  const json response = summarise("Регион,УИК,Против всех,Иванов\nАбай,1," + field + ",5\nАбай,2,7,5\n");
  ASSERT_TRUE(response["ok"].get<bool>());
  const json& report = response["result"]["upload"];
  EXPECT_EQ(report["rows"], 2);
  EXPECT_EQ(report["rows_used"], 1);
  EXPECT_EQ(report["rows_not_used"]["limit.row_size"], 1);
  EXPECT_EQ(report["problems"][0]["code"], "limit.row_size");
  EXPECT_EQ(report["problems"][0]["line"], 2);
}

TEST(Limits, QuotedExcerptsCutAtACharacterBoundary) {
  const std::string cyrillic = std::string(199, 'a') + "Ж" + std::string(50, 'b');  // Ж spans bytes 199–200
  const std::string excerpt = quoted_excerpt(cyrillic);
  EXPECT_EQ(excerpt, std::string(199, 'a') + "…");
  EXPECT_EQ(quoted_excerpt("short"), "short");
}

}  // namespace
}  // namespace against_all
