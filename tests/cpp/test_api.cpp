#include <gtest/gtest.h>

#include <cstdint>

#include "against_all/api.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::fixture;
using test::json;

json error_for(const std::string& request) {
  const json response = json::parse(handle(request));
  EXPECT_EQ(response["ok"], false);
  return response["error"];
}

TEST(Api, InvalidJsonIsAnErrorValue) {
  EXPECT_EQ(handle("{not json"),
            R"({"ok":false,"error":{"code":"request.invalid_json"}})");
  EXPECT_EQ(error_for("[1,2]")["code"], "request.invalid_json");
  EXPECT_EQ(error_for("")["code"], "request.invalid_json");
}

TEST(Api, MissingAndUnknownFields) {
  json e = error_for(R"({"dataset":{}})");
  EXPECT_EQ(e["code"], "request.missing_field");
  EXPECT_EQ(e["field"], "op");
  e = error_for(R"({"op":"frobnicate"})");
  EXPECT_EQ(e["code"], "request.unknown_op");
  EXPECT_EQ(e["text"], "frobnicate");
  EXPECT_EQ(error_for(R"({"op":7})")["code"], "request.invalid_json");
  e = error_for(R"({"op":"summary"})");
  EXPECT_EQ(e["code"], "request.missing_field");
  EXPECT_EQ(e["field"], "dataset");
  e = error_for(R"({"op":"summary","dataset":{}})");
  EXPECT_EQ(e["field"], "dataset.files");
  e = error_for(R"({"op":"summary","dataset":{"files":[]}})");
  EXPECT_EQ(e["code"], "request.invalid_json");
  e = error_for(R"({"op":"summary","dataset":{"files":{"dataset.json":42}}})");
  EXPECT_EQ(e["code"], "request.invalid_json");
  EXPECT_EQ(e["field"], "dataset.files.dataset.json");
}

TEST(Api, DatasetErrorsCarryTheirLocationAndOnlyKeysThatApply) {
  json e = test::call("summary", fixture("error_value_not_integer"))["error"];
  EXPECT_EQ(e.dump(), R"({"code":"value.not_integer","file":"figures.csv",)"
                      R"("line":4,"column":19,"field":"value","text":"3300a"})");
  test::Files files = fixture("clean");
  files.erase("units.csv");
  e = test::call("summary", files)["error"];
  EXPECT_EQ(e.dump(), R"({"code":"dataset.missing_file","file":"units.csv"})");
}

TEST(Api, SummaryKeysInAStableOrder) {
  const json result = test::summary(fixture("clean"));
  std::vector<std::string> keys;
  for (auto it = result.begin(); it != result.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"election", "sources", "claim_rule", "national", "regions", "contests", "areas",
                                            "stats", "completeness", "findings"}));
  std::vector<std::string> unit_keys;
  const json& unit = result["contests"][0];
  for (auto it = unit.begin(); it != unit.end(); ++it) unit_keys.push_back(it.key());
  EXPECT_EQ(unit_keys, (std::vector<std::string>{"id", "level", "parent", "kind", "name", "note", "children", "figures",
                                                 "published", "shares", "rank", "rank_of", "vs_national", "remainder",
                                                 "candidates", "candidate_list", "leader", "margin", "findings"}));
  std::vector<std::string> figure_keys;
  for (auto it = unit["figures"].begin(); it != unit["figures"].end(); ++it) figure_keys.push_back(it.key());
  EXPECT_EQ(figure_keys, (std::vector<std::string>{"registered", "ballots_cast", "invalid", "blank", "crossed_out",
                                                   "against_all", "valid_votes", "candidates"}));
}

TEST(Api, ElectionSourcesAndClaimRule) {
  const json result = test::summary(fixture("clean"));
  EXPECT_EQ(result["election"]["id"], "mini");
  EXPECT_EQ(result["election"]["levels"][2]["id"], "contest");
  EXPECT_EQ(result["claim_rule"]["source_priority"], json::parse(R"(["official","news"])"));
  EXPECT_EQ(result["sources"][1]["id"], "official");
  EXPECT_TRUE(result["sources"][1]["url"].is_null());
  EXPECT_EQ(result["regions"].size(), 2u);
  EXPECT_EQ(result["contests"].size(), 4u);
  EXPECT_EQ(result["national"]["children"], json::parse(R"(["north","south"])"));
}

TEST(Api, CheckReturnsOnlyFindings) {
  const json response = test::call("check", fixture("check_unit_count_mismatch"));
  ASSERT_EQ(response["ok"], true);
  EXPECT_EQ(response["result"].size(), 1u);
  EXPECT_EQ(response["result"]["findings"].size(), 1u);
}

TEST(Api, SameInputSameBytes) {
  const std::string request = test::request("summary", fixture("derivations"));
  EXPECT_EQ(handle(request), handle(request));
}

TEST(Api, LineEndingsAndBomDoNotChangeTheResult) {
  EXPECT_EQ(test::summary(fixture("clean_crlf_bom")), test::summary(fixture("clean")));
}

TEST(Api, ExtraFilesAreIgnored) {
  test::Files files = fixture("clean");
  files["README.md"] = "not a dataset file";
  EXPECT_EQ(test::summary(files), test::summary(fixture("clean")));
}

// Damaged files never crash the engine: every answer is JSON with ok true or an error code.
TEST(Api, MangledFilesAlwaysGiveAnAnswer) {
  const test::Files clean = fixture("clean");
  std::uint64_t state = 42;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  const std::string noise = ",\"\n\r-.x0\xD0\x96";
  const std::vector<std::string> names = {"dataset.json", "sources.csv", "units.csv", "figures.csv", "candidates.csv"};
  for (int round = 0; round < 400; ++round) {
    test::Files files = clean;
    std::string& text = files[names[next() % names.size()]];
    for (int edit = 0; edit < 3 && !text.empty(); ++edit) {
      const std::size_t at = next() % text.size();
      switch (next() % 3) {
        case 0: text.erase(at, 1 + next() % 8); break;
        case 1: text.insert(at, 1, noise[next() % noise.size()]); break;
        default: text[at] = noise[next() % noise.size()]; break;
      }
    }
    const std::string response = handle(test::request("summary", files));
    json parsed;
    ASSERT_NO_THROW(parsed = json::parse(response)) << response;
    ASSERT_TRUE(parsed["ok"].is_boolean());
    if (!parsed["ok"].get<bool>()) EXPECT_FALSE(parsed["error"]["code"].get<std::string>().empty());
  }
}

}  // namespace
}  // namespace against_all
