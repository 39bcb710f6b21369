// Properties over many generated contests: the bounds never contradict the exact counts,
// more against-all never rescues a failed election, distances are exact, swing curves rise.
#include <gtest/gtest.h>

#include <cstdint>

#include "against_all/contest_bounds.hpp"
#include "against_all/decision.hpp"
#include "against_all/presets.hpp"
#include "generated_contests.hpp"

namespace against_all {
namespace {

using test::Generator;

const test::ContestShape kShape{4, [](Generator& g) { return g.below(5000); }, 3000, 300, 20000};

ContestCounts exact_contest(Generator& g) { return test::exact_contest(g, kShape); }
ContestCounts hide_some(ContestCounts c, Generator& g) { return test::hide_some(std::move(c), g, 35); }

std::vector<Rule> rules_to_check() {
  std::vector<Rule> rules = test::preset_rules();
  rules.push_back(test::share_of_valid_rule());
  rules.push_back(test::strict_beats_leader_rule());
  return rules;
}

TEST(DecisionProperties, BoundsNeverContradictTheExactCounts) {
  Generator g(1);
  int decided_from_bounds = 0;
  for (int i = 0; i < 4000; ++i) {
    const ContestCounts full = exact_contest(g);
    const ContestCounts partial = hide_some(full, g);
    for (const Rule& rule : rules_to_check()) {
      const Decision bounded = decide(partial, rule);
      if (bounded.outcome == Outcome::undecided) continue;
      ++decided_from_bounds;
      ASSERT_EQ(bounded.outcome, decide(full, rule).outcome) << "contest " << i << " rule " << rule.preset;
    }
  }
  EXPECT_GT(decided_from_bounds, 1000);
}

TEST(DecisionProperties, MoreAgainstAllNeverTurnsAFailedElectionValid) {
  Generator g(2);
  const Rule rule = find_preset("beats-leader")->rule;
  for (int i = 0; i < 3000; ++i) {
    ContestCounts c = hide_some(exact_contest(g), g);
    const Decision before = decide(c, rule);
    if (before.outcome != Outcome::void_) continue;
    const std::int64_t extra = 1 + g.below(500);
    if (c.against_all) *c.against_all += extra;
    if (c.ballots_cast) *c.ballots_cast += extra;
    if (c.valid_votes) *c.valid_votes += extra;
    if (c.registered) *c.registered += extra;
    ASSERT_NE(decide(c, rule).outcome, Outcome::valid) << "contest " << i;
  }
}

TEST(DecisionProperties, DistancesAreExact) {
  Generator g(3);
  int checked = 0;
  for (int i = 0; i < 1500; ++i) {
    const ContestCounts c = exact_contest(g);
    for (const Rule& rule : rules_to_check()) {
      const Decision d = decide(c, rule);
      ASSERT_NE(d.outcome, Outcome::undecided);
      const bool to_fail = d.outcome == Outcome::valid;
      std::size_t leader = 0;
      for (std::size_t j = 0; j < c.candidate_votes.size(); ++j)
        if (*c.candidate_votes[j] > *c.candidate_votes[leader]) leader = j;
      // Rules that count blank or crossed-out ballots move line votes only: compare like with like.
      auto switched = [&](std::int64_t s) {
        ContestCounts m = c;
        *m.candidate_votes[leader] += to_fail ? -s : s;
        *m.against_all += to_fail ? s : -s;
        return decide(m, rule).outcome;
      };
      auto arrived = [&](std::int64_t n) {
        ContestCounts m = c;
        *(to_fail ? m.against_all : m.candidate_votes[leader]) += n;
        *m.ballots_cast += n;
        *m.valid_votes += n;
        *m.registered = std::max(*m.registered, *m.ballots_cast);
        return decide(m, rule).outcome;
      };
      const std::int64_t line = *c.against_all;
      const std::int64_t effective = d.against_all.value_or(line);
      if (d.switch_distance && (to_fail || d.switch_distance->votes <= line) && effective == line) {
        ++checked;
        ASSERT_NE(switched(d.switch_distance->votes), d.outcome) << i;
        ASSERT_EQ(switched(d.switch_distance->votes - 1), d.outcome) << i;
      }
      if (d.new_voters_distance) {
        ++checked;
        ASSERT_NE(arrived(d.new_voters_distance->votes), d.outcome) << i;
        ASSERT_EQ(arrived(d.new_voters_distance->votes - 1), d.outcome) << i;
      }
    }
  }
  EXPECT_GT(checked, 3000);
}

TEST(DecisionProperties, APreparedContestDecidesExactlyAsAFreshOne) {
  Generator g(5);
  std::vector<Rule> rules = rules_to_check();
  Rule assuming = find_preset("beats-leader")->rule;
  assuming.assume_max_invalid = 4 * kPercentScale;
  rules.push_back(assuming);
  for (int i = 0; i < 2000; ++i) {
    const ContestCounts c = hide_some(exact_contest(g), g);
    const PreparedContest prepared = prepare_contest(c);
    for (const Rule& rule : rules)
      for (PercentE6 swing : {PercentE6{0}, 7 * kPercentScale})
        ASSERT_EQ(decide_outcome(c, prepared, rule, swing), decide(c, rule, swing).outcome) << i << " " << rule.preset;
  }
}

TEST(DecisionProperties, SwingCurveNeverFallsUnderBeatsTheLeader) {
  Generator g(4);
  const Rule rule = find_preset("beats-leader")->rule;
  std::vector<ContestCounts> contests;
  for (int i = 0; i < 400; ++i) {
    ContestCounts c = exact_contest(g);
    contests.push_back(g.chance(50) ? hide_some(c, g) : c);
  }
  int previous = -1;
  for (PercentE6 swing = 0; swing <= 30 * kPercentScale; swing += kPercentScale / 2) {
    int voided = 0;
    for (const ContestCounts& c : contests) voided += decide(c, rule, swing).outcome == Outcome::void_ ? 1 : 0;
    ASSERT_GE(voided, previous) << "at swing " << swing;
    previous = voided;
  }
  EXPECT_GT(previous, 0);
}

}  // namespace
}  // namespace against_all
