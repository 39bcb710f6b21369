// Issue 12, (1): a contest decided from bounds stays decided under a swing wherever the bounds
// still settle it. Soundness: what the bounds decide at a swing is the outcome of the exact contest
// behind them. Completeness where it can be checked by enumeration: when every contest the known
// figures allow has one outcome at a swing, the bounds decide it.
#include <gtest/gtest.h>

#include <cstdint>
#include <set>

#include "against_all/decision.hpp"
#include "against_all/presets.hpp"

namespace against_all {
namespace {

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    state_ += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::int64_t below(std::int64_t n) { return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

ContestCounts exact_contest(Generator& g, std::int64_t scale) {
  ContestCounts c;
  const std::int64_t k = 1 + g.below(4);
  std::int64_t total = 0;
  for (std::int64_t i = 0; i < k; ++i) {
    const std::int64_t v = g.chance(5) ? 0 : g.below(scale);
    c.candidate_votes.push_back(v);
    total += v;
  }
  c.candidate_count = k;
  c.against_all = g.chance(10) ? 0 : g.below(scale * 3 / 5 + 1);
  c.invalid = g.below(scale / 15 + 1);
  c.blank = g.below(scale / 15 + 1);
  c.crossed_out = g.below(scale / 15 + 1);
  c.ballots_cast = total + *c.against_all + *c.invalid + *c.blank + *c.crossed_out;
  c.valid_votes = total + *c.against_all;
  c.registered = *c.ballots_cast + g.below(scale * 4);
  return c;
}

ContestCounts hide_some(ContestCounts c, Generator& g) {
  for (Count* field : {&c.registered, &c.ballots_cast, &c.invalid, &c.blank, &c.crossed_out, &c.against_all,
                       &c.valid_votes})
    if (g.chance(35)) field->reset();
  for (Count& v : c.candidate_votes)
    if (g.chance(35)) v.reset();
  if (g.chance(20)) c.candidate_count.reset();
  return c;
}

std::vector<Rule> rules_to_check() {
  std::vector<Rule> rules;
  for (const Preset& p : presets()) rules.push_back(p.rule);
  Rule share;
  share.validity = Validity::against_all_share;
  share.against_all_share = Threshold{15 * kPercentScale, Base::valid_votes};
  share.winner_min = Threshold{50 * kPercentScale, Base::ballots_cast};
  rules.push_back(share);
  Rule of_cast;
  of_cast.validity = Validity::against_all_share;
  of_cast.against_all_share = Threshold{5 * kPercentScale, Base::ballots_cast};
  rules.push_back(of_cast);
  Rule strict = find_preset("beats-leader")->rule;
  strict.tie = TiePolicy::void_;
  strict.min_turnout = 40 * kPercentScale;
  strict.blank_as_against_all = true;
  rules.push_back(strict);
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
