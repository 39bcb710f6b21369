// A contest's candidate list: is it complete, and who leads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "against_all/dataset.hpp"

namespace against_all {

enum class CandidateList { complete, partial, none };

const char* to_string(CandidateList list);

// Complete when the candidate count is known and exactly that many rows are listed, every one
// with known votes.
CandidateList candidate_list(const Dataset& dataset, int contest, std::optional<std::int64_t> candidate_count);

// Sum of the listed candidates' known votes (0 when none are known).
std::int64_t known_votes(const Dataset& dataset, int contest);

struct Leader {
  int candidate = 0;        // index into Dataset::candidates
  std::int64_t votes = 0;
  std::string basis;        // "most_votes" (complete list) or "elected"
};

// Complete list: the most votes (a tie goes to the elected candidate, else the first listed).
// Otherwise the elected candidate when its votes are known; else none.
std::optional<Leader> leader_of(const Dataset& dataset, int contest, CandidateList list);

}  // namespace against_all
