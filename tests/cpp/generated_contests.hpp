// Generated contests for the property tests (decisions, swings, thresholds, the swing curve): a
// small deterministic generator (std distributions differ between standard libraries), an exact
// contest of a given shape, the same contest with some figures hidden, and the rules the
// properties are checked under.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "against_all/contest_counts.hpp"
#include "against_all/presets.hpp"
#include "against_all/rule.hpp"

namespace against_all::test {

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

// How big a generated contest's figures are: each is drawn below its bound.
struct ContestShape {
  std::int64_t max_candidates;
  std::function<std::int64_t(Generator&)> candidate_votes;  // one candidate's votes (5 % of them get 0)
  std::int64_t against_all;                                 // 10 % of contests get 0
  std::int64_t each_unused_ballot_kind;                     // invalid, blank, crossed out
  std::int64_t stayed_home;                                 // registered minus ballots cast
};

// An exact contest: every figure known, and ballots cast, valid votes, registered consistent.
inline ContestCounts exact_contest(Generator& g, const ContestShape& shape) {
  ContestCounts c;
  const std::int64_t k = 1 + g.below(shape.max_candidates);
  std::int64_t total = 0;
  for (std::int64_t i = 0; i < k; ++i) {
    const std::int64_t v = g.chance(5) ? 0 : shape.candidate_votes(g);
    c.candidate_votes.push_back(v);
    total += v;
  }
  c.candidate_count = k;
  c.against_all = g.chance(10) ? 0 : g.below(shape.against_all);
  c.invalid = g.below(shape.each_unused_ballot_kind);
  c.blank = g.below(shape.each_unused_ballot_kind);
  c.crossed_out = g.below(shape.each_unused_ballot_kind);
  c.ballots_cast = total + *c.against_all + *c.invalid + *c.blank + *c.crossed_out;
  c.valid_votes = total + *c.against_all;
  c.registered = *c.ballots_cast + g.below(shape.stayed_home);
  return c;
}

// The same contest with each figure (and the number of candidates) hidden by chance.
inline ContestCounts hide_some(ContestCounts c, Generator& g, int percent) {
  for (Count* field : {&c.registered, &c.ballots_cast, &c.invalid, &c.blank, &c.crossed_out, &c.against_all,
                       &c.valid_votes})
    if (g.chance(percent)) field->reset();
  for (Count& v : c.candidate_votes)
    if (g.chance(percent)) v.reset();
  if (g.chance(20)) c.candidate_count.reset();
  return c;
}

inline std::vector<Rule> preset_rules() {
  std::vector<Rule> rules;
  for (const Preset& p : presets()) rules.push_back(p.rule);
  return rules;
}

// Against all ≥ 15 % of valid votes voids; the winner needs half the ballots cast.
inline Rule share_of_valid_rule() {
  Rule share;
  share.validity = Validity::against_all_share;
  share.against_all_share = Threshold{15 * kPercentScale, Base::valid_votes};
  share.winner_min = Threshold{50 * kPercentScale, Base::ballots_cast};
  return share;
}

// Against all ≥ 5 % of ballots cast voids.
inline Rule share_of_cast_rule() {
  Rule of_cast;
  of_cast.validity = Validity::against_all_share;
  of_cast.against_all_share = Threshold{5 * kPercentScale, Base::ballots_cast};
  return of_cast;
}

// "Beats the leader" with a tie voiding, a 40 % turnout minimum and blank ballots counted as against all.
inline Rule strict_beats_leader_rule() {
  Rule strict = find_preset("beats-leader")->rule;
  strict.tie = TiePolicy::void_;
  strict.min_turnout = 40 * kPercentScale;
  strict.blank_as_against_all = true;
  return strict;
}

// "Beats the leader" with a runoff below 40 % of valid votes.
inline Rule beats_leader_with_runoff_rule() {
  Rule runoff = find_preset("beats-leader")->rule;
  runoff.winner_min = Threshold{40 * kPercentScale, Base::valid_votes};
  return runoff;
}

}  // namespace against_all::test
