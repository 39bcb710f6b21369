// A contest known exactly under a swing (issue 12, (4)): its state after m votes moved, and the
// moved votes at which its outcome can change, in closed form per rule. Each condition of the
// rule is monotone in m or, for the runoff, leaves the leader within one vote of L·(t − m)/t, so
// the changes lie at one solved boundary (validity) and in one short window (runoff, at most
// 2·t/L + 2 votes wide); each is then confirmed with the decision's own judge() on the exact state.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "against_all/decision.hpp"
#include "against_all/rule.hpp"
#include "against_all/verdict.hpp"

namespace against_all {

class ExactSwing {
 public:
  // `votes`: every candidate's votes in list order (the largest remainder breaks ties by it), kept
  // by pointer: they must outlive this.
  ExactSwing(const std::int64_t* votes, std::size_t count, const ExactSwingCounts& counts);

  // The leader's votes after `moved` votes were taken from the candidates in proportion
  // (take_proportionally's largest remainder, without building the new votes).
  std::int64_t leader_after(std::int64_t moved) const;
  State state_at(std::int64_t moved) const;
  // The same with the leader only bracketed, within one vote (no remainder computed).
  State bracketed_at(std::int64_t moved) const;

  // Calls step(moved, from, to) at each moved-vote count in (0, most_moved] where the outcome
  // changes (from the one just before it), in increasing order; returns the outcome at 0.
  template <typename Step>
  Outcome for_each_change(const Rule& rule, std::int64_t most_moved, Step step) const;

 private:
  Outcome outcome_at(const Rule& rule, std::int64_t moved) const { return settled(bracketed_at(moved), rule, moved); }
  // The outcome on a state whose leader may be bracketed: judge() on the bracket where it decides
  // (then every leader in it, the exact one too, gives that outcome), else on the exact leader.
  Outcome settled(State state, const Rule& rule, std::int64_t moved) const;
  // The moved votes from which validity fails, if it starts to in (0, most_moved] (else 0), and
  // the state there (its leader maybe only bracketed).
  struct Boundary {
    std::int64_t moved = 0;
    State state;
  };
  Boundary validity_boundary(const Rule& rule, std::int64_t most_moved) const;
  // The moved votes where the runoff condition may change: [first, last]; constant outside.
  void runoff_window(const Rule& rule, std::int64_t& first, std::int64_t& last) const;

  const std::int64_t* votes_;
  std::size_t count_;
  ExactSwingCounts counts_;
  std::int64_t leader_ = 0;
  bool narrow_ = true;   // every product of two counts fits in 64 bits
};

template <typename Step>
Outcome ExactSwing::for_each_change(const Rule& rule, std::int64_t most_moved, Step step) const {
  const State at_start = state_at(0);
  Outcome current = judge(at_start, rule).outcome;
  if (most_moved <= 0 || turnout_fails(at_start, rule) == Tri::yes) return current;
  const Boundary validity = validity_boundary(rule, most_moved);
  const std::int64_t boundary = validity.moved;   // 0: none
  std::int64_t first = 1, last = 0;
  if (rule.winner_min) runoff_window(rule, first, last);
  first = std::max<std::int64_t>(first, 1);
  last = std::min(last, most_moved);
  const Outcome at_zero = current;
  auto judged = [&](std::int64_t m, Outcome here) {
    if (here != current) step(m, current, here), current = here;
  };
  auto visit = [&](std::int64_t m) { judged(m, outcome_at(rule, m)); };
  auto visit_boundary = [&] { judged(boundary, settled(validity.state, rule, boundary)); };
  bool boundary_seen = boundary == 0;
  for (std::int64_t m = first; m <= last; ++m) {
    if (!boundary_seen && boundary <= m) {
      if (boundary < m) visit_boundary();
      boundary_seen = true;
    }
    visit(m);
  }
  if (!boundary_seen) visit_boundary();
  return at_zero;
}

}  // namespace against_all
