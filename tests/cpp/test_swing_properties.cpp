// Issue 12, (1): a contest decided from bounds stays decided under a swing wherever the bounds
// still settle it. Soundness: what the bounds decide at a swing is the outcome of the exact contest
// behind them. Completeness where it can be checked by enumeration: when every contest the known
// figures allow has one outcome at a swing, the bounds decide it.
#include <gtest/gtest.h>

#include <cstdint>
#include <set>

#include "against_all/decision.hpp"
#include "against_all/presets.hpp"
#include "generated_contests.hpp"

namespace against_all {
namespace {

using test::Generator;

ContestCounts exact_contest(Generator& g, std::int64_t scale) {
  const test::ContestShape shape{4, [scale](Generator& gen) { return gen.below(scale); }, scale * 3 / 5 + 1,
                                 scale / 15 + 1, scale * 4};
  return test::exact_contest(g, shape);
}
ContestCounts hide_some(ContestCounts c, Generator& g) { return test::hide_some(std::move(c), g, 35); }

std::vector<Rule> rules_to_check() {
  std::vector<Rule> rules = test::preset_rules();
  rules.push_back(test::share_of_valid_rule());
  rules.push_back(test::share_of_cast_rule());
  rules.push_back(test::strict_beats_leader_rule());
  return rules;
}

const PercentE6 kSwings[] = {kPercentScale / 2, 2 * kPercentScale, 5 * kPercentScale, 7'250'000,
                             15 * kPercentScale, 24 * kPercentScale, 30 * kPercentScale};

TEST(SwingProperties, WhatTheBoundsDecideAtASwingIsTheExactOutcome) {
  Generator g(12);
  int decided = 0;
  for (int i = 0; i < 2500; ++i) {
    const ContestCounts full = exact_contest(g, i % 2 ? 5000 : 60);
    const ContestCounts partial = hide_some(full, g);
    for (const Rule& rule : rules_to_check())
      for (PercentE6 swing : kSwings) {
        const Outcome bounded = decide_outcome(partial, rule, swing);
        if (bounded == Outcome::undecided) continue;
        ++decided;
        ASSERT_EQ(bounded, decide(full, rule, swing).outcome)
            << "contest " << i << " rule " << rule.preset << " swing " << swing;
        ASSERT_EQ(bounded, decide(partial, rule, swing).outcome);
      }
  }
  EXPECT_GT(decided, 20000);
}

// A contest with one candidate's votes unknown and ballots cast known (so every contest the
// figures allow can be listed: the unknown votes run from 0 to what the ballots leave).
struct Family {
  ContestCounts partial;
  std::size_t hidden = 0;
  std::int64_t room = 0;   // the most the hidden candidate can have
};

Family one_unknown_candidate(Generator& g) {
  Family f;
  ContestCounts c;
  const std::int64_t k = 2 + g.below(2);
  std::int64_t total = 0;
  for (std::int64_t i = 0; i < k; ++i) {
    c.candidate_votes.push_back(g.below(400));
    total += *c.candidate_votes.back();
  }
  c.candidate_count = k;
  c.against_all = g.below(150);
  const std::int64_t invalid = g.below(120);
  c.ballots_cast = total + *c.against_all + invalid;
  c.registered = *c.ballots_cast + g.below(300);
  f.hidden = static_cast<std::size_t>(g.below(k));
  f.room = *c.ballots_cast - (total - *c.candidate_votes[f.hidden]) - *c.against_all;
  c.candidate_votes[f.hidden].reset();
  f.partial = c;
  return f;
}

std::set<Outcome> allowed_outcomes(const Family& f, const Rule& rule, PercentE6 swing) {
  std::set<Outcome> seen;
  for (std::int64_t v = 0; v <= f.room; ++v) {
    ContestCounts c = f.partial;
    c.candidate_votes[f.hidden] = v;
    seen.insert(decide(c, rule, swing).outcome);
    if (seen.size() > 1) break;
  }
  return seen;
}

TEST(SwingProperties, DecidedAtNoSwingStaysDecidedWhereEveryAllowedContestAgrees) {
  Generator g(1212);
  std::vector<Rule> rules;
  for (const char* id : {"beats-leader", "blank-majority", "russia-before-2006"}) rules.push_back(find_preset(id)->rule);
  rules.push_back(rules_to_check()[6]);   // against-all ≥ 5 % of ballots cast
  int checked = 0;
  for (int i = 0; i < 160; ++i) {
    const Family f = one_unknown_candidate(g);
    for (const Rule& rule : rules) {
      if (decide_outcome(f.partial, rule, 0) == Outcome::undecided) continue;
      for (PercentE6 swing : kSwings) {
        const std::set<Outcome> allowed = allowed_outcomes(f, rule, swing);
        if (allowed.size() != 1) continue;
        ++checked;
        ASSERT_EQ(decide_outcome(f.partial, rule, swing), *allowed.begin())
            << "contest " << i << " rule " << rule.preset << " swing " << swing;
      }
    }
  }
  EXPECT_GT(checked, 500);
}

// The bundled contests decided at no swing under beats-the-leader stay decided up to +20 points.
TEST(SwingProperties, APartialListWithAKnownAgainstAllStaysValidUnderBeatsTheLeader) {
  ContestCounts karatobe;   // West Kazakhstan, Karatobe: two of three candidates' votes, against-all 115
  karatobe.candidate_votes = {4329, 557, std::nullopt};
  karatobe.candidate_count = 3;
  karatobe.against_all = 115;
  const Rule rule = find_preset("beats-leader")->rule;
  for (PercentE6 swing = 0; swing <= 20 * kPercentScale; swing += kPercentScale / 2)
    EXPECT_EQ(decide(karatobe, rule, swing).outcome, Outcome::valid) << swing;
  // Past 25 points three equal candidates would each keep less than against-all gains.
  EXPECT_EQ(decide(karatobe, rule, 26 * kPercentScale).outcome, Outcome::undecided);
}

}  // namespace
}  // namespace against_all
