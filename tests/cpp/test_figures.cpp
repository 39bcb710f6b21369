#include <gtest/gtest.h>

#include "against_all/candidates.hpp"
#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/remainder.hpp"
#include "against_all/wire/dataset_manifest.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::fixture;
using test::with_line;
using test::without_line;

struct Resolved {
  Dataset dataset;
  Figures figures;
  const Figure& at(const std::string& unit, const std::string& measure) const {
    return figures.at(*dataset.find_unit(unit), measure);
  }
  std::vector<std::pair<std::string, std::string>> from(const std::string& unit, const std::string& measure) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& input : at(unit, measure).derivation->from) {
      out.emplace_back(dataset.units[input.unit].id, input.measure);
    }
    return out;
  }
};

Resolved resolve(const test::Files& files) {
  auto dataset = read_dataset(files);
  EXPECT_TRUE(dataset.ok()) << located_message(dataset.error());
  Resolved r{dataset.value(), Figures{}};
  r.figures = resolve_figures(r.dataset);
  return r;
}

using Inputs = std::vector<std::pair<std::string, std::string>>;

TEST(Figures, EveryCountMeasureIsPresentKnownOrNot) {
  const Resolved r = resolve(fixture("clean"));
  const auto& a = r.figures.of(*r.dataset.find_unit("north/a"));
  EXPECT_EQ(a.size(), 8u);
  EXPECT_EQ(r.at("north/a", "blank").status, FigureStatus::unknown);
  EXPECT_FALSE(r.at("north/a", "blank").value.has_value());
  EXPECT_EQ(r.figures.of(r.dataset.root).count("contests"), 1u);
  EXPECT_EQ(*r.at("land", "contests").value, 4);
}

TEST(Figures, ClaimRuleSourceIsUsedEvenWhenListedLater) {
  // news (first in sources.csv) says 1250 before official's 1200; official is the claim rule's first.
  test::Files files = without_line(fixture("clean"), "figures.csv", "north,ballots_cast");
  files = with_line(files, "figures.csv", "", "north,ballots_cast,1250,news,");
  files = with_line(files, "figures.csv", "", "north,ballots_cast,1200,official,");
  const Resolved r = resolve(files);
  const Figure& f = r.at("north", "ballots_cast");
  EXPECT_EQ(*f.value, 1200);
  EXPECT_EQ(r.dataset.sources[f.source].id, "official");
  EXPECT_EQ(f.status, FigureStatus::reported);
  EXPECT_TRUE(f.disagreement);
  ASSERT_EQ(f.claims.size(), 2u);
  EXPECT_EQ(r.dataset.claims[f.claims[0]].value, 1250);   // claims stay in file order
}

TEST(Figures, OtherSourcesFollowSourcesCsvOrder) {
  // Neither source is in the claim rule: news comes first in sources.csv.
  test::Files files = fixture("clean");
  auto manifest = nlohmann::json::parse(files["dataset.json"]);
  manifest["claim_rule"]["source_priority"] = nlohmann::json::array();
  files["dataset.json"] = manifest.dump();
  files = with_line(files, "figures.csv", "", "north/a,blank,7,official,");
  files = with_line(files, "figures.csv", "", "north/a,blank,9,news,");
  const Resolved r = resolve(files);
  EXPECT_EQ(*r.at("north/a", "blank").value, 9);
}

TEST(Figures, EqualClaimsFromTwoSourcesDoNotDisagree) {
  const Resolved r = resolve(fixture("clean"));
  const Figure& f = r.at("land", "against_all");
  EXPECT_EQ(f.claims.size(), 2u);
  EXPECT_FALSE(f.disagreement);
  EXPECT_EQ(r.dataset.sources[f.source].id, "official");
}

TEST(Figures, ParentMinusSiblings) {
  const Resolved r = resolve(fixture("derivations"));
  const Figure& f = r.at("north/b", "ballots_cast");
  EXPECT_EQ(f.status, FigureStatus::derived);
  EXPECT_EQ(*f.value, 400);
  EXPECT_EQ(f.derivation->rule, "parent_minus_siblings");
  EXPECT_EQ(r.from("north/b", "ballots_cast"), (Inputs{{"north", "ballots_cast"}, {"north/a", "ballots_cast"}}));
  EXPECT_EQ(*r.at("north/b", "against_all").value, 30);
  EXPECT_EQ(f.source, -1);
  EXPECT_TRUE(f.claims.empty());
}

TEST(Figures, OnlyChildTakesItsRegionsTotals) {
  const Resolved r = resolve(fixture("derivations"));
  EXPECT_EQ(*r.at("east/e", "ballots_cast").value, 900);
  EXPECT_EQ(*r.at("east/e", "against_all").value, 27);
  EXPECT_EQ(r.at("east/e", "against_all").derivation->rule, "parent_minus_siblings");
  EXPECT_EQ(r.from("east/e", "against_all"), (Inputs{{"east", "against_all"}}));
}

TEST(Figures, SumOfChildren) {
  const Resolved r = resolve(fixture("derivations"));
  const Figure& south = r.at("south", "ballots_cast");
  EXPECT_EQ(*south.value, 2100);
  EXPECT_EQ(south.derivation->rule, "sum_of_children");
  EXPECT_EQ(r.from("south", "ballots_cast"), (Inputs{{"south/c", "ballots_cast"}, {"south/d", "ballots_cast"}}));
  // The country sums regions that are themselves reported, derived from contests, or from their parent.
  EXPECT_EQ(*r.at("land", "ballots_cast").value, 9200);
  EXPECT_EQ(*r.at("land", "against_all").value, 607);
  EXPECT_FALSE(r.at("land", "registered").known());   // west's contests lack it
}

TEST(Figures, SumOfChildrenWaitsForEveryChild) {
  const Resolved r = resolve(fixture("derivations"));
  // west/g and west/h are unknown, so west's registered (no claim) stays unknown, and so does land's.
  EXPECT_FALSE(r.at("west", "registered").known());
  EXPECT_FALSE(r.at("west/g", "ballots_cast").known());
  EXPECT_EQ(r.at("west/g", "ballots_cast").status, FigureStatus::unknown);
}

TEST(Figures, DerivationsChainToAFixedPoint) {
  // land claimed; north = a + b; south = land − north; south/d = south − south/c.
  test::Files files = fixture("clean");
  for (const char* prefix : {"north,ballots_cast", "south,ballots_cast", "south/d,ballots_cast"}) {
    files = without_line(files, "figures.csv", prefix);
  }
  const Resolved r = resolve(files);
  EXPECT_EQ(r.at("north", "ballots_cast").derivation->rule, "sum_of_children");
  EXPECT_EQ(*r.at("north", "ballots_cast").value, 1200);
  EXPECT_EQ(r.at("south", "ballots_cast").derivation->rule, "parent_minus_siblings");
  EXPECT_EQ(*r.at("south", "ballots_cast").value, 2100);
  EXPECT_EQ(r.at("south/d", "ballots_cast").derivation->rule, "parent_minus_siblings");
  EXPECT_EQ(*r.at("south/d", "ballots_cast").value, 600);
}

TEST(Figures, ValidVotesFromACompleteCandidateList) {
  const Resolved r = resolve(fixture("clean"));
  const Figure& f = r.at("north/a", "valid_votes");
  EXPECT_EQ(*f.value, 780);   // 500 + 240 + 40
  EXPECT_EQ(f.derivation->rule, "candidates_plus_against_all");
  EXPECT_EQ(r.from("north/a", "valid_votes"), (Inputs{{"north/a", "candidate_votes"}, {"north/a", "against_all"}}));
  EXPECT_EQ(*r.at("north", "valid_votes").value, 1170);
  EXPECT_EQ(*r.at("land", "valid_votes").value, 3265);
}

TEST(Figures, NoValidVotesWhenAVoteIsUnknown) {
  const Resolved r = resolve(fixture("unknown_votes"));
  EXPECT_FALSE(r.at("north/a", "valid_votes").known());
  EXPECT_FALSE(r.at("north", "valid_votes").known());
  EXPECT_EQ(candidate_list(r.dataset, *r.dataset.find_unit("north/a"), 2), CandidateList::partial);
}

TEST(Figures, NoValidVotesWithoutTheCandidateCountOrAgainstAll) {
  Resolved r = resolve(without_line(fixture("clean"), "figures.csv", "north/a,candidates"));
  EXPECT_FALSE(r.at("north/a", "valid_votes").known());
  r = resolve(without_line(fixture("clean"), "figures.csv", "north/a,against_all"));
  // against_all comes back as north − b, and then valid_votes follows
  EXPECT_EQ(r.at("north/a", "against_all").derivation->rule, "parent_minus_siblings");
  EXPECT_EQ(*r.at("north/a", "valid_votes").value, 780);
  test::Files files = without_line(fixture("clean"), "figures.csv", "north/a,against_all");
  files = without_line(files, "figures.csv", "north,against_all,");
  files = without_line(files, "figures.csv", "land,against_all,180,official");
  files = without_line(files, "figures.csv", "land,against_all,180,news");
  r = resolve(files);
  EXPECT_FALSE(r.at("north/a", "against_all").known());
  EXPECT_FALSE(r.at("north/a", "valid_votes").known());
}

TEST(Figures, NegativeDifferenceIsNotDerived) {
  const Resolved r = resolve(fixture("check_children_exceed_parent"));
  EXPECT_FALSE(r.at("north/b", "against_all").known());
  EXPECT_EQ(r.at("north/b", "against_all").status, FigureStatus::unknown);
}

TEST(Figures, ZeroIsAKnownValue) {
  const Resolved r = resolve(fixture("zero_voters"));
  EXPECT_EQ(*r.at("south/d", "ballots_cast").value, 0);
  EXPECT_EQ(*r.at("south/d", "valid_votes").value, 0);
  EXPECT_EQ(*r.at("land", "registered").value, 3550);
}

TEST(Remainder, RegionTotalMinusKnownContests) {
  const Resolved r = resolve(fixture("derivations"));
  const auto remainder = remainder_of(r.dataset, r.figures, *r.dataset.find_unit("west"));
  ASSERT_TRUE(remainder.has_value());
  ASSERT_EQ(remainder->contests.size(), 2u);
  EXPECT_EQ(r.dataset.units[remainder->contests[0]].id, "west/g");
  EXPECT_EQ(r.dataset.units[remainder->contests[1]].id, "west/h");
  EXPECT_EQ(*remainder->ballots_cast.value, 4000);
  EXPECT_EQ(*remainder->against_all.value, 300);
  EXPECT_EQ(remainder->against_all.status, FigureStatus::derived);
  EXPECT_EQ(remainder->against_all.derivation->rule, "region_remainder");
  ASSERT_EQ(remainder->against_all.derivation->from.size(), 2u);
  EXPECT_EQ(r.dataset.units[remainder->against_all.derivation->from[1].unit].id, "west/f");
}

TEST(Remainder, NoneWhenOneOrNoContestIsUnknownOrNoneIsKnown) {
  const Resolved r = resolve(fixture("derivations"));
  for (const char* region : {"north", "south", "east", "land"}) {
    SCOPED_TRACE(region);
    EXPECT_FALSE(remainder_of(r.dataset, r.figures, *r.dataset.find_unit(region)).has_value());
  }
  // A region where no contest is known: the remainder would only repeat the region.
  test::Files files = fixture("derivations");
  files = without_line(files, "figures.csv", "west/f,ballots_cast");
  files = without_line(files, "figures.csv", "west/f,against_all");
  const Resolved none = resolve(files);
  EXPECT_FALSE(remainder_of(none.dataset, none.figures, *none.dataset.find_unit("west")).has_value());
}

TEST(Remainder, UnknownWhenTheKnownContestsExceedTheRegion) {
  test::Files files = with_line(fixture("derivations"), "figures.csv", "west/f,against_all",
                                "west/f,against_all,450,official,");
  const Resolved r = resolve(files);
  const auto remainder = remainder_of(r.dataset, r.figures, *r.dataset.find_unit("west"));
  ASSERT_TRUE(remainder.has_value());
  EXPECT_FALSE(remainder->against_all.known());
  EXPECT_EQ(*remainder->ballots_cast.value, 4000);
}

}  // namespace
}  // namespace against_all
