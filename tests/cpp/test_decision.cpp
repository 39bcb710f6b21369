// Each rule on hand-computed contests: ties, zero votes, unknown counts, one candidate,
// blank reclassification, turnout and runoff thresholds, and the distances to the other outcome.
#include <gtest/gtest.h>

#include "against_all/decision.hpp"
#include "against_all/presets.hpp"

namespace against_all {
namespace {

Rule preset_rule(const char* id) {
  const Preset* preset = find_preset(id);
  EXPECT_NE(preset, nullptr) << id;
  return preset ? preset->rule : Rule{};
}

ContestCounts contest(std::vector<Count> votes, Count against_all, Count cast, Count invalid = std::nullopt) {
  ContestCounts c;
  c.candidate_votes = std::move(votes);
  c.candidate_count = static_cast<std::int64_t>(c.candidate_votes.size());
  c.against_all = against_all;
  c.ballots_cast = cast;
  c.invalid = invalid;
  return c;
}

TEST(Decision, StatisticalRuleLeavesEveryKnownContestValid) {
  const Decision d = decide(contest({100, 50}, 400, 560, 10), preset_rule("statistical"));
  EXPECT_EQ(d.outcome, Outcome::valid);
  EXPECT_EQ(d.winner, 0u);
  EXPECT_FALSE(d.switch_distance);  // no count of switches can make it fail
}

TEST(Decision, AgainstAllBeatingTheLeaderVoidsAndSaysHowFarFromValid) {
  const Decision d = decide(contest({100, 50}, 120, 300, 30), preset_rule("beats-leader"));
  EXPECT_EQ(d.outcome, Outcome::void_);
  EXPECT_EQ(d.decided_by, "validity");
  ASSERT_TRUE(d.switch_distance);
  EXPECT_EQ(d.switch_distance->votes, 10);  // 110 against 110: a tie is valid under this rule
  ASSERT_TRUE(d.new_voters_distance);
  EXPECT_EQ(d.new_voters_distance->votes, 20);  // the leader reaches 120
}

TEST(Decision, ValidContestDistancesToFailure) {
  const Decision d = decide(contest({100, 50}, 40, 200, 10), preset_rule("beats-leader"));
  EXPECT_EQ(d.outcome, Outcome::valid);
  ASSERT_TRUE(d.switch_distance);
  EXPECT_EQ(d.switch_distance->votes, 31);  // 71 against 69; at 30 it is 70 against 70
  ASSERT_TRUE(d.new_voters_distance);
  EXPECT_EQ(d.new_voters_distance->votes, 61);
}

TEST(Decision, TiePolicyIsApplied) {
  Rule rule = preset_rule("beats-leader");
  EXPECT_EQ(decide(contest({100, 50}, 100, 250, 0), rule).outcome, Outcome::valid);
  rule.tie = TiePolicy::void_;
  EXPECT_EQ(decide(contest({100, 50}, 100, 250, 0), rule).outcome, Outcome::void_);
}

TEST(Decision, ZeroVotesEverywhereIsATieNotACrash) {
  const Decision d = decide(contest({0, 0}, 0, 0, 0), preset_rule("beats-leader"));
  EXPECT_EQ(d.outcome, Outcome::valid);
  EXPECT_TRUE(d.candidates_tied);
  EXPECT_FALSE(d.winner);
}

TEST(Decision, OneCandidate) {
  EXPECT_EQ(decide(contest({300}, 200, 520, 20), preset_rule("beats-leader")).outcome, Outcome::valid);
  EXPECT_EQ(decide(contest({300}, 301, 620, 19), preset_rule("beats-leader")).outcome, Outcome::void_);
}

TEST(Decision, UnknownCandidateVotesLeaveItUndecidedWithTheReason) {
  ContestCounts c = contest({std::nullopt, std::nullopt, std::nullopt}, 50, 1000);
  const Decision d = decide(c, preset_rule("beats-leader"));
  EXPECT_EQ(d.outcome, Outcome::undecided);
  EXPECT_EQ(d.missing, std::vector<std::string>{"candidate_votes"});
  EXPECT_FALSE(d.winner);
}

TEST(Decision, BoundsDecideWhatTheKnownFiguresSettle) {
  // Two candidates share at most 1000 − 600 votes: against-all beats whoever leads.
  EXPECT_EQ(decide(contest({std::nullopt, std::nullopt}, 600, 1000), preset_rule("beats-leader")).outcome,
            Outcome::void_);
  // Candidates' total known (valid votes 1000 − 200 against all): the leader of 3 has ≥ 267.
  ContestCounts c = contest({std::nullopt, std::nullopt, std::nullopt}, 200, std::nullopt);
  c.valid_votes = 1000;
  const Decision d = decide(c, preset_rule("beats-leader"));
  EXPECT_EQ(d.outcome, Outcome::valid);
  EXPECT_FALSE(d.switch_distance);  // the counts are not exact, so no distance is claimed
}

TEST(Decision, AnAssumptionOnInvalidBallotsIsUsedOnlyWhenStated) {
  ContestCounts c = contest({std::nullopt, std::nullopt, std::nullopt}, 50, 1000);
  Rule rule = preset_rule("beats-leader");
  EXPECT_EQ(decide(c, rule).outcome, Outcome::undecided);
  rule.assume_max_invalid = 5 * kPercentScale;  // candidates then hold ≥ 900, the leader ≥ 300
  EXPECT_EQ(decide(c, rule).outcome, Outcome::valid);
}

TEST(Decision, BlankBallotsCountedAsAgainstAll) {
  ContestCounts c = contest({100, 60}, 50, 300, 30);
  c.blank = 60;
  Rule rule = preset_rule("beats-leader");
  EXPECT_EQ(decide(c, rule).outcome, Outcome::valid);
  rule.blank_as_against_all = true;
  const Decision d = decide(c, rule);
  EXPECT_EQ(d.outcome, Outcome::void_);  // 50 + 60 > 100
  EXPECT_EQ(d.against_all, 110);
  EXPECT_TRUE(d.not_in_data.empty());
}

TEST(Decision, BlankCountingWithoutBlankCountsSaysNotInData) {
  const Decision d = decide(contest({100, 60}, 50, 300), preset_rule("blank-majority"));
  EXPECT_EQ(d.not_in_data, std::vector<std::string>{"blank"});
  // Blank ballots could be anything up to 300 − 160 − 50 = 90: 140 is not a majority over 160.
  EXPECT_EQ(d.outcome, Outcome::valid);
}

TEST(Decision, ColombiaRepeatsWhenBlankVotesAreAnAbsoluteMajority) {
  ContestCounts c = contest({100, 60}, 50, 340, 10);
  c.blank = 120;
  const Decision d = decide(c, preset_rule("blank-majority"));
  EXPECT_EQ(d.outcome, Outcome::void_);  // 170 > 160
  c.blank = 110;
  c.invalid = 20;
  EXPECT_EQ(decide(c, preset_rule("blank-majority")).outcome, Outcome::valid);  // 160 = 160 is no majority
}

TEST(Decision, CrossedOutBallotsCountedAsAgainstAll) {
  ContestCounts c = contest({100, 60}, 50, 300, 30);
  c.crossed_out = 60;
  Rule rule = preset_rule("crossed-out-counts");
  rule.validity = Validity::against_all_beats_leader;
  EXPECT_EQ(decide(c, rule).outcome, Outcome::void_);
}

TEST(Decision, MinimumTurnout) {
  ContestCounts c = contest({150, 80}, 10, 249, 9);
  c.registered = 1000;
  Decision d = decide(c, preset_rule("russia-before-2006"));
  EXPECT_EQ(d.outcome, Outcome::void_);
  EXPECT_EQ(d.decided_by, "min_turnout");
  ASSERT_TRUE(d.new_voters_distance);
  EXPECT_EQ(d.new_voters_distance->votes, 1);
  EXPECT_EQ(d.new_voters_distance->within_non_voters, true);
  EXPECT_FALSE(d.switch_distance);  // switching does not raise turnout
  c = contest({151, 80}, 10, 250, 9);
  c.registered = 1000;
  EXPECT_EQ(decide(c, preset_rule("russia-before-2006")).outcome, Outcome::valid);
}

TEST(Decision, TurnoutUnknownWithoutRegisteredVoters) {
  const Decision d = decide(contest({150, 80}, 10, 249, 9), preset_rule("russia-before-2006"));
  EXPECT_EQ(d.outcome, Outcome::undecided);
  EXPECT_EQ(d.missing, std::vector<std::string>{"registered"});
}

TEST(Decision, RunoffWhenTheWinnerHasNoMoreThanTheThreshold) {
  Rule rule;
  rule.winner_min = Threshold{50 * kPercentScale, Base::ballots_cast};
  Decision d = decide(contest({500, 400}, 50, 1000, 50), rule);
  EXPECT_EQ(d.outcome, Outcome::runoff);
  EXPECT_EQ(d.decided_by, "winner_min");
  ASSERT_TRUE(d.switch_distance);
  EXPECT_EQ(d.switch_distance->votes, 1);  // 501 of 1000 is more than half
  EXPECT_EQ(decide(contest({501, 399}, 50, 1000, 50), rule).outcome, Outcome::valid);
}

TEST(Decision, AgainstAllShareOfABase) {
  Rule rule;
  rule.validity = Validity::against_all_share;
  rule.against_all_share = Threshold{10 * kPercentScale, Base::ballots_cast};
  EXPECT_EQ(decide(contest({600, 290}, 100, 1000, 10), rule).outcome, Outcome::void_);
  EXPECT_EQ(decide(contest({600, 291}, 99, 1000, 10), rule).outcome, Outcome::valid);
  rule.against_all_share.base = Base::valid_votes;  // 99 of 990 is exactly 10 %
  EXPECT_EQ(decide(contest({600, 291}, 99, 1000, 10), rule).outcome, Outcome::void_);
}

TEST(Decision, InconsistentCountsAreNotDecided) {
  const Decision d = decide(contest({600, 500}, 100, 1000), preset_rule("beats-leader"));
  EXPECT_EQ(d.outcome, Outcome::undecided);
  EXPECT_EQ(d.missing, std::vector<std::string>{"consistent_counts"});
}

TEST(Decision, AKnownWinnerStaysNamedUnderASwing) {
  // The winner's 28 232 votes are more than anyone else could have of 33 568 − 7 ballots.
  ContestCounts c;
  c.candidate_votes = {28232, std::nullopt};
  c.against_all = 7;
  c.ballots_cast = 33568;
  for (PercentE6 swing : {PercentE6{0}, 5 * kPercentScale}) {
    const Decision d = decide(c, find_preset("statistical")->rule, swing);
    EXPECT_EQ(d.winner, 0u) << swing;
  }
}

TEST(Decision, SwingMovesVotesFromEveryCandidateInProportion) {
  // 10 points of 1000 ballots = 100 votes: 60 from the leader (600), 40 from the second (400).
  const Rule rule = preset_rule("beats-leader");
  const ContestCounts c = contest({600, 400}, 0, 1000, 0);
  EXPECT_EQ(decide(c, rule, 10 * kPercentScale).against_all, 100);
  EXPECT_EQ(decide(c, rule, 10 * kPercentScale).leader_votes, 540);
  // At 37.5 points: 375 moved, the leader keeps 375: a tie, still valid; one more point voids.
  EXPECT_EQ(decide(c, rule, 37'500'000).outcome, Outcome::valid);
  EXPECT_EQ(decide(c, rule, 38 * kPercentScale).outcome, Outcome::void_);
}

}  // namespace
}  // namespace against_all
