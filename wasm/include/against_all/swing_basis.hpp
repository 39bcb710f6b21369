// What a swing reads of every contest, laid out flat once per session (issue 12, (4)): per contest
// the candidates' votes and total, the leader, the against-all line and the ballots a rule may add
// to it, the ballots cast and registered voters as the bounds give them, and which of these are
// exact. A rule then tells in a few comparisons whether a contest is read exactly, and the swing
// curve runs on these arrays instead of re-deriving each contest's bounds per call.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "against_all/contest_bounds.hpp"
#include "against_all/count_range.hpp"
#include "against_all/decision.hpp"
#include "against_all/rule.hpp"

namespace against_all {

class SwingBasis {
 public:
  SwingBasis() = default;
  explicit SwingBasis(const std::vector<PreparedContest>& prepared);

  std::size_t size() const { return known_.size(); }

  // The counts an exact swing reads, as exact_swing_counts(counts, prepared, rule) gives them:
  // nullopt where the rule does not read contest `i` exactly. The rule's own assumption on
  // invalid ballots narrows the bounds, so such a rule is not answered here (nullopt; ask
  // exact_swing_counts).
  std::optional<ExactSwingCounts> exact_counts(std::size_t i, const Rule& rule) const;

  // Contest `i`'s candidates' votes in list order: [votes(i), votes(i) + vote_count(i)).
  const std::int64_t* votes(std::size_t i) const { return votes_.data() + first_vote_[i]; }
  std::size_t vote_count(std::size_t i) const { return first_vote_[i + 1] - first_vote_[i]; }

 private:
  enum Known : std::uint8_t {
    kConsistent = 1, kComplete = 2, kLine = 4, kBlank = 8, kCrossedOut = 16, kCast = 32, kRegistered = 64,
  };
  static std::uint8_t needed(const Rule& rule);

  std::vector<std::uint8_t> known_;   // Known bits by contest
  std::vector<std::int64_t> total_, line_, blank_, crossed_out_;
  std::vector<CountRange> cast_, registered_;
  std::vector<std::uint32_t> first_vote_;   // by contest, and one past the last
  std::vector<std::int64_t> votes_;
};

}  // namespace against_all
