// The uniform swing: a share of valid votes (candidates + against-all) moved from the candidates,
// in proportion to their votes, to against-all. Exact on known counts; on bounded counts it is
// bounded in share space (the moved votes are a share of the valid votes, and each candidate loses
// the same share of their own votes), so what the bounds settle stays settled where it still can.
#pragma once

#include <cstdint>
#include <vector>

#include "against_all/contest_bounds.hpp"
#include "against_all/count_range.hpp"
#include "against_all/rule.hpp"
#include "against_all/verdict.hpp"

namespace against_all {

// The votes a swing moves: swing × valid votes, rounded down, at most every candidate's vote.
std::int64_t moved_votes(std::int64_t valid_votes, std::int64_t candidates_total, PercentE6 swing_e6);

// Takes `moved` votes from the candidates in proportion to their votes (largest remainder).
std::vector<std::int64_t> take_proportionally(const std::vector<std::int64_t>& votes, std::int64_t moved);

// The verdict on a contest known only by bounds, at a swing: every completion the bounds allow is
// swung exactly in the mind, and the outcome is decided when all of them agree as far as the
// bounds can tell. The candidates' total is split into pieces where the bounds alone leave it
// open, since the leader's and the moved votes both follow it. `whole` is the verdict on the
// unsplit bounds (which conditions stay open, for `missing`).
struct SwungVerdict {
  Verdict verdict;
  Verdict whole;
};
SwungVerdict judge_swung_bounds(const Bounds& bounds, const Candidates& candidates, const CountRange& against_all,
                                const Rule& rule, PercentE6 swing_e6);

}  // namespace against_all
