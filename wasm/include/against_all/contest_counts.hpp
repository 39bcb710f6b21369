// The counts of one contest as the rules engine sees them: each one known or unknown.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace against_all {

using Count = std::optional<std::int64_t>;

struct ContestCounts {
  Count registered;
  Count ballots_cast;   // = candidates' votes + against_all + invalid + blank + crossed_out
  Count invalid;        // invalid ballots not given separately as blank or crossed out
  Count blank;
  Count crossed_out;
  Count against_all;    // the against-all line
  Count valid_votes;    // candidates' votes + against_all
  std::vector<Count> candidate_votes;  // the listed candidates, in list order
  Count candidate_count;               // how many stood, when known (may exceed the list)
  Count candidate_count_at_most;       // else at most this many, when the dataset says so for every contest
};

}  // namespace against_all
