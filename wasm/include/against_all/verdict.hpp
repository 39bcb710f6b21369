// The rule's conditions judged on bounded counts: each condition holds (yes), fails (no) or
// depends on the unknown figures (maybe), and the outcome is decided when exactly one is possible.
#pragma once

#include <array>

#include "against_all/count_range.hpp"
#include "against_all/decision.hpp"
#include "against_all/rule.hpp"

namespace against_all {

enum class Tri { no, maybe, yes };

// What the rule's conditions read, each bounded.
struct State {
  CountRange registered;
  CountRange cast;
  CountRange candidates_total;
  CountRange against_all;  // effective: the line plus the ballots the rule counts as against all
  CountRange leader;
};

struct Verdict {
  Outcome outcome = Outcome::undecided;
  const char* decided_by = "";
  std::array<Tri, 3> conditions{};  // min_turnout, validity, winner_min
};

// Every outcome the bounds allow; decided when they all agree.
Verdict judge(const State& state, const Rule& rule);

// The same condition checks, one at a time (the reasons quote them).
Tri turnout_fails(const State& state, const Rule& rule);
Tri validity_fails(const State& state, const Rule& rule);
Tri runoff_needed(const State& state, const Rule& rule);

CountRange base_range(const State& state, Base base);

}  // namespace against_all
