// The bundled dataset end to end: the article's Table 1 reproduced, the derivations it allows,
// the disagreements between sources, and the national comparison.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "test_support.hpp"

namespace against_all {
namespace {

using test::json;

class Bundled : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    result_ = new json(test::summary(test::load_folder(test::source_path("data/kz-2023-akims"))));
  }
  static void TearDownTestSuite() {
    delete result_;
    result_ = nullptr;
  }
  const json& result() const { return *result_; }
  json unit(const std::string& id) const { return test::unit(*result_, id); }
  json figure(const std::string& id, const std::string& measure) const { return test::figure(*result_, id, measure); }

  void expect_derived(const std::string& id, const std::string& measure, std::int64_t value, const std::string& rule,
                      const std::vector<std::pair<std::string, std::string>>& from) const {
    SCOPED_TRACE(id + " " + measure);
    const json f = figure(id, measure);
    EXPECT_EQ(f["status"], "derived");
    EXPECT_EQ(f["value"], value);
    ASSERT_FALSE(f["derivation"].is_null());
    EXPECT_EQ(f["derivation"]["rule"], rule);
    json want = json::array();
    for (const auto& [unit, m] : from) want.push_back({{"unit", unit}, {"measure", m}});
    EXPECT_EQ(f["derivation"]["from"], want);
  }

  json findings_with(const std::string& code) const {
    json out = json::array();
    for (const auto& f : result()["findings"]) {
      if (f["code"] == code) out.push_back(f);
    }
    return out;
  }

 private:
  static json* result_;
};

json* Bundled::result_ = nullptr;

TEST_F(Bundled, FortyFiveContestsInSeventeenRegions) {
  EXPECT_EQ(result()["national"]["id"], "kz");
  EXPECT_EQ(result()["regions"].size(), 17u);
  EXPECT_EQ(result()["contests"].size(), 45u);
  EXPECT_EQ(result()["completeness"]["contests"], 45);
  EXPECT_EQ(result()["claim_rule"]["source_priority"][0], "article");
  EXPECT_EQ(result()["claim_rule"]["source_priority"].size(), result()["sources"].size());
  EXPECT_TRUE(findings_with("check.unit_count_mismatch").empty());
}

TEST_F(Bundled, NationalShareIsTheArticles) {
  const json kz = result()["national"];
  EXPECT_EQ(kz["figures"]["ballots_cast"]["value"], 654443);
  EXPECT_EQ(kz["figures"]["against_all"]["value"], 14267);
  const double share = kz["shares"]["against_all_of_cast"].get<double>();
  EXPECT_DOUBLE_EQ(share, 14267.0 / 654443.0);
  EXPECT_NEAR(share, 0.0218, 0.00005);   // 2.18 %
  EXPECT_EQ(kz["published"]["against_all_pct"][0]["matches"], true);   // "2.2"
}

TEST_F(Bundled, SeventeenRegionRowsSumToTheNationalFigures) {
  std::int64_t ballots_cast = 0, against_all = 0;
  for (const auto& region : result()["regions"]) {
    ballots_cast += region["figures"]["ballots_cast"]["value"].get<std::int64_t>();
    against_all += region["figures"]["against_all"]["value"].get<std::int64_t>();
  }
  EXPECT_EQ(ballots_cast, 654443);
  EXPECT_EQ(against_all, 14267);
  EXPECT_TRUE(findings_with("check.children_sum_mismatch").empty());
  EXPECT_TRUE(findings_with("check.children_exceed_parent").empty());
}

TEST_F(Bundled, EightRegionsAboveTheNationalShareNineBelow) {
  EXPECT_EQ(result()["stats"]["regions_above_national"], 8);
  EXPECT_EQ(result()["stats"]["regions_below_national"], 9);
  std::vector<std::string> above;
  for (const auto& region : result()["regions"]) {
    if (region["vs_national"] == "above") above.push_back(region["id"]);
  }
  EXPECT_EQ(above, (std::vector<std::string>{"abai", "akmola", "west-kazakhstan", "kostanay", "pavlodar",
                                             "north-kazakhstan", "turkestan", "ulytau"}));
  EXPECT_EQ(unit("abai")["rank"], 1);
  EXPECT_EQ(unit("abai")["rank_of"], 17);
  EXPECT_EQ(unit("kyzylorda")["rank"], 17);
  EXPECT_EQ(result()["stats"]["region_share"]["n"], 17);
}

TEST_F(Bundled, TableOnePercentagesAreReproducedExceptWestKazakhstan) {
  for (const auto& region : result()["regions"]) {
    const json published = region["published"]["against_all_pct"];
    ASSERT_EQ(published.size(), 1u) << region["id"];
    EXPECT_EQ(published[0]["matches"], region["id"] != "west-kazakhstan") << region["id"];
  }
  // 610 of 16,437 is 3.71 %, not the 6.4 % printed.
  const json mismatches = findings_with("check.published_pct_mismatch");
  json west;
  for (const auto& f : mismatches) {
    if (f["units"][0] == "west-kazakhstan") west = f;
  }
  ASSERT_FALSE(west.is_null());
  EXPECT_EQ(west["values"]["published"], 6.4);
  EXPECT_NEAR(west["values"]["recomputed"].get<double>(), 3.711, 0.001);
  EXPECT_EQ(unit("kyzylorda")["published"]["against_all_pct"][0]["text"], "0.03");
}

TEST_F(Bundled, ParentMinusSiblings) {
  expect_derived("kyzylorda/syrdarya", "against_all", 12, "parent_minus_siblings",
                 {{"kyzylorda", "against_all"}, {"kyzylorda/shieli", "against_all"}});
  expect_derived("kyzylorda/syrdarya", "ballots_cast", 15893, "parent_minus_siblings",
                 {{"kyzylorda", "ballots_cast"}, {"kyzylorda/shieli", "ballots_cast"}});
  expect_derived("zhetisu/kerbulak", "ballots_cast", 38021 - 19664, "parent_minus_siblings",
                 {{"zhetisu", "ballots_cast"}, {"zhetisu/sarkand", "ballots_cast"}});
  expect_derived("zhetisu/kerbulak", "against_all", 347, "parent_minus_siblings",
                 {{"zhetisu", "against_all"}, {"zhetisu/sarkand", "against_all"}});
  expect_derived("abai/abai-district", "ballots_cast", 9803 - 4928, "parent_minus_siblings",
                 {{"abai", "ballots_cast"}, {"abai/kurchatov", "ballots_cast"}});
  expect_derived("abai/abai-district", "against_all", 745 - 463, "parent_minus_siblings",
                 {{"abai", "against_all"}, {"abai/kurchatov", "against_all"}});
  expect_derived("east-kazakhstan/glubokoe", "ballots_cast", 61517 - 33568, "parent_minus_siblings",
                 {{"east-kazakhstan", "ballots_cast"}, {"east-kazakhstan/altai", "ballots_cast"}});
  expect_derived("east-kazakhstan/glubokoe", "against_all", 192 - 7, "parent_minus_siblings",
                 {{"east-kazakhstan", "against_all"}, {"east-kazakhstan/altai", "against_all"}});
  expect_derived("west-kazakhstan/taskala", "against_all", 317, "parent_minus_siblings",
                 {{"west-kazakhstan", "against_all"},
                  {"west-kazakhstan/bokeyorda", "against_all"},
                  {"west-kazakhstan/karatobe", "against_all"}});
}

TEST_F(Bundled, OnlyContestOfItsRegion) {
  expect_derived("mangystau/beyneu", "ballots_cast", 11149, "parent_minus_siblings", {{"mangystau", "ballots_cast"}});
  expect_derived("mangystau/beyneu", "against_all", 202, "parent_minus_siblings", {{"mangystau", "against_all"}});
  expect_derived("ulytau/contest-1", "ballots_cast", 4419, "parent_minus_siblings", {{"ulytau", "ballots_cast"}});
  expect_derived("ulytau/contest-1", "against_all", 101, "parent_minus_siblings", {{"ulytau", "against_all"}});
}

TEST_F(Bundled, AkmolaRemainderOverItsFourUnknownContests) {
  const json remainder = unit("akmola")["remainder"];
  ASSERT_FALSE(remainder.is_null());
  EXPECT_EQ(remainder["contests"], json::parse(R"(["akmola/akkol","akmola/astrakhan","akmola/zhaksy","akmola/shortandy"])"));
  EXPECT_EQ(remainder["figures"]["ballots_cast"]["value"], 55394 - 11075);
  EXPECT_EQ(remainder["figures"]["against_all"]["value"], 2669 - 778);
  EXPECT_EQ(remainder["figures"]["against_all"]["derivation"]["rule"], "region_remainder");
  EXPECT_DOUBLE_EQ(remainder["shares"]["against_all_of_cast"].get<double>(), 1891.0 / 44319.0);
  EXPECT_TRUE(unit("mangystau")["remainder"].is_null());
  EXPECT_TRUE(unit("turkestan")["remainder"].is_null());   // no contest known: nothing to subtract
}

TEST_F(Bundled, NorthKazakhstanValidVotesFromCompleteCandidateLists) {
  expect_derived("north-kazakhstan/esil", "valid_votes", 8419 + 1630 + 724, "candidates_plus_against_all",
                 {{"north-kazakhstan/esil", "candidate_votes"}, {"north-kazakhstan/esil", "against_all"}});
  EXPECT_EQ(figure("north-kazakhstan/mamlyut", "valid_votes")["value"], 6817 + 604 + 428 + 416);
  EXPECT_EQ(figure("north-kazakhstan/timiryazev", "valid_votes")["value"], 3536 + 358 + 338 + 181);
  for (const char* id : {"north-kazakhstan/esil", "north-kazakhstan/mamlyut", "north-kazakhstan/timiryazev"}) {
    EXPECT_EQ(unit(id)["candidate_list"], "complete") << id;
    EXPECT_EQ(unit(id)["leader"]["basis"], "most_votes") << id;
  }
  // Summed over the three contests: exactly the article's region ballots_cast.
  expect_derived("north-kazakhstan", "valid_votes", 23451, "sum_of_children",
                 {{"north-kazakhstan/esil", "valid_votes"},
                  {"north-kazakhstan/mamlyut", "valid_votes"},
                  {"north-kazakhstan/timiryazev", "valid_votes"}});
  EXPECT_EQ(figure("north-kazakhstan", "ballots_cast")["value"], 23451);
}

TEST_F(Bundled, SourcesDisagree) {
  const std::vector<std::tuple<std::string, std::int64_t, std::int64_t, std::string>> cases = {
      {"north-kazakhstan", 23451, 24061, "kazinform-sko"},
      {"west-kazakhstan", 16437, 17033, "mgorod-zko"},
      {"kostanay", 64915, 65896, "top-news-kostanay"}};
  const json disagree = findings_with("claims.disagree");
  EXPECT_EQ(disagree.size(), cases.size());
  for (const auto& [id, article, other, source] : cases) {
    SCOPED_TRACE(id);
    const json f = figure(id, "ballots_cast");
    EXPECT_TRUE(f["disagreement"].get<bool>());
    EXPECT_EQ(f["value"], article);
    EXPECT_EQ(f["source"], "article");
    EXPECT_EQ(f["claims"][1]["value"], other);
    EXPECT_EQ(f["claims"][1]["source"], source);
    bool found = false;
    for (const auto& finding : disagree) found = found || (finding["units"][0] == id && finding["measure"] == "ballots_cast");
    EXPECT_TRUE(found);
  }
}

TEST_F(Bundled, EqualClaimsAreNoDisagreement) {
  const json priozersk = figure("karaganda/priozersk", "against_all");
  EXPECT_EQ(priozersk["claims"].size(), 2u);
  EXPECT_FALSE(priozersk["disagreement"].get<bool>());
  EXPECT_EQ(priozersk["source"], "article");
}

// The election-day register (additions-2: 1,062,327, inastana.kz) makes the CEC's published
// turnout checkable against the article's 654,443 voters: 61.6 %, not 62.8 / 62.79 %.
TEST_F(Bundled, CountryTurnoutIsPublishedTwiceAndDisagreesWithTheElectionDayRegister) {
  EXPECT_EQ(unit("kz")["figures"]["registered"]["value"], 1062327);
  const json turnout = result()["national"]["published"]["turnout_pct"];
  ASSERT_EQ(turnout.size(), 2u);
  EXPECT_EQ(turnout[0]["text"], "62.8");
  EXPECT_EQ(turnout[1]["text"], "62.79");
  EXPECT_EQ(turnout[1]["source"], "elkz");
  for (const auto& p : turnout) EXPECT_EQ(p["matches"], false);
  int mismatches = 0;
  for (const auto& f : findings_with("check.published_pct_mismatch")) {
    if (f["units"][0] != "kz") continue;
    ++mismatches;
    EXPECT_NEAR(f["values"]["recomputed"].get<double>(), 100.0 * 654443 / 1062327, 1e-9);
  }
  EXPECT_EQ(mismatches, 2);
  for (const auto& f : findings_with("check.published_pct_unverifiable")) EXPECT_NE(f["units"][0], "kz");
}

TEST_F(Bundled, ContestSharesAndRanks) {
  EXPECT_EQ(unit("pavlodar/shcherbakty")["rank"], 1);   // 857 of 7,680
  EXPECT_EQ(unit("zhetisu/sarkand")["shares"]["against_all_of_cast"], 0.0);
  EXPECT_TRUE(unit("akmola/akkol")["shares"]["against_all_of_cast"].is_null());
  EXPECT_TRUE(unit("akmola/akkol")["rank"].is_null());
  const json stats = result()["stats"]["contest_share"];
  EXPECT_EQ(stats["n"], unit("abai/kurchatov")["rank_of"]);
  EXPECT_GT(stats["mean"].get<double>(), stats["median"].get<double>());
}

TEST_F(Bundled, EveryFindingNamesKnownUnits) {
  std::set<std::string> ids;
  ids.insert(result()["national"]["id"].get<std::string>());
  for (const char* list : {"regions", "contests"}) {
    for (const auto& u : result()[list]) ids.insert(u["id"].get<std::string>());
  }
  for (const auto& f : result()["findings"]) {
    EXPECT_FALSE(f["units"].empty());
    for (const auto& u : f["units"]) EXPECT_TRUE(ids.count(u.get<std::string>())) << u;
  }
}

}  // namespace
}  // namespace against_all
