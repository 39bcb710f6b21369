// What would settle an undecided contest, in numbers (issue 12): for each unknown figure that can
// do it alone, the value at which the rule would decide, found by applying the rule to the contest
// with that figure given (the same exact decision, so at the threshold it is decided and one
// vote past it is not). And the one-line summary of why the open contests are open.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "against_all/contest_counts.hpp"
#include "against_all/decision.hpp"
#include "against_all/rule.hpp"

namespace against_all {

struct ContestTable;

struct Lever {
  std::string figure;       // "invalid" (all invalid ballots), "leader" (the leader's votes), "against_all"
  Outcome outcome = Outcome::valid;   // what the contest would be
  bool at_most = true;      // decided while the figure is at most `votes` (else at least)
  std::int64_t votes = 0;
  std::optional<std::int64_t> ballots_cast;   // for a share of ballots cast, when they are known
  std::optional<PercentE6> assume_percent;    // invalid: the assumption (share of ballots cast) that gives it
};

std::vector<Lever> levers_for(const ContestCounts& counts, const Rule& rule, PercentE6 swing_e6);

// The rule with its invalid-ballot assumption set to `percent`.
Rule assuming_invalid(Rule rule, PercentE6 percent);

// The contest with one figure given (a lever's figure), for applying a threshold.
ContestCounts with_figure(ContestCounts counts, const std::string& figure, std::int64_t value);

struct OpenContest {
  std::size_t index;                     // into the table
  std::vector<std::string> missing;
  std::vector<Lever> levers;
};

// Why the open contests are open: grouped by what is missing (contests with no figure at all
// first, then the largest group first), and what an assumption on invalid ballots would settle.
struct OpenGroup {
  bool no_figures = false;
  std::vector<std::string> missing;
  int contests = 0;
};
struct SettledAt {
  PercentE6 percent = 0;                 // the assumption: invalid ballots at most this share of ballots cast
  int contests = 0;                      // open contests it settles
};
struct InvalidLeverSummary {
  int contests = 0;                      // open contests with an "invalid" lever
  std::optional<PercentE6> up_to_percent;   // the smallest of those levers' assumptions
  std::vector<SettledAt> at;             // at 1, 2 and 5 %
};
struct WhySummary {
  std::size_t undecided = 0;
  std::vector<OpenGroup> groups;
  InvalidLeverSummary invalid_lever;
};
WhySummary why_summary(const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                       const std::vector<OpenContest>& open);

// Contests listed with levers, at most (beyond it only the summary's counts are given).
constexpr std::size_t kMostContestsWithLevers = 20'000;

}  // namespace against_all
