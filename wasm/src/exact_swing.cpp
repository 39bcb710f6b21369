#include "against_all/exact_swing.hpp"

#include <algorithm>
#include <cstdlib>

namespace against_all {
namespace {

using Wide = WideCount;

// Below it the product of two counts fits in 64 bits (3·10^9 squared < 2^63): 64-bit products and
// divisions are much cheaper than 128-bit ones in wasm.
constexpr std::int64_t kNarrow = 3'000'000'000;

// ⌊x·y / d⌋ for d > 0 and x·y of any sign.
std::int64_t mul_floor_div(std::int64_t x, std::int64_t y, std::int64_t d) {
  if (std::llabs(x) < kNarrow && std::llabs(y) < kNarrow) {
    const std::int64_t n = x * y;
    return n / d - ((n % d != 0 && n < 0) ? 1 : 0);
  }
  const Wide n = Wide(x) * y;
  const Wide q = n / d - ((n % d != 0 && n < 0) ? 1 : 0);
  return static_cast<std::int64_t>(std::clamp<Wide>(q, -kUnbounded, kUnbounded));
}

std::int64_t mul_ceil_div(std::int64_t x, std::int64_t y, std::int64_t d) { return -mul_floor_div(-x, y, d); }

}  // namespace

ExactSwing::ExactSwing(const std::int64_t* votes, std::size_t count, const ExactSwingCounts& counts)
    : votes_(votes), count_(count), counts_(counts) {
  for (std::size_t i = 0; i < count; ++i) leader_ = std::max(leader_, votes[i]);
  narrow_ = counts.total < kNarrow;
}

std::int64_t ExactSwing::leader_after(std::int64_t moved) const {
  const std::int64_t t = counts_.total;
  if (moved <= 0 || t <= 0) return leader_;
  // Candidate i keeps v − ⌊m·v/t⌋, less one more vote when its remainder m·v mod t is among the r
  // largest (ties: earlier in the list first), r = m − Σ⌊m·v/t⌋.
  auto split = [&](std::int64_t v, std::int64_t& whole, std::int64_t& rem) {
    if (narrow_) {   // one division: the remainder from the quotient
      const std::int64_t share = moved * v;
      whole = share / t, rem = share - whole * t;
    } else {
      const Wide share = Wide(moved) * v;
      whole = static_cast<std::int64_t>(share / t), rem = static_cast<std::int64_t>(share - Wide(whole) * t);
    }
  };
  // Each share once: on the stack for the usual few candidates, else computed again when asked.
  constexpr std::size_t kKept = 32;
  std::int64_t kept_whole[kKept], kept_rem[kKept];
  const std::size_t k = count_;
  auto share_of = [&](std::size_t j, std::int64_t& whole, std::int64_t& rem) {
    if (j < kKept) whole = kept_whole[j], rem = kept_rem[j];
    else split(votes_[j], whole, rem);
  };
  std::int64_t taken = 0, best = 0;
  for (std::size_t i = 0; i < k; ++i) {
    std::int64_t whole = 0, rem = 0;
    split(votes_[i], whole, rem);
    if (i < kKept) kept_whole[i] = whole, kept_rem[i] = rem;
    taken += whole;
    best = std::max(best, votes_[i] - whole);
  }
  const std::int64_t extra = moved - taken;
  if (extra <= 0) return best;
  // `best` stays unless every candidate at it gives one more vote.
  for (std::size_t i = 0; i < k; ++i) {
    if (votes_[i] < best) continue;
    std::int64_t whole = 0, rem = 0;
    share_of(i, whole, rem);
    if (votes_[i] - whole != best) continue;
    std::int64_t ahead = 0;
    for (std::size_t j = 0; j < k && ahead < extra; ++j) {
      std::int64_t other_whole = 0, other_rem = 0;
      share_of(j, other_whole, other_rem);
      if (other_rem > rem || (other_rem == rem && j < i)) ++ahead;
    }
    if (ahead >= extra) return best;
  }
  return best - 1;
}

State ExactSwing::state_at(std::int64_t moved) const {
  State s;
  s.registered = counts_.registered;
  s.cast = counts_.cast;
  s.candidates_total = exactly(counts_.total - moved);
  s.against_all = exactly(counts_.against_all + moved);
  s.leader = exactly(leader_after(moved));
  return s;
}

State ExactSwing::bracketed_at(std::int64_t moved) const {
  State s = state_at(0);
  if (moved <= 0 || counts_.total <= 0) return s;
  // Every candidate keeps ⌈v·(t − m)/t⌉ votes or one fewer, and one fewer only with a remainder
  // (a candidate whose share m·v/t is whole gives exactly it): the leader ends within
  // [⌊L·(t − m)/t⌋, ⌈L·(t − m)/t⌉].
  const std::int64_t t = counts_.total;
  std::int64_t low = 0;
  bool whole = true;
  if (narrow_) {   // 0 ≤ L·(t − m) < t² fits in 64 bits
    const std::int64_t kept = leader_ * (t - moved);
    low = kept / t, whole = kept == low * t;
  } else {
    const Wide kept = Wide(leader_) * (t - moved);
    low = static_cast<std::int64_t>(kept / t), whole = kept % t == 0;
  }
  s.candidates_total = exactly(t - moved);
  s.against_all = exactly(counts_.against_all + moved);
  s.leader = {low, whole ? low : low + 1};
  return s;
}

Outcome ExactSwing::settled(State state, const Rule& rule, std::int64_t moved) const {
  const Outcome on_bracket = judge(state, rule).outcome;
  if (on_bracket != Outcome::undecided || state.leader.exact()) return on_bracket;
  state.leader = exactly(leader_after(moved));
  return judge(state, rule).outcome;
}

ExactSwing::Boundary ExactSwing::validity_boundary(const Rule& rule, std::int64_t most_moved) const {
  Boundary out;
  if (rule.validity == Validity::none) return out;
  // Judged first on the leader's bracket (one division); the exact leader only where it decides.
  auto fails = [&](std::int64_t m) {
    State s = bracketed_at(m);
    Tri verdict = validity_fails(s, rule);
    if (verdict == Tri::maybe) {
      s.leader = exactly(leader_after(m));
      verdict = validity_fails(s, rule);
    }
    if (verdict != Tri::yes) return false;
    out.state = s;
    return true;
  };
  // Validity only ever starts to fail as votes move: against-all gains one a vote, the candidates'
  // total loses one, and the leader loses at least none less one.
  if (fails(0)) return out;
  const std::int64_t t = counts_.total, a = counts_.against_all, L = leader_;
  std::int64_t guess = 1;
  switch (rule.validity) {
    case Validity::none:
      break;
    case Validity::against_all_majority:   // a + m > t − m
      guess = (t - a) / 2 + 1;
      break;
    case Validity::against_all_beats_leader:   // a + m against L·(t − m)/t, the leader within a vote of it
      guess = mul_floor_div(t, L - a, t + L) + 1;
      break;
    case Validity::against_all_share: {
      const PercentE6 p = rule.against_all_share.percent;
      if (rule.against_all_share.base == Base::valid_votes) {   // (a + m)(100 % − p) ≥ (t − m)·p
        guess = mul_ceil_div(t, p, kHundredPercent) - a + mul_floor_div(a, p, kHundredPercent);
      } else {
        const CountRange base = rule.against_all_share.base == Base::ballots_cast ? counts_.cast : counts_.registered;
        guess = mul_ceil_div(base.hi, p, kHundredPercent) - a;
      }
      break;
    }
  }
  // The guess is within two votes of the boundary (beats-the-leader: the leader keeps
  // ⌊L·(t − m)/t⌋ or ⌈…⌉ votes; the others: exact but for one rounding), so past the last moved
  // vote by more than three it cannot fail in reach; else the boundary is confirmed by scanning.
  if (guess > most_moved + 3) return out;
  guess = std::clamp<std::int64_t>(guess, 1, most_moved);
  if (fails(guess)) {
    while (guess > 1 && fails(guess - 1)) --guess;   // `out.state` stays the last that fails
  } else {
    do ++guess; while (guess <= most_moved && !fails(guess));
    if (guess > most_moved) return out;
  }
  out.moved = guess;
  return out;
}

void ExactSwing::runoff_window(const Rule& rule, std::int64_t& first, std::int64_t& last) const {
  const std::int64_t t = counts_.total, L = leader_;
  first = 1, last = 0;
  if (t <= 0 || L <= 0) return;   // nobody's votes move, or the leader stays at 0
  // A runoff when the leader keeps at most Q = ⌊base·p / 100 %⌋; the base does not move. After m
  // votes moved the leader keeps between ⌊L·(t − m)/t⌋ and ⌈L·(t − m)/t⌉, so only where
  // Q·t < L·(t − m) < (Q + 1)·t is it open.
  const Threshold& w = *rule.winner_min;
  const std::int64_t base = w.base == Base::valid_votes    ? counts_.valid
                            : w.base == Base::ballots_cast ? counts_.cast.hi
                                                           : counts_.registered.hi;
  const std::int64_t q = mul_floor_div(base, w.percent, kHundredPercent);
  if (q >= L) return;   // the leader never has more than Q: a runoff throughout
  // `last` is the first moved-vote count past the open ones: the runoff may start right there.
  first = L - q - 1 < 0 ? 0 : mul_floor_div(t, L - q - 1, L) + 1;
  last = mul_ceil_div(t, L - q, L);
}

}  // namespace against_all
