#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "against_all/shares.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::fixture;
using test::json;

TEST(Shares, FractionNeedsBothCountsAndAPositiveBase) {
  EXPECT_DOUBLE_EQ(*share(14267, 654443), 14267.0 / 654443.0);
  EXPECT_FALSE(share(std::nullopt, 100).has_value());
  EXPECT_FALSE(share(5, std::nullopt).has_value());
  EXPECT_FALSE(share(0, 0).has_value());   // no voters: unknown, never a division by zero
  EXPECT_DOUBLE_EQ(*share(0, 10), 0.0);    // zero of some voters is a known zero
}

TEST(Shares, CompareIsExact) {
  EXPECT_EQ(compare({1, 3}, {2, 6}), 0);
  EXPECT_EQ(compare({1, 3}, {333333333, 1000000000}), 1);
  const std::int64_t big = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(compare({big - 1, big}, {big - 2, big - 1}), 1);   // would overflow in 64 bits
  EXPECT_EQ(compare({0, 5}, {0, 7}), 0);
}

TEST(Shares, CompetitionRanksShareTiesAndSkipUnknown) {
  const std::vector<std::optional<Fraction>> shares = {Fraction{1, 2}, Fraction{7, 10}, Fraction{2, 4},
                                                       std::nullopt, Fraction{1, 5}};
  const auto ranks = competition_ranks(shares);
  EXPECT_EQ(ranks[0], 2);
  EXPECT_EQ(ranks[1], 1);
  EXPECT_EQ(ranks[2], 2);
  EXPECT_FALSE(ranks[3].has_value());
  EXPECT_EQ(ranks[4], 4);
}

TEST(Shares, MeanAndMedian) {
  ShareStats s = share_stats({});
  EXPECT_EQ(s.n, 0);
  EXPECT_FALSE(s.mean.has_value());
  EXPECT_FALSE(s.median.has_value());
  s = share_stats({0.3, 0.1, 0.2});
  EXPECT_EQ(s.n, 3);
  EXPECT_DOUBLE_EQ(*s.mean, 0.2);
  EXPECT_DOUBLE_EQ(*s.median, 0.2);
  s = share_stats({0.4, 0.1, 0.2, 0.3});
  EXPECT_DOUBLE_EQ(*s.mean, 0.25);
  EXPECT_DOUBLE_EQ(*s.median, 0.25);
}

TEST(Shares, VsNational) {
  EXPECT_EQ(vs_national(Fraction{3, 10}, Fraction{2, 10}), VsNational::above);
  EXPECT_EQ(vs_national(Fraction{1, 10}, Fraction{2, 10}), VsNational::below);
  EXPECT_EQ(vs_national(Fraction{2, 10}, Fraction{1, 5}), VsNational::equal);
  EXPECT_FALSE(vs_national(std::nullopt, Fraction{1, 5}).has_value());
  EXPECT_FALSE(vs_national(Fraction{1, 5}, std::nullopt).has_value());
}

// The clean fixture, every share computed by hand.
class CleanSummary : public ::testing::Test {
 protected:
  void SetUp() override { result = test::summary(fixture("clean")); }
  json result;
};

TEST_F(CleanSummary, NationalIsTheSumOfCountsNotTheMeanOfShares) {
  const json land = result["national"];
  EXPECT_DOUBLE_EQ(land["shares"]["against_all_of_cast"].get<double>(), 180.0 / 3300.0);
  EXPECT_DOUBLE_EQ(land["shares"]["against_all_of_valid"].get<double>(), 180.0 / 3265.0);
  EXPECT_DOUBLE_EQ(land["shares"]["against_all_of_registered"].get<double>(), 180.0 / 4300.0);
  EXPECT_DOUBLE_EQ(land["shares"]["turnout"].get<double>(), 3300.0 / 4300.0);
  EXPECT_TRUE(land["rank"].is_null());
  EXPECT_TRUE(land["rank_of"].is_null());
  EXPECT_TRUE(land["vs_national"].is_null());
  EXPECT_EQ(land["figures"]["registered"]["value"], 4300);
  EXPECT_EQ(land["figures"]["registered"]["status"], "derived");
}

TEST_F(CleanSummary, RegionAndContestShares) {
  const json north = test::unit(result, "north");
  EXPECT_DOUBLE_EQ(north["shares"]["against_all_of_cast"].get<double>(), 70.0 / 1200.0);
  EXPECT_DOUBLE_EQ(north["shares"]["turnout"].get<double>(), 0.8);
  const json a = test::unit(result, "north/a");
  EXPECT_DOUBLE_EQ(a["shares"]["against_all_of_cast"].get<double>(), 0.05);
  EXPECT_DOUBLE_EQ(a["shares"]["against_all_of_valid"].get<double>(), 40.0 / 780.0);
  EXPECT_DOUBLE_EQ(a["shares"]["against_all_of_registered"].get<double>(), 0.04);
  EXPECT_DOUBLE_EQ(a["shares"]["turnout"].get<double>(), 0.8);
}

TEST_F(CleanSummary, RanksAndVsNational) {
  const std::vector<std::pair<std::string, int>> contests = {{"south/d", 1}, {"north/b", 2}, {"north/a", 3}, {"south/c", 4}};
  for (const auto& [id, rank] : contests) {
    EXPECT_EQ(test::unit(result, id)["rank"], rank) << id;
    EXPECT_EQ(test::unit(result, id)["rank_of"], 4) << id;
  }
  EXPECT_EQ(test::unit(result, "north")["rank"], 1);
  EXPECT_EQ(test::unit(result, "south")["rank"], 2);
  EXPECT_EQ(test::unit(result, "south")["rank_of"], 2);
  EXPECT_EQ(test::unit(result, "north")["vs_national"], "above");
  EXPECT_EQ(test::unit(result, "south")["vs_national"], "below");
  EXPECT_EQ(test::unit(result, "north/a")["vs_national"], "below");
  EXPECT_EQ(test::unit(result, "south/d")["vs_national"], "above");
}

TEST_F(CleanSummary, UnweightedMeanAndMedian) {
  const json stats = result["stats"];
  EXPECT_EQ(stats["contest_share"]["n"], 4);
  EXPECT_NEAR(stats["contest_share"]["mean"].get<double>(), (0.05 + 0.075 + 0.01 + 95.0 / 600.0) / 4, 1e-15);
  EXPECT_DOUBLE_EQ(stats["contest_share"]["median"].get<double>(), 0.0625);
  EXPECT_EQ(stats["region_share"]["n"], 2);
  EXPECT_NEAR(stats["region_share"]["mean"].get<double>(), (70.0 / 1200 + 110.0 / 2100) / 2, 1e-15);
  EXPECT_NEAR(stats["region_share"]["median"].get<double>(), (70.0 / 1200 + 110.0 / 2100) / 2, 1e-15);
  EXPECT_EQ(stats["regions_above_national"], 1);
  EXPECT_EQ(stats["regions_below_national"], 1);
}

TEST_F(CleanSummary, RollUpsOfEveryCount) {
  EXPECT_EQ(test::figure(result, "north", "valid_votes")["value"], 1170);
  EXPECT_EQ(test::figure(result, "north", "invalid")["value"], 30);
  EXPECT_EQ(test::figure(result, "north", "candidates")["value"], 4);
  EXPECT_EQ(test::figure(result, "land", "valid_votes")["value"], 3265);
  EXPECT_EQ(test::figure(result, "land", "invalid")["value"], 35);
  EXPECT_EQ(test::figure(result, "land", "candidates")["value"], 9);
  EXPECT_TRUE(test::figure(result, "land", "blank")["value"].is_null());
}

TEST_F(CleanSummary, CandidatesLeaderAndMargin) {
  const json a = test::unit(result, "north/a");
  EXPECT_EQ(a["candidate_list"], "complete");
  EXPECT_DOUBLE_EQ(a["candidates"][0]["share_of_cast"].get<double>(), 500.0 / 800.0);
  EXPECT_DOUBLE_EQ(a["candidates"][0]["share_of_valid"].get<double>(), 500.0 / 780.0);
  EXPECT_EQ(a["leader"]["votes"], 500);
  EXPECT_EQ(a["leader"]["basis"], "most_votes");
  EXPECT_EQ(a["margin"]["votes"], 460);
  EXPECT_DOUBLE_EQ(a["margin"]["share_points"].get<double>(), 460.0 / 800.0);
  const json north = test::unit(result, "north");
  EXPECT_EQ(north["candidate_list"], "none");
  EXPECT_TRUE(north["leader"].is_null());
  EXPECT_TRUE(north["margin"].is_null());
}

TEST_F(CleanSummary, PublishedPercentagesMatchAtTheirRounding) {
  const json land = result["national"]["published"]["against_all_pct"][0];
  EXPECT_EQ(land["text"], "5.45");
  EXPECT_EQ(land["decimals"], 2);
  EXPECT_DOUBLE_EQ(land["recomputed"].get<double>(), 180.0 / 3300.0);
  EXPECT_EQ(land["matches"], true);
  const json turnout = test::unit(result, "north")["published"]["turnout_pct"][0];
  EXPECT_EQ(turnout["value"], 80.0);
  EXPECT_EQ(turnout["matches"], true);
}

TEST(ZeroVoters, SharesAreNullNeverADivisionByZero) {
  const json result = test::summary(fixture("zero_voters"));
  const json d = test::unit(result, "south/d");
  EXPECT_TRUE(d["shares"]["against_all_of_cast"].is_null());
  EXPECT_TRUE(d["shares"]["against_all_of_valid"].is_null());
  EXPECT_DOUBLE_EQ(d["shares"]["against_all_of_registered"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(d["shares"]["turnout"].get<double>(), 0.0);
  EXPECT_TRUE(d["rank"].is_null());
  EXPECT_TRUE(d["vs_national"].is_null());
  EXPECT_TRUE(d["candidates"][0]["share_of_cast"].is_null());
  EXPECT_EQ(d["leader"]["name"], "Ибраев Канат");   // a 0–0 tie goes to the elected candidate
  EXPECT_EQ(d["margin"]["votes"], 0);
  EXPECT_TRUE(d["margin"]["share_points"].is_null());
  EXPECT_EQ(test::unit(result, "north/a")["rank_of"], 3);
  EXPECT_EQ(result["stats"]["contest_share"]["n"], 3);
  EXPECT_DOUBLE_EQ(test::unit(result, "south")["shares"]["against_all_of_cast"].get<double>(), 0.01);
}

TEST(UnknownVotes, AreNullAndMakeTheListPartial) {
  const json result = test::summary(fixture("unknown_votes"));
  const json a = test::unit(result, "north/a");
  EXPECT_TRUE(a["candidates"][1]["votes"].is_null());
  EXPECT_TRUE(a["candidates"][1]["share_of_cast"].is_null());
  EXPECT_TRUE(a["candidates"][1]["party"].is_null());
  EXPECT_EQ(a["candidate_list"], "partial");
  EXPECT_EQ(a["leader"]["basis"], "elected");
  EXPECT_EQ(a["leader"]["votes"], 500);
  EXPECT_TRUE(a["figures"]["valid_votes"]["value"].is_null());
  EXPECT_EQ(a["figures"]["valid_votes"]["status"], "unknown");
  EXPECT_TRUE(a["shares"]["against_all_of_valid"].is_null());
  EXPECT_EQ(result["completeness"]["with_complete_candidates"], 3);
  EXPECT_EQ(result["completeness"]["with_candidate_votes"], 4);
}

}  // namespace
}  // namespace against_all
