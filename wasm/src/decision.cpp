#include "against_all/decision.hpp"

#include <algorithm>
#include <array>

#include "against_all/contest_bounds.hpp"
#include "against_all/count_range.hpp"
#include "against_all/swing.hpp"
#include "against_all/verdict.hpp"

namespace against_all {

bool rule_reads(const Rule& rule, Base base) {
  return (rule.validity == Validity::against_all_share && rule.against_all_share.base == base) ||
         (rule.winner_min && rule.winner_min->base == base) ||
         (rule.min_turnout && (base == Base::ballots_cast || base == Base::registered));
}

namespace {

using Wide = WideCount;

// A contest whose candidates' votes and against-all count are known exactly, as is every
// other count the rule reads (ballots cast and registered voters may stay bounded otherwise).
struct ExactContest {
  std::vector<std::int64_t> votes;
  std::int64_t against_all = 0;
  CountRange cast;
  CountRange registered;
};

CountRange effective_against_all(const Bounds& b, const Rule& rule) {
  CountRange a = b.line;
  if (rule.blank_as_against_all) a = add(a, b.blank);
  if (rule.crossed_out_as_against_all) a = add(a, b.crossed_out);
  return a;
}

// ---- Exact contests and their distances ------------------------------------------------

State state_of(const ExactContest& e) {
  State s;
  std::int64_t total = 0;
  std::int64_t leader = 0;
  for (std::int64_t v : e.votes) {
    total += v;
    leader = std::max(leader, v);
  }
  s.registered = e.registered;
  s.cast = e.cast;
  s.candidates_total = exactly(total);
  s.against_all = exactly(e.against_all);
  s.leader = exactly(leader);
  return s;
}

std::size_t leader_index(const std::vector<std::int64_t>& votes) {
  return static_cast<std::size_t>(std::max_element(votes.begin(), votes.end()) - votes.begin());
}

// The smallest x in [1, limit] for which `changes(x)` holds; `changes` is monotone in x.
template <typename Predicate>
std::optional<std::int64_t> smallest(std::int64_t limit, Predicate changes) {
  if (limit < 1 || !changes(limit)) return std::nullopt;
  std::int64_t lo = 1, hi = limit;
  while (lo < hi) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (changes(mid)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

constexpr std::int64_t kMostNewVoters = 1'000'000'000'000;

// An exact contest's state: its candidates total `total`, its leader has `leader`.
State exact_state(std::int64_t total, std::int64_t leader, std::int64_t against_all, const CountRange& cast,
                  const CountRange& registered) {
  State s;
  s.registered = registered;
  s.cast = cast;
  s.candidates_total = exactly(total);
  s.against_all = exactly(against_all);
  s.leader = exactly(leader);
  return s;
}

void measure_distances(const ExactContest& e, const Rule& rule, Outcome current, Decision& d) {
  if (e.votes.empty()) return;
  const std::size_t li = leader_index(e.votes);
  const bool to_fail = current == Outcome::valid;
  // Only the leader's votes move, so the others' total and best stay put (no copy per probe).
  std::int64_t total = 0;
  std::int64_t best_other = 0;
  for (std::size_t i = 0; i < e.votes.size(); ++i) {
    total += e.votes[i];
    if (i != li) best_other = std::max(best_other, e.votes[i]);
  }
  const std::int64_t lead = e.votes[li];
  auto differs = [&](std::int64_t leader_votes, std::int64_t candidates_total, std::int64_t against_all,
                     const CountRange& cast, const CountRange& registered) {
    const State s = exact_state(candidates_total, std::max(best_other, leader_votes), against_all, cast, registered);
    return judge(s, rule).outcome != current;
  };

  const std::int64_t switch_limit = to_fail ? lead : e.against_all;
  auto switched = smallest(switch_limit, [&](std::int64_t s) {
    const std::int64_t delta = to_fail ? -s : s;
    return differs(lead + delta, total + delta, e.against_all - delta, e.cast, e.registered);
  });
  if (switched) d.switch_distance = Distance{*switched, std::nullopt};

  auto arrived = smallest(kMostNewVoters, [&](std::int64_t n) {
    const CountRange cast = add(e.cast, exactly(n));
    CountRange registered = e.registered;
    // Past the registered voters the list itself would have to grow; the distance says so.
    if (registered.exact() && cast.exact()) registered = exactly(std::max(registered.lo, cast.lo));
    if (to_fail) return differs(lead, total, e.against_all + n, cast, registered);
    return differs(lead + n, total + n, e.against_all, cast, registered);
  });
  if (arrived) {
    Distance distance{*arrived, std::nullopt};
    if (e.registered.exact() && e.cast.exact()) distance.within_non_voters = *arrived <= e.registered.lo - e.cast.lo;
    d.new_voters_distance = distance;
  }
}

void add_missing(std::vector<std::string>& missing, const std::string& measure) {
  if (std::find(missing.begin(), missing.end(), measure) == missing.end()) missing.push_back(measure);
}

std::vector<std::string> missing_for(const ContestCounts& c, const Candidates& cand, const Rule& rule,
                                     const std::array<Tri, 3>& conditions) {
  std::vector<std::string> missing;
  auto need_base = [&](Base base) {
    if (base == Base::ballots_cast && !c.ballots_cast) add_missing(missing, "ballots_cast");
    if (base == Base::registered && !c.registered) add_missing(missing, "registered");
    if (base == Base::valid_votes && !cand.complete && !c.valid_votes) add_missing(missing, "candidate_votes");
  };
  auto need_against_all = [&] {
    if (!c.against_all) add_missing(missing, "against_all");
    if (rule.blank_as_against_all && !c.blank) add_missing(missing, "blank");
    if (rule.crossed_out_as_against_all && !c.crossed_out) add_missing(missing, "crossed_out");
  };
  if (conditions[0] == Tri::maybe) {
    need_base(Base::ballots_cast);
    need_base(Base::registered);
  }
  if (conditions[1] == Tri::maybe) {
    need_against_all();
    if (rule.validity == Validity::against_all_share) {
      need_base(rule.against_all_share.base);
    } else if (!cand.complete) {
      add_missing(missing, "candidate_votes");
    }
  }
  if (conditions[2] == Tri::maybe) {
    if (!cand.complete) add_missing(missing, "candidate_votes");
    need_base(rule.winner_min->base);
    if (rule.winner_min->base == Base::valid_votes) need_against_all();
  }
  return missing;
}

std::optional<std::size_t> known_winner(const ContestCounts& c, const Candidates& cand, const Bounds& b,
                                        bool& tied) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < c.candidate_votes.size(); ++i)
    if (c.candidate_votes[i] && (!best || *c.candidate_votes[i] > *c.candidate_votes[*best])) best = i;
  if (!best) return std::nullopt;
  const std::int64_t top = *c.candidate_votes[*best];
  int at_top = 0;
  for (const Count& v : c.candidate_votes) at_top += (v && *v == top) ? 1 : 0;
  // Nobody outside the known votes can reach the top.
  const bool unbeatable = cand.complete || subtract(b.total, exactly(cand.known_sum)).hi < top;
  if (!unbeatable) return std::nullopt;
  tied = at_top > 1;
  return tied ? std::nullopt : best;
}

// `details`: also what is missing, the winner and the distances; without them only the outcome
// (and the counts it was read from) is filled, which is all a tally needs.
void decide_into(Decision& d, const ContestCounts& counts, const Rule& rule, PercentE6 swing_e6, bool details,
                 const PreparedContest* prepared = nullptr) {
  // What a session prepared holds unless the user's assumption narrows the bounds further.
  const bool reuse = prepared && !rule.assume_max_invalid;
  const Candidates fresh_cand = reuse ? Candidates{} : read_candidates(counts, details || swing_e6 > 0);
  const Candidates& cand = reuse ? prepared->candidates : fresh_cand;
  const Bounds b = reuse ? prepared->bounds : bound_counts(counts, cand, rule.assume_max_invalid);
  if (details && rule.blank_as_against_all && !counts.blank) d.not_in_data.push_back("blank");
  if (details && rule.crossed_out_as_against_all && !counts.crossed_out) d.not_in_data.push_back("crossed_out");
  if (!b.consistent) {
    if (details) d.missing.push_back("consistent_counts");
    return;
  }

  const CountRange against_all = effective_against_all(b, rule);
  const bool exact = cand.complete && against_all.exact() &&
                     (!rule_reads(rule, Base::ballots_cast) || b.cast.exact()) &&
                     (!rule_reads(rule, Base::registered) || b.registered.exact());
  State state;
  Verdict verdict;
  const bool bounded = !exact;
  std::optional<ExactContest> exact_contest;
  const std::int64_t exact_moved = exact ? moved_votes(b.total.lo + against_all.lo, b.total.lo, swing_e6) : 0;
  if (exact && !details && exact_moved <= 0) {
    // Nothing moves and no distance is asked for: the state is the known counts themselves.
    state = exact_state(cand.known_sum, cand.known_max, against_all.lo, b.cast, b.registered);
  } else if (exact) {
    ExactContest e;
    e.votes = cand.known;
    e.against_all = against_all.lo;
    e.cast = b.cast;
    e.registered = b.registered;
    const std::int64_t moved = exact_moved;
    if (moved > 0) e.votes = take_proportionally(e.votes, moved);
    e.against_all += moved;
    state = state_of(e);
    exact_contest = std::move(e);
  } else {
    const SwungVerdict swung = judge_swung_bounds(b, cand, against_all, rule, swing_e6);
    verdict = swung.verdict;
    if (verdict.outcome == Outcome::undecided) verdict.conditions = swung.whole.conditions;
    state.registered = b.registered;
    state.cast = b.cast;
    state.candidates_total = b.total;
    state.against_all = swing_e6 > 0 ? CountRange{} : against_all;
    state.leader = swing_e6 > 0 ? CountRange{} : b.leader;
  }
  if (!bounded) verdict = judge(state, rule);
  d.outcome = verdict.outcome;
  d.decided_by = verdict.decided_by;
  if (state.against_all.exact()) d.against_all = state.against_all.lo;
  if (state.leader.exact()) d.leader_votes = state.leader.lo;
  if (!details) return;
  if (exact_contest) {
    const std::size_t li = leader_index(exact_contest->votes);
    const auto top = exact_contest->votes.empty() ? 0 : exact_contest->votes[li];
    d.candidates_tied = std::count(exact_contest->votes.begin(), exact_contest->votes.end(), top) > 1;
    if (!exact_contest->votes.empty() && !d.candidates_tied) d.winner = li;
  } else {
    // Votes moved in proportion keep the candidates' order, so the leader stays the leader.
    d.winner = known_winner(counts, cand, b, d.candidates_tied);
  }
  if (d.outcome != Outcome::undecided) {
    Reason r;
    r.check = verdict.decided_by;
    r.fails = d.outcome != Outcome::valid;
    if (!r.fails) r.check = rule.validity != Validity::none ? "validity"
                            : rule.winner_min ? "winner_min" : rule.min_turnout ? "min_turnout" : "none";
    r.from_pieces = bounded && swing_e6 > 0;
    r.against_all = state.against_all;
    r.leader = state.leader;
    r.candidates_total = state.candidates_total;
    r.cast = state.cast;
    r.registered = state.registered;
    d.reason = r;
  }
  if (d.outcome == Outcome::undecided) {
    d.missing = missing_for(counts, cand, rule, verdict.conditions);
    if (d.missing.empty()) d.missing.push_back("bounds_too_wide");
  } else if (exact_contest) {
    measure_distances(*exact_contest, rule, d.outcome, d);
  }
}

}  // namespace

Decision decide(const ContestCounts& counts, const Rule& rule, PercentE6 swing_e6) {
  Decision d;
  decide_into(d, counts, rule, swing_e6, true);
  return d;
}

Outcome decide_outcome(const ContestCounts& counts, const Rule& rule, PercentE6 swing_e6) {
  Decision d;
  decide_into(d, counts, rule, swing_e6, false);
  return d.outcome;
}

Outcome decide_outcome(const ContestCounts& counts, const PreparedContest& prepared, const Rule& rule,
                       PercentE6 swing_e6) {
  Decision d;
  decide_into(d, counts, rule, swing_e6, false, &prepared);
  return d.outcome;
}

std::optional<ExactSwingCounts> exact_swing_counts(const ContestCounts& counts, const PreparedContest& prepared,
                                                   const Rule& rule) {
  const bool reuse = !rule.assume_max_invalid;
  const Candidates fresh = reuse ? Candidates{} : read_candidates(counts, true);
  const Candidates& cand = reuse ? prepared.candidates : fresh;
  const Bounds b = reuse ? prepared.bounds : bound_counts(counts, cand, rule.assume_max_invalid);
  if (!b.consistent) return std::nullopt;
  const CountRange against_all = effective_against_all(b, rule);
  const bool exact = cand.complete && against_all.exact() &&
                     (!rule_reads(rule, Base::ballots_cast) || b.cast.exact()) &&
                     (!rule_reads(rule, Base::registered) || b.registered.exact());
  if (!exact) return std::nullopt;
  return ExactSwingCounts{cand.known_sum + against_all.lo, cand.known_sum, against_all.lo, b.cast, b.registered};
}

const char* to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::valid: return "valid";
    case Outcome::void_: return "void";
    case Outcome::runoff: return "runoff";
    case Outcome::undecided: return "undecided";
  }
  return "undecided";
}

}  // namespace against_all
