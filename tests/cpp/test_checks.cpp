#include <gtest/gtest.h>

#include "against_all/checks.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::fixture;
using test::json;
using test::with_line;
using test::without_line;

json findings_of(const test::Files& files) {
  json response = test::call("check", files);
  EXPECT_TRUE(response["ok"].get<bool>()) << response.dump();
  return response["result"]["findings"];
}

// Every fixture that is not an error case states its exact findings (code and units) in expected.json.
class FixtureFindings : public ::testing::TestWithParam<const char*> {};

TEST_P(FixtureFindings, AreExactlyTheExpectedOnes) {
  const std::string name = GetParam();
  const json want = test::expected(name)["findings"];
  EXPECT_EQ(test::finding_codes(findings_of(fixture(name))), want) << name;
}

INSTANTIATE_TEST_SUITE_P(
    Checks, FixtureFindings,
    ::testing::Values("clean", "clean_crlf_bom", "derivations", "zero_voters", "unknown_votes",
                      "check_claims_disagree", "check_ballot_sum_exceeds_cast", "check_ballot_sum_mismatch",
                      "check_cast_exceeds_registered", "check_children_sum_mismatch",
                      "check_children_exceed_parent", "check_published_pct_mismatch",
                      "check_published_pct_unverifiable", "check_candidate_count_exceeded",
                      "check_elected_not_leader", "check_unit_count_mismatch"));

json only_finding(const std::string& name) {
  const json findings = findings_of(fixture(name));
  EXPECT_EQ(findings.size(), 1u) << findings.dump();
  return findings.empty() ? json() : findings[0];
}

TEST(Checks, ClaimsDisagree) {
  const json f = only_finding("check_claims_disagree");
  EXPECT_EQ(f["id"], "F1");
  EXPECT_EQ(f["severity"], "warning");
  EXPECT_EQ(f["measure"], "ballots_cast");
  EXPECT_EQ(f["values"], json::parse(R"({"claims":[{"value":1200,"source":"official"},{"value":1250,"source":"news"}]})"));
  EXPECT_EQ(f["sources"], json::parse(R"(["official","news"])"));
}

TEST(Checks, BallotSumExceedsCast) {
  const json f = only_finding("check_ballot_sum_exceeds_cast");
  EXPECT_EQ(f["severity"], "error");
  EXPECT_EQ(f["values"], json::parse(R"({"parts":880,"ballots_cast":800})"));
}

TEST(Checks, BallotSumMismatch) {
  const json f = only_finding("check_ballot_sum_mismatch");
  EXPECT_EQ(f["values"], json::parse(R"({"parts":795,"ballots_cast":800})"));
}

TEST(Checks, BlankAndCrossedOutAreParts) {
  test::Files files = with_line(fixture("clean"), "figures.csv", "", "south/c,blank,3,official,");
  json findings = findings_of(files);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0]["code"], "check.ballot_sum_exceeds_cast");
  EXPECT_EQ(findings[0]["values"]["parts"], 1503);
  files = with_line(fixture("clean"), "figures.csv", "", "south/c,crossed_out,2,official,");
  findings = findings_of(files);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0]["values"]["parts"], 1502);
}

TEST(Checks, CastExceedsRegistered) {
  const json f = only_finding("check_cast_exceeds_registered");
  EXPECT_EQ(f["values"], json::parse(R"({"ballots_cast":600,"registered":500})"));
}

TEST(Checks, ChildrenSumMismatch) {
  const json f = only_finding("check_children_sum_mismatch");
  EXPECT_EQ(f["measure"], "against_all");
  EXPECT_EQ(f["values"], json::parse(R"({"parent":185,"children_sum":180})"));
}

TEST(Checks, ChildrenExceedParent) {
  const json f = only_finding("check_children_exceed_parent");
  EXPECT_EQ(f["values"], json::parse(R"({"parent":70,"children_sum":100,"unknown_children":1})"));
}

TEST(Checks, PublishedPctMismatch) {
  const json f = only_finding("check_published_pct_mismatch");
  EXPECT_EQ(f["measure"], "against_all_pct");
  EXPECT_EQ(f["values"]["published"], 6.8);
  EXPECT_DOUBLE_EQ(f["values"]["recomputed"].get<double>(), 100.0 * 70 / 1200);
}

TEST(Checks, PublishedPctAtItsOwnRounding) {
  // 70 of 1200 = 5.8333 %: "5.8" and "6" match (0 decimals: within 0.5), "5.83" matches, "5.84" does not.
  for (const auto& [text, matches] : std::vector<std::pair<std::string, bool>>{
           {"5.8", true}, {"6", true}, {"5.83", true}, {"5.84", false}, {"5.9", false}, {"5", false}}) {
    const test::Files files = with_line(fixture("clean"), "figures.csv", "north,against_all_pct",
                                        "north,against_all_pct," + text + ",official,");
    const json findings = findings_of(files);
    EXPECT_EQ(findings.size(), matches ? 0u : 1u) << text;
  }
}

TEST(Checks, PublishedPctUnverifiable) {
  const json f = only_finding("check_published_pct_unverifiable");
  EXPECT_EQ(f["severity"], "info");
  EXPECT_EQ(f["values"], json::parse(R"({"published":76.7,"missing":["registered"]})"));
}

TEST(Checks, PublishedPctOfZeroVotersIsUnverifiable) {
  const test::Files files = with_line(fixture("zero_voters"), "figures.csv", "", "south/d,against_all_pct,0.0,official,");
  const json findings = findings_of(files);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0]["code"], "check.published_pct_unverifiable");
  EXPECT_EQ(findings[0]["values"]["missing"], json::array());
}

TEST(Checks, PublishedPercentagesThatCannotBothBeRightDisagree) {
  test::Files files = with_line(fixture("clean"), "figures.csv", "", "north,turnout_pct,79.96,news,");
  json compatible = findings_of(files);   // 79.96 rounds to 80.0: no disagreement (but 1200/1500 is 80.00)
  ASSERT_EQ(compatible.size(), 1u);
  EXPECT_EQ(compatible[0]["code"], "check.published_pct_mismatch");
  files = with_line(fixture("clean"), "figures.csv", "", "north,turnout_pct,80.2,news,");
  const json findings = findings_of(files);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0]["code"], "claims.disagree");
  EXPECT_EQ(findings[0]["measure"], "turnout_pct");
  EXPECT_EQ(findings[1]["code"], "check.published_pct_mismatch");
}

TEST(Checks, CandidateCountExceeded) {
  const json f = only_finding("check_candidate_count_exceeded");
  EXPECT_EQ(f["values"], json::parse(R"({"claimed":1,"listed":2})"));
}

TEST(Checks, ElectedNotLeader) {
  const json f = only_finding("check_elected_not_leader");
  EXPECT_TRUE(f["measure"].is_null());
  EXPECT_EQ(f["values"]["elected"], "Габдуллин Ерлан");
  EXPECT_EQ(f["values"]["elected_votes"], 60);
  EXPECT_EQ(f["values"]["leader"], "Васильев Борис");
  EXPECT_EQ(f["values"]["leader_votes"], 300);
}

TEST(Checks, UnitCountMismatch) {
  const json f = only_finding("check_unit_count_mismatch");
  EXPECT_EQ(f["measure"], "contests");
  EXPECT_EQ(f["values"], json::parse(R"({"claimed":5,"listed":4})"));
  const test::Files files = with_line(fixture("clean"), "figures.csv", "land,regions", "land,regions,3,official,");
  const json regions = findings_of(files);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0]["values"], json::parse(R"({"claimed":3,"listed":2})"));
}

TEST(Checks, FindingsAreListedOnTheirUnits) {
  const json result = test::summary(fixture("check_children_sum_mismatch"));
  for (const char* id : {"land", "north", "south"}) {
    EXPECT_EQ(test::unit(result, id)["findings"], json::parse(R"(["F1"])")) << id;
  }
  EXPECT_EQ(test::unit(result, "north/a")["findings"], json::array());
}

TEST(Checks, NumberedInCheckOrder) {
  test::Files files = fixture("check_claims_disagree");
  files = with_line(files, "figures.csv", "land,contests", "land,contests,5,official,");
  files = with_line(files, "figures.csv", "north,against_all_pct", "north,against_all_pct,9.9,official,");
  const json findings = findings_of(files);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0]["code"], "claims.disagree");
  EXPECT_EQ(findings[1]["code"], "check.published_pct_mismatch");
  EXPECT_EQ(findings[2]["code"], "check.unit_count_mismatch");
  EXPECT_EQ(findings[2]["id"], "F3");
}

}  // namespace
}  // namespace against_all
