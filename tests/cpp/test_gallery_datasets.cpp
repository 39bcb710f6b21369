// The gallery's bundled elections (data/ru-2004-president, kg-2017-president, bg-*-national-assembly,
// written by scripts/make-gallery-data.py): each reads without error, reproduces the totals its
// source publishes (../shared/data/real-files/README.md and the 2004 SOURCE.md), and the rows the
// source gets wrong are findings, not corrections.
#include <gtest/gtest.h>

#include <set>

#include "test_support.hpp"

namespace against_all {
namespace {

using test::json;

json gallery_summary(const std::string& id) { return test::summary(test::load_folder(test::source_path("data/" + id))); }

std::int64_t value(const json& result, const std::string& unit, const std::string& measure) {
  const json f = test::figure(result, unit, measure);
  return f["value"].is_null() ? -1 : f["value"].get<std::int64_t>();
}

std::int64_t votes_of(const json& contest, const std::string& name_source) {
  for (const auto& c : contest["candidates"]) {
    if (c["name_source"] == name_source) return c["votes"].get<std::int64_t>();
  }
  ADD_FAILURE() << "no candidate " << name_source;
  return -1;
}

std::set<std::string> units_with(const json& result, const std::string& code) {
  std::set<std::string> out;
  for (const auto& f : result["findings"]) {
    if (f["code"] == code) out.insert(f["units"][0].get<std::string>());
  }
  return out;
}

TEST(GalleryRussia2004, NinetyOneRegionsSumToTheStationFileTotals) {
  const json r = gallery_summary("ru-2004-president");
  EXPECT_EQ(r["regions"].size(), 91u);
  ASSERT_EQ(r["contests"].size(), 1u);
  EXPECT_EQ(r["contests"][0]["id"], "ru");  // one national contest
  EXPECT_EQ(value(r, "ru", "registered"), 108064342);
  EXPECT_EQ(value(r, "ru", "valid_votes"), 68925431);
  EXPECT_EQ(value(r, "ru", "invalid"), 578847);
  EXPECT_EQ(value(r, "ru", "against_all"), 2396550);
  EXPECT_EQ(value(r, "ru", "ballots_cast"), 68925431 + 578847);
  EXPECT_EQ(votes_of(r["contests"][0], "Путин Владимир Владимирович"), 49563020);
  EXPECT_EQ(r["contests"][0]["leader"]["votes"], 49563020);
  EXPECT_EQ(r["findings"].size(), 0u) << r["findings"].dump();
}

TEST(GalleryRussia2004, TheTwentyEightStationsWhereAgainstAllCameFirstAreListed) {
  const std::string text = test::read_text(test::source_path("data/ru-2004-president/against-all-first.csv"));
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  EXPECT_EQ(lines, 29u);  // the header and 28 stations
  const json r = gallery_summary("ru-2004-president");
  int stations_in_notes = 0;
  for (const auto& region : r["regions"]) {
    const std::string note = region["note"].is_null() ? "" : region["note"].get<std::string>();
    for (std::size_t at = note.find("УИК "); at != std::string::npos; at = note.find("УИК ", at + 1)) ++stations_in_notes;
  }
  EXPECT_EQ(stations_in_notes, 28);
}

TEST(GalleryKyrgyzstan2017, FiftyThreeAreasReproduceThePublishedTotals) {
  const json r = gallery_summary("kg-2017-president");
  EXPECT_EQ(r["regions"].size(), 53u);
  ASSERT_EQ(r["contests"].size(), 1u);
  EXPECT_EQ(value(r, "kg", "registered"), 2970137);
  EXPECT_EQ(value(r, "kg", "ballots_cast"), 1677249);
  EXPECT_EQ(value(r, "kg", "against_all"), 12111);
  EXPECT_EQ(votes_of(r["contests"][0], "Zheenbekov"), 908493);
  EXPECT_EQ(votes_of(r["contests"][0], "Babanov_Om"), 563742);
}

TEST(GalleryKyrgyzstan2017, TheThreeRowsThatDoNotAddUpAreFindings) {
  const json r = gallery_summary("kg-2017-president");
  // Сузакский and г.Сулюкта: the vote columns do not sum to the valid-ballot line (both values kept).
  EXPECT_EQ(units_with(r, "claims.disagree"), (std::set<std::string>{"suz", "sul"}));
  EXPECT_EQ(test::figure(r, "suz", "valid_votes")["value"], 57751);  // the source's line, not corrected
  EXPECT_EQ(test::figure(r, "suz", "valid_votes")["claims"][1]["value"], 67751);
  // Valid + invalid against ballots cast: Сузакский (10,000), Сокулукский (1), and г.Сулюкта.
  const auto mismatched = units_with(r, "check.ballot_sum_mismatch");
  for (const char* id : {"suz", "sok", "sul"}) EXPECT_TRUE(mismatched.count(id)) << id;
}

struct BulgarianElection {
  const char* id;
  std::int64_t no_one;
};

class GalleryBulgaria : public ::testing::TestWithParam<BulgarianElection> {};

TEST_P(GalleryBulgaria, ReadsWithTheNoOneTotalOfItsSource) {
  const json r = gallery_summary(GetParam().id);
  EXPECT_EQ(r["regions"].size(), 29u);
  ASSERT_EQ(r["contests"].size(), 1u);
  EXPECT_EQ(value(r, "bg", "against_all"), GetParam().no_one);
  EXPECT_EQ(r["contests"][0]["candidate_list"], "complete");
  // Every figure adds up: no finding at all.
  EXPECT_EQ(r["findings"].size(), 0u) << r["findings"].dump();
  // The 265 municipalities are the level below the constituencies, each under one of them.
  ASSERT_EQ(r["areas"].size(), 265u);
  std::set<std::string> constituencies;
  for (const auto& region : r["regions"]) constituencies.insert(region["id"].get<std::string>());
  for (const auto& area : r["areas"]) {
    EXPECT_EQ(area["level"], "municipality");
    EXPECT_TRUE(constituencies.count(area["parent"].get<std::string>())) << area["id"];
  }
}

INSTANTIATE_TEST_SUITE_P(SixElections, GalleryBulgaria,
                         ::testing::Values(BulgarianElection{"bg-2021-04-04-national-assembly", 46049},
                                           BulgarianElection{"bg-2021-07-11-national-assembly", 33708},
                                           BulgarianElection{"bg-2021-11-14-national-assembly", 33617},
                                           BulgarianElection{"bg-2022-10-02-national-assembly", 83752},
                                           BulgarianElection{"bg-2023-04-02-national-assembly", 104424},
                                           BulgarianElection{"bg-2024-06-09-national-assembly", 61144}),
                         [](const auto& info) { return std::string("d") + std::to_string(info.index); });

TEST(GalleryBulgaria2023, ReproducesThePublishedTotals) {
  const json r = gallery_summary("bg-2023-04-02-national-assembly");
  EXPECT_EQ(value(r, "bg", "ballots_cast"), 2497121);
  EXPECT_EQ(value(r, "bg", "registered"), 6574865);
  EXPECT_EQ(value(r, "bg", "against_all"), 104424);
}

}  // namespace
}  // namespace against_all
