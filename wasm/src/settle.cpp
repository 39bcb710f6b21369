#include "against_all/settle.hpp"

#include <algorithm>
#include <map>

#include "against_all/contest_bounds.hpp"
#include "against_all/scenario.hpp"

namespace against_all {
namespace {

bool decided(const ContestCounts& c, const Rule& rule, PercentE6 swing, Outcome* outcome = nullptr) {
  const Outcome o = decide_outcome(c, rule, swing);
  if (outcome) *outcome = o;
  return o != Outcome::undecided;
}

// The largest x in [0, limit] with `holds(x)`, given holds(0) and holds monotone (true, then false).
template <typename Predicate>
std::int64_t largest(std::int64_t limit, Predicate holds) {
  if (holds(limit)) return limit;
  std::int64_t lo = 0, hi = limit;   // holds(lo), !holds(hi)
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (holds(mid)) lo = mid; else hi = mid;
  }
  return lo;
}

// The smallest x in [0, limit] with `holds(x)`, given holds(limit) and holds monotone (false, then true).
template <typename Predicate>
std::int64_t smallest_from(std::int64_t limit, Predicate holds) {
  if (holds(0)) return 0;
  std::int64_t lo = 0, hi = limit;   // !holds(lo), holds(hi)
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (holds(mid)) hi = mid; else lo = mid;
  }
  return hi;
}

constexpr std::int64_t kMostVotes = 1'000'000'000;   // a search bound past any contest's votes

// The assumption (percent × 10^6) whose cap on invalid ballots is `count` of `cast`.
PercentE6 percent_for(std::int64_t count, std::int64_t cast) {
  if (cast <= 0) return 0;
  const WideCount p = (WideCount(count) * kHundredPercent + cast - 1) / cast;
  return static_cast<PercentE6>(std::min<WideCount>(p, kHundredPercent));
}

}  // namespace

Rule assuming_invalid(Rule rule, PercentE6 percent) {
  rule.assume_max_invalid = percent;
  return rule;
}

ContestCounts with_figure(ContestCounts c, const std::string& figure, std::int64_t value) {
  if (figure == "against_all") {
    c.against_all = value;
  } else if (figure == "leader") {
    auto unknown = std::find_if(c.candidate_votes.begin(), c.candidate_votes.end(), [](const Count& v) { return !v; });
    if (unknown != c.candidate_votes.end()) *unknown = value;
    else c.candidate_votes.push_back(value);   // no candidate listed: the leader, votes given
  }
  return c;
}

std::vector<Lever> levers_for(const ContestCounts& c, const Rule& rule, PercentE6 swing) {
  std::vector<Lever> out;
  const Candidates cand = read_candidates(c, false);
  const Bounds b = bound_counts(c, cand, std::nullopt);
  if (!b.consistent) return out;

  // All invalid ballots (every kind) at most some count: the assumption's cap, from ballots cast.
  if (b.cast.hi < kUnbounded && b.cast.hi > 0 && b.cast.exact()) {
    const std::int64_t cast = b.cast.hi;
    Outcome at_zero;
    if (decided(c, assuming_invalid(rule, 0), swing, &at_zero)) {
      auto holds = [&](std::int64_t n) {
        Outcome o;
        return decided(c, assuming_invalid(rule, percent_for(n, cast)), swing, &o) && o == at_zero;
      };
      const std::int64_t n = largest(cast, holds);
      Lever lever{"invalid", at_zero, true, n, cast, percent_for(n, cast)};
      if (n < cast) out.push_back(lever);
    }
  }

  // The leader's votes, when they are not known: from how many on it would be valid.
  const bool leader_known = cand.complete || (cand.known_count > 0 && cand.known_max >= b.leader.hi);
  if (!leader_known) {
    const std::int64_t limit = std::min(b.total.hi, kMostVotes);
    auto valid_with = [&](std::int64_t x) {
      Outcome o;
      return decided(with_figure(c, "leader", x), rule, swing, &o) && o == Outcome::valid;
    };
    if (limit > 0 && valid_with(limit)) {
      const std::int64_t x = smallest_from(limit, valid_with);
      if (x > 0) out.push_back(Lever{"leader", Outcome::valid, false, x, c.ballots_cast, std::nullopt});
    }
  }

  // The against-all count, when it is not known: up to how many it would stay valid.
  if (!c.against_all) {
    auto valid_with = [&](std::int64_t y) {
      Outcome o;
      return decided(with_figure(c, "against_all", y), rule, swing, &o) && o == Outcome::valid;
    };
    if (valid_with(0)) {
      const std::int64_t limit = std::min(b.line.hi, kMostVotes);
      const std::int64_t y = largest(limit, valid_with);
      // "valid if nobody voted against all" settles nothing a reader did not know: left out.
      if (y > 0 && y < limit) out.push_back(Lever{"against_all", Outcome::valid, true, y, c.ballots_cast, std::nullopt});
    }
  }
  return out;
}

WhySummary why_summary(const ContestTable& table, const Rule& rule, PercentE6 swing,
                       const std::vector<OpenContest>& open) {
  WhySummary why;
  why.undecided = open.size();
  // Groups: contests with no figure at all, then by what is missing, the largest first.
  std::map<std::vector<std::string>, int> by_missing;
  int no_figures = 0;
  for (const OpenContest& o : open) {
    const ContestCounts& c = table.counts[o.index];
    const bool none = !c.registered && !c.ballots_cast && !c.invalid && !c.blank && !c.crossed_out &&
                      !c.against_all && !c.valid_votes &&
                      std::none_of(c.candidate_votes.begin(), c.candidate_votes.end(), [](const Count& v) { return v.has_value(); });
    if (none) ++no_figures; else ++by_missing[o.missing];
  }
  std::vector<std::pair<std::vector<std::string>, int>> groups(by_missing.begin(), by_missing.end());
  std::stable_sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  if (no_figures) why.groups.push_back(OpenGroup{true, {}, no_figures});
  for (const auto& [missing, n] : groups) why.groups.push_back(OpenGroup{false, missing, n});

  // The invalid-ballot assumption: how many open contests it settles, and up to what share.
  InvalidLeverSummary& lever = why.invalid_lever;
  for (const OpenContest& o : open)
    for (const Lever& l : o.levers)
      if (l.figure == "invalid" && l.assume_percent) {
        ++lever.contests;
        lever.up_to_percent = lever.up_to_percent ? std::min(*lever.up_to_percent, *l.assume_percent) : *l.assume_percent;
      }
  for (PercentE6 p : {1 * kPercentScale, 2 * kPercentScale, 5 * kPercentScale}) {
    const Rule assumed = assuming_invalid(rule, p);
    int settles = 0;
    for (const OpenContest& o : open)
      settles += decide_outcome(table.counts[o.index], table.prepared[o.index], assumed, swing) != Outcome::undecided;
    lever.at.push_back(SettledAt{p, settles});
  }
  return why;
}

}  // namespace against_all
