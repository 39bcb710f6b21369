// The checks that say why a rule cannot decide a contest: its counts contradict each other.
// Each finding names the contest and gives the numbers (docs/engine-api.md, "Findings").
#pragma once

#include <vector>

#include "against_all/checks.hpp"

namespace against_all {

// check.valid_votes_exclude_against_all: candidates + against all exceed valid votes by exactly
//   the against-all count (the file's valid votes leave it out);
// check.valid_votes_mismatch: candidates + against all differ from valid votes otherwise;
// check.counts_contradict: any other contest whose known counts cannot all hold (the bounds of
//   contest_bounds.hpp are empty) and that no error finding above already names.
// `earlier`: the findings run_checks made so far. Ids are left empty (run_checks numbers them).
std::vector<Finding> contest_sum_findings(const Dataset& dataset, const Figures& figures,
                                          const std::vector<Finding>& earlier);

}  // namespace against_all
