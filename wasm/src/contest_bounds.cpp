#include "against_all/contest_bounds.hpp"

#include <algorithm>

namespace against_all {

Candidates read_candidates(const ContestCounts& c, bool with_votes) {
  Candidates out;
  if (with_votes) out.known.reserve(c.candidate_votes.size());
  std::size_t unknown_listed = 0;
  out.first_unknown = c.candidate_votes.size();
  for (const Count& v : c.candidate_votes) {
    if (!v && unknown_listed == 0) out.first_unknown = static_cast<std::size_t>(&v - c.candidate_votes.data());
    if (v) {
      ++out.known_count;
      if (with_votes) out.known.push_back(*v);
      out.known_sum += *v;
      out.known_max = std::max(out.known_max, *v);
    } else {
      ++unknown_listed;
    }
  }
  const auto listed = static_cast<std::int64_t>(c.candidate_votes.size());
  if (c.candidate_count) out.count = std::max(*c.candidate_count, listed);
  out.count_at_most = out.count;
  if (!out.count && c.candidate_count_at_most) out.count_at_most = std::max(*c.candidate_count_at_most, listed);
  out.complete = out.count && unknown_listed == 0 && *out.count == listed;
  return out;
}

Bounds bound_counts(const ContestCounts& c, const Candidates& cand, std::optional<PercentE6> assume_max_invalid) {
  Bounds b;
  b.registered = range_of(c.registered);
  b.cast = range_of(c.ballots_cast);
  b.line = range_of(c.against_all);
  b.invalid = range_of(c.invalid);
  b.blank = range_of(c.blank);
  b.crossed_out = range_of(c.crossed_out);
  b.total = cand.complete ? exactly(cand.known_sum) : CountRange{cand.known_sum, kUnbounded};
  const CountRange valid = range_of(c.valid_votes);
  for (int pass = 0; pass < 4; ++pass) {
    CountRange others = add(add(b.invalid, b.blank), b.crossed_out);
    if (assume_max_invalid) {
      // Invalid ballots of every kind are at most the stated share of ballots cast.
      const std::int64_t cap = b.cast.hi >= kUnbounded
                                   ? kUnbounded
                                   : static_cast<std::int64_t>(times_percent(b.cast.hi, *assume_max_invalid) /
                                                               kHundredPercent);
      others.hi = std::min(others.hi, std::max(others.lo, cap));
      b.invalid.hi = std::min(b.invalid.hi, others.hi);
      b.blank.hi = std::min(b.blank.hi, others.hi);
      b.crossed_out.hi = std::min(b.crossed_out.hi, others.hi);
    }
    b.cast = intersect(b.cast, add(add(b.total, b.line), others));
    b.cast.hi = std::min(b.cast.hi, b.registered.hi);
    b.registered.lo = std::max(b.registered.lo, b.cast.lo);
    b.total = intersect(b.total, subtract(subtract(b.cast, b.line), others));
    b.line = intersect(b.line, subtract(subtract(b.cast, b.total), others));
    b.invalid = intersect(b.invalid, subtract(subtract(subtract(b.cast, b.total), b.line), add(b.blank, b.crossed_out)));
    b.blank = intersect(b.blank, subtract(subtract(subtract(b.cast, b.total), b.line), add(b.invalid, b.crossed_out)));
    b.crossed_out = intersect(b.crossed_out, subtract(subtract(subtract(b.cast, b.total), b.line), add(b.invalid, b.blank)));
    if (c.valid_votes) {
      b.total = intersect(b.total, subtract(valid, b.line));
      b.line = intersect(b.line, subtract(valid, b.total));
    }
  }
  for (const CountRange* r : {&b.registered, &b.cast, &b.total, &b.line, &b.invalid, &b.blank, &b.crossed_out})
    if (r->lo > r->hi) b.consistent = false;

  if (cand.complete) {
    b.leader = exactly(cand.known_max);
  } else {
    b.leader.lo = cand.known_max;
    if (cand.count_at_most && *cand.count_at_most > 0)
      b.leader.lo = std::max(b.leader.lo, ceil_div(b.total.lo, *cand.count_at_most));
    // A candidate without a known count could hold everything the known ones leave.
    b.leader.hi = std::max(cand.known_max, subtract(b.total, exactly(cand.known_sum)).hi);
    b.leader.hi = std::min(b.leader.hi, b.total.hi);
    if (b.leader.lo > b.leader.hi) b.consistent = false;
  }
  return b;
}

PreparedContest prepare_contest(const ContestCounts& counts) {
  PreparedContest prepared;
  prepared.candidates = read_candidates(counts, true);
  prepared.bounds = bound_counts(counts, prepared.candidates, std::nullopt);
  return prepared;
}

}  // namespace against_all
