#include "against_all/swing.hpp"

#include <algorithm>
#include <utility>

namespace against_all {
namespace {

using Wide = WideCount;

bool unbounded(std::int64_t v) { return v >= kUnbounded; }

// ⌈a / b⌉ and ⌊a / b⌋ of non-negative wide values (b > 0), as counts (saturated).
std::int64_t wide_ceil(Wide a, Wide b) { return static_cast<std::int64_t>(std::min<Wide>((a + b - 1) / b, kUnbounded)); }
std::int64_t wide_floor(Wide a, Wide b) { return static_cast<std::int64_t>(std::min<Wide>(a / b, kUnbounded)); }

// The moved votes of a completion with candidates' total t and against-all a; kUnbounded when
// either is unbounded. Non-decreasing in t and in a.
std::int64_t moved_at(std::int64_t t, std::int64_t a, PercentE6 swing_e6) {
  if (swing_e6 <= 0) return 0;
  if (unbounded(t)) return kUnbounded;
  if (unbounded(a)) return t;
  return moved_votes(t + a, t, swing_e6);
}

// The state every completion whose candidates' total lies in [x, y] can reach after the swing.
//   against-all' = a + m            (non-decreasing in t and a)
//   total'       = t − m            (non-decreasing in t, non-increasing in a)
//   leader'      ∈ [L − ⌈L·m/t⌉, L − ⌊L·m/t⌋] (largest remainder gives each candidate ⌊q⌋ or ⌈q⌉)
//                  and at least total' / k with k candidates.
State piece_state(const Bounds& b, const Candidates& cand, const CountRange& a, std::int64_t x, std::int64_t y,
                  PercentE6 swing_e6) {
  State s;
  const std::int64_t m_lo = moved_at(x, a.lo, swing_e6);
  const std::int64_t m_hi = moved_at(y, a.hi, swing_e6);
  s.against_all = {saturate(a.lo + m_lo), (unbounded(a.hi) || unbounded(m_hi)) ? kUnbounded : saturate(a.hi + m_hi)};
  s.candidates_total = {std::max<std::int64_t>(0, x - moved_at(x, a.hi, swing_e6)),
                        unbounded(y) ? kUnbounded : y - moved_at(y, a.lo, swing_e6)};

  // The leader before the swing, for totals in [x, y].
  std::int64_t leader_lo = std::max(b.leader.lo, cand.known_max);
  if (cand.count_at_most && *cand.count_at_most > 0) leader_lo = std::max(leader_lo, ceil_div(x, *cand.count_at_most));
  if (cand.count && *cand.count > static_cast<std::int64_t>(cand.known_count)) {
    // The candidates without known votes share what the known ones leave.
    const std::int64_t unknown = *cand.count - static_cast<std::int64_t>(cand.known_count);
    leader_lo = std::max(leader_lo, ceil_div(x - cand.known_sum, unknown));
  }
  std::int64_t leader_hi = std::min(b.leader.hi, y);
  if (!cand.complete && !unbounded(y)) leader_hi = std::min(leader_hi, std::max(cand.known_max, y - cand.known_sum));
  leader_lo = std::min(leader_lo, leader_hi);

  // The share each candidate loses, m / t ≤ num / den over the piece.
  Wide num = swing_e6 > 0 ? 1 : 0, den = 1;
  auto tighten = [&](Wide n, Wide d) {
    if (n * den < num * d) num = n, den = d;
  };
  if (x > 0 && !unbounded(a.hi)) tighten(Wide(x + a.hi) * swing_e6, Wide(x) * kHundredPercent);  // (t + a)·s / t
  if (x > 0 && !unbounded(m_hi)) tighten(m_hi, x);
  const std::int64_t leader_after_lo = leader_lo - wide_ceil(Wide(leader_lo) * num, den);
  const std::int64_t by_share =
      cand.count_at_most && *cand.count_at_most > 0 ? ceil_div(s.candidates_total.lo, *cand.count_at_most) : 0;
  std::int64_t leader_after_hi = leader_hi;
  if (!unbounded(y) && y > 0 && !unbounded(leader_hi))
    leader_after_hi = leader_hi - wide_floor(Wide(leader_hi) * m_lo, y);  // m/t ≥ m_lo / y
  leader_after_hi = std::min(leader_after_hi, s.candidates_total.hi);
  s.leader = {std::max({std::int64_t{0}, leader_after_lo, by_share}), leader_after_hi};
  if (s.leader.lo > s.leader.hi) s.leader.lo = s.leader.hi;

  // One candidate without votes, a total and an against-all known: the completion is one contest.
  if (x == y && a.exact() && cand.count && *cand.count == static_cast<std::int64_t>(cand.known_count) + 1 &&
      cand.known.size() == cand.known_count && x >= cand.known_sum) {
    std::vector<std::int64_t> votes = cand.known;
    votes.insert(votes.begin() + static_cast<std::ptrdiff_t>(std::min(cand.first_unknown, votes.size())), x - cand.known_sum);
    votes = take_proportionally(votes, moved_at(x, a.lo, swing_e6));
    s.leader = exactly(*std::max_element(votes.begin(), votes.end()));
  }

  // Ballots cast hold the candidates' total: a piece of high totals has many ballots.
  const CountRange others = add(add(b.invalid, b.blank), b.crossed_out);
  const CountRange cast_here = add(add(CountRange{x, y}, b.line), others);
  s.cast = intersect(b.cast, cast_here);
  s.registered = b.registered;
  s.registered.lo = std::max(s.registered.lo, s.cast.lo);
  return s;
}

bool same_decision(const Verdict& v, Outcome outcome) { return v.outcome != Outcome::undecided && v.outcome == outcome; }

constexpr int kMostSplits = 18;       // halvings of the candidates' total per open piece
constexpr int kMostPieces = 400;      // pieces judged per contest and swing, at most
constexpr std::int64_t kTailStart = 1'000'000'000'000;  // past any real count

// Every completion with a total in [x, y] decides the same: that verdict; else undecided.
Verdict judge_pieces(const Bounds& b, const Candidates& cand, const CountRange& a, const Rule& rule,
                     PercentE6 swing_e6, std::int64_t x, std::int64_t y, int depth, int& budget) {
  --budget;
  const Verdict here = judge(piece_state(b, cand, a, x, y, swing_e6), rule);
  if (here.outcome != Outcome::undecided || depth == 0 || y <= x || unbounded(y) || budget <= 0) return here;
  const std::int64_t mid = x + (y - x) / 2;
  const Verdict left = judge_pieces(b, cand, a, rule, swing_e6, x, mid, depth - 1, budget);
  if (left.outcome == Outcome::undecided) return here;
  const Verdict right = judge_pieces(b, cand, a, rule, swing_e6, mid + 1, y, depth - 1, budget);
  return same_decision(right, left.outcome) ? left : here;
}

// Beats the leader with a total past `x` and no bound above: against-all' ≤ a + (t + a)·s and
// leader' ≥ (t/k)(1 − (x + a)s/x) − 1 grow linearly in t, so the leader stays ahead for every
// t ≥ x when it is ahead at x and its line rises at least as fast.
bool leader_stays_ahead(const Candidates& cand, const CountRange& a, PercentE6 swing_e6, std::int64_t x) {
  if (!cand.count_at_most || *cand.count_at_most <= 0 || unbounded(a.hi) || x <= 0) return false;
  const Wide H = kHundredPercent, k = *cand.count_at_most, s = swing_e6, X = x, A = a.hi;
  const Wide keep = H * X - s * (X + A);   // (1 − ρ)·H·X
  if (keep <= 0) return false;
  const Wide slope = keep - k * X * s;
  if (slope < 0) return false;
  // f(t) = t·keep − k·X·(H·A + (t + A)·s + H) > 0 at t = x
  const Wide f = X * keep - k * X * (H * A + (X + A) * s + H);
  return f > 0;
}

}  // namespace

std::int64_t moved_votes(std::int64_t valid_votes, std::int64_t candidates_total, PercentE6 swing_e6) {
  // In 64 bits where the product fits (a 128-bit division is slow in wasm); the same value.
  constexpr std::int64_t kNarrow = 90'000'000'000;   // × 100 % × 10^6 < 2^63
  const auto m = valid_votes < kNarrow && swing_e6 >= 0 && swing_e6 <= kHundredPercent
                     ? valid_votes * swing_e6 / kHundredPercent
                     : static_cast<std::int64_t>(times_percent(valid_votes, swing_e6) / kHundredPercent);
  return std::min(m, candidates_total);
}

std::vector<std::int64_t> take_proportionally(const std::vector<std::int64_t>& votes, std::int64_t moved) {
  std::int64_t total = 0;
  for (std::int64_t v : votes) total += v;
  std::vector<std::int64_t> out = votes;
  if (moved <= 0 || total <= 0) return out;
  std::vector<std::pair<Wide, std::size_t>> remainders;
  remainders.reserve(votes.size());
  std::int64_t taken = 0;
  for (std::size_t i = 0; i < votes.size(); ++i) {
    const Wide share = Wide(moved) * votes[i];
    const auto whole = static_cast<std::int64_t>(share / total);
    out[i] -= whole;
    taken += whole;
    remainders.emplace_back(share % total, i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& x, const auto& y) { return x.first > y.first; });
  for (std::size_t k = 0; taken < moved && k < remainders.size(); ++k, ++taken) --out[remainders[k].second];
  return out;
}

SwungVerdict judge_swung_bounds(const Bounds& b, const Candidates& cand, const CountRange& a, const Rule& rule,
                                PercentE6 swing_e6) {
  SwungVerdict out;
  const std::int64_t x = b.total.lo;
  const std::int64_t y = b.total.hi;
  out.whole = judge(piece_state(b, cand, a, x, y, swing_e6), rule);
  out.verdict = out.whole;
  if (out.whole.outcome != Outcome::undecided || swing_e6 <= 0 || y <= x) return out;
  int budget = kMostPieces;
  if (!unbounded(y)) {
    out.verdict = judge_pieces(b, cand, a, rule, swing_e6, x, y, kMostSplits, budget);
    return out;
  }
  // No bound above the total: only beats-the-leader can still be settled, by the leader's lead
  // over against-all, which grows linearly past some total (the tail); below it, in pieces.
  if (rule.validity != Validity::against_all_beats_leader) return out;
  std::int64_t tail = std::max<std::int64_t>(x, 1);
  while (tail < kTailStart && !leader_stays_ahead(cand, a, swing_e6, tail)) tail *= 2;
  if (!leader_stays_ahead(cand, a, swing_e6, tail)) return out;
  const State tail_state = piece_state(b, cand, a, tail, kUnbounded, swing_e6);
  if (turnout_fails(tail_state, rule) != Tri::no || runoff_needed(tail_state, rule) != Tri::no) return out;
  const Verdict finite = x < tail ? judge_pieces(b, cand, a, rule, swing_e6, x, tail, kMostSplits, budget) : Verdict{};
  if (x < tail && finite.outcome != Outcome::valid) return out;
  out.verdict = finite.outcome == Outcome::valid ? finite : out.whole;
  out.verdict.outcome = Outcome::valid;
  out.verdict.decided_by = "";
  return out;
}

}  // namespace against_all
