// What a rule decides for one contest, from whatever of its counts are known.
// Unknown counts are bounded, never guessed: a contest is decided when every value the
// bounds allow leads to the same outcome, and "undecided" (with what is missing) otherwise.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "against_all/contest_counts.hpp"
#include "against_all/count_range.hpp"
#include "against_all/rule.hpp"

namespace against_all {

enum class Outcome { valid, void_, runoff, undecided };

struct Distance {
  std::int64_t votes = 0;
  std::optional<bool> within_non_voters;  // new voters only: enough people stayed home
};

// Why a decided contest is decided, in the counts the rule read (issue 12): the condition that
// decided it ("validity" also for a valid contest under a validity rule; "none" when the rule has
// no legal effect) and the ranges it was judged on (exact where lo == hi). `from_pieces`: a swing
// on bounded counts, decided piece by piece of the candidates' total (the ranges are not quoted).
struct Reason {
  std::string check;
  bool fails = false;
  bool from_pieces = false;
  CountRange against_all, leader, candidates_total, cast, registered;
};

struct Decision {
  Outcome outcome = Outcome::undecided;
  std::string decided_by;              // "min_turnout", "validity", "winner_min", or "" (valid)
  std::vector<std::string> missing;    // undecided: the measures whose absence leaves it open
  std::vector<std::string> not_in_data;  // counted ballots the data does not give (blank, crossed_out)
  std::optional<std::size_t> winner;   // index into candidate_votes, when the leader is known
  bool candidates_tied = false;        // two leading candidates with equal votes
  std::optional<std::int64_t> against_all;  // the effective against-all count, when exact
  std::optional<std::int64_t> leader_votes;
  // Decided contests with exact counts: how far from the other outcome.
  // valid: leader → against-all switches, and new against-all voters, that make it fail;
  // void or runoff: against-all → leader switches, and new leader voters, that make it valid.
  std::optional<Distance> switch_distance;
  std::optional<Distance> new_voters_distance;
  std::optional<Reason> reason;        // decided contests
};

// swing_e6: the against-all share of valid votes (candidates + against-all) raised by this many
// points × 10^6, the votes taken from every candidate in proportion to their votes.
Decision decide(const ContestCounts& counts, const Rule& rule, PercentE6 swing_e6 = 0);

// decide(…).outcome, without what a tally does not read (missing, winner, distances): the
// swing curve and preset comparisons call it for every contest many times over.
Outcome decide_outcome(const ContestCounts& counts, const Rule& rule, PercentE6 swing_e6 = 0);

// The same from what prepare_contest() computed once for the contest (the same answer, faster).
struct PreparedContest;
Outcome decide_outcome(const ContestCounts& counts, const PreparedContest& prepared, const Rule& rule,
                       PercentE6 swing_e6 = 0);

// A contest the rule reads exactly (every candidate's votes, the effective against-all, and every
// base the rule reads): a swing then moves whole known votes. Its valid votes (candidates +
// effective against-all), candidates' total, effective against-all, and the ballots cast and
// registered voters as the decision bounds them; nullopt otherwise. The candidates' votes are
// the prepared contest's `candidates.known`, in list order.
struct ExactSwingCounts {
  std::int64_t valid = 0;
  std::int64_t total = 0;
  std::int64_t against_all = 0;
  CountRange cast;
  CountRange registered;
};
// Whether the rule reads this base (a share of it, or a turnout of ballots cast over registered).
bool rule_reads(const Rule& rule, Base base);

std::optional<ExactSwingCounts> exact_swing_counts(const ContestCounts& counts, const PreparedContest& prepared,
                                                   const Rule& rule);

const char* to_string(Outcome outcome);

}  // namespace against_all
