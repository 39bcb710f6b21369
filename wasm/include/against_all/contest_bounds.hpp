// Bounds on a contest's counts: what the known figures allow for the unknown ones
// (ballots cast = candidates + against-all + invalid + blank + crossed-out; valid votes =
// candidates + against-all; ballots cast ≤ registered; the leader of k candidates has ≥ 1/k).
// They do not depend on the rule, except through the user's assumption on invalid ballots, so a
// session computes them once for every contest (PreparedContest).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "against_all/contest_counts.hpp"
#include "against_all/count_range.hpp"
#include "against_all/rule.hpp"

namespace against_all {

struct Candidates {
  std::vector<std::int64_t> known;       // votes of listed candidates whose votes are known
  bool complete = false;                 // every candidate who stood is listed with votes
  std::optional<std::int64_t> count;     // how many stood, when known
  std::optional<std::int64_t> count_at_most;  // how many stood at most: `count`, or the dataset's bound

  std::int64_t known_sum = 0;
  std::int64_t known_max = 0;
  std::size_t known_count = 0;           // listed candidates whose votes are known
  std::size_t first_unknown = 0;         // list position of the first one without votes (or the list's size)
};

// `with_votes`: also keep each known vote (only a swing or a distance needs them).
Candidates read_candidates(const ContestCounts& c, bool with_votes);

struct Bounds {
  CountRange registered, cast, total, line, invalid, blank, crossed_out, leader;
  bool consistent = true;
};

// Narrows every range by the identities above, and by the user's assumption when given.
Bounds bound_counts(const ContestCounts& c, const Candidates& cand, std::optional<PercentE6> assume_max_invalid);

// What no rule setting changes, computed once a contest (the bounds under no assumption).
struct PreparedContest {
  Candidates candidates;
  Bounds bounds;
};

PreparedContest prepare_contest(const ContestCounts& counts);

}  // namespace against_all
