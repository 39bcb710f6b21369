#include "against_all/swing_basis.hpp"

#include <limits>
#include <stdexcept>

namespace against_all {

SwingBasis::SwingBasis(const std::vector<PreparedContest>& prepared) {
  const std::size_t n = prepared.size();
  known_.reserve(n);
  total_.reserve(n), line_.reserve(n), blank_.reserve(n), crossed_out_.reserve(n);
  cast_.reserve(n), registered_.reserve(n);
  first_vote_.reserve(n + 1);
  first_vote_.push_back(0);
  std::size_t vote_total = 0;
  for (const PreparedContest& p : prepared) vote_total += p.candidates.complete ? p.candidates.known.size() : 0;
  votes_.reserve(vote_total);
  for (const PreparedContest& p : prepared) {
    const Candidates& cand = p.candidates;
    const Bounds& b = p.bounds;
    std::uint8_t known = 0;
    if (b.consistent) known |= kConsistent;
    if (cand.complete) known |= kComplete;
    if (b.line.exact()) known |= kLine;
    if (b.blank.exact()) known |= kBlank;
    if (b.crossed_out.exact()) known |= kCrossedOut;
    if (b.cast.exact()) known |= kCast;
    if (b.registered.exact()) known |= kRegistered;
    known_.push_back(known);
    total_.push_back(cand.known_sum);
    line_.push_back(b.line.lo);
    blank_.push_back(b.blank.lo);
    crossed_out_.push_back(b.crossed_out.lo);
    cast_.push_back(b.cast);
    registered_.push_back(b.registered);
    // Only a complete list is swung exactly; the others keep no votes here.
    if (cand.complete) votes_.insert(votes_.end(), cand.known.begin(), cand.known.end());
    if (votes_.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("swing basis: too many votes");
    first_vote_.push_back(static_cast<std::uint32_t>(votes_.size()));
  }
}

std::uint8_t SwingBasis::needed(const Rule& rule) {
  std::uint8_t need = kConsistent | kComplete | kLine;
  if (rule.blank_as_against_all) need |= kBlank;
  if (rule.crossed_out_as_against_all) need |= kCrossedOut;
  if (rule_reads(rule, Base::ballots_cast)) need |= kCast;
  if (rule_reads(rule, Base::registered)) need |= kRegistered;
  return need;
}

std::optional<ExactSwingCounts> SwingBasis::exact_counts(std::size_t i, const Rule& rule) const {
  const std::uint8_t need = needed(rule);
  if (rule.assume_max_invalid || (known_[i] & need) != need) return std::nullopt;
  // Summed as effective_against_all() sums the ranges (saturating).
  CountRange against_all = exactly(line_[i]);
  if (rule.blank_as_against_all) against_all = add(against_all, exactly(blank_[i]));
  if (rule.crossed_out_as_against_all) against_all = add(against_all, exactly(crossed_out_[i]));
  return ExactSwingCounts{total_[i] + against_all.lo, total_[i], against_all.lo, cast_[i], registered_[i]};
}

}  // namespace against_all
