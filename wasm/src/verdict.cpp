#include "against_all/verdict.hpp"

namespace against_all {
namespace {

using Wide = WideCount;

Wide times_hundred(std::int64_t count) { return Wide(count) * Wide(kHundredPercent); }

// True when `count` makes at least `percent` of `base`, over the whole of both ranges.
Tri at_least_share(const CountRange& count, const CountRange& base, PercentE6 percent) {
  if (times_hundred(count.lo) >= times_percent(base.hi, percent)) return Tri::yes;
  if (times_hundred(count.hi) < times_percent(base.lo, percent)) return Tri::no;
  return Tri::maybe;
}

Tri negate(Tri t) { return t == Tri::yes ? Tri::no : (t == Tri::no ? Tri::yes : Tri::maybe); }

}  // namespace

CountRange base_range(const State& s, Base base) {
  switch (base) {
    case Base::ballots_cast: return s.cast;
    case Base::valid_votes: return add(s.candidates_total, s.against_all);
    case Base::registered: return s.registered;
  }
  return s.cast;
}

Tri turnout_fails(const State& s, const Rule& rule) {
  if (!rule.min_turnout) return Tri::no;
  return negate(at_least_share(s.cast, s.registered, *rule.min_turnout));
}

Tri validity_fails(const State& s, const Rule& rule) {
  const CountRange& a = s.against_all;
  switch (rule.validity) {
    case Validity::none:
      return Tri::no;
    case Validity::against_all_beats_leader:
      if (rule.tie == TiePolicy::valid) {
        if (a.lo > s.leader.hi) return Tri::yes;
        if (a.hi <= s.leader.lo) return Tri::no;
      } else {
        if (a.lo >= s.leader.hi) return Tri::yes;
        if (a.hi < s.leader.lo) return Tri::no;
      }
      return Tri::maybe;
    case Validity::against_all_majority:  // more than half of (candidates + against-all)
      if (a.lo > s.candidates_total.hi) return Tri::yes;
      if (a.hi <= s.candidates_total.lo) return Tri::no;
      return Tri::maybe;
    case Validity::against_all_share: {
      const PercentE6 p = rule.against_all_share.percent;
      if (rule.against_all_share.base != Base::valid_votes)
        return at_least_share(a, base_range(s, rule.against_all_share.base), p);
      // a ≥ p·(t + a)  ⇔  a·(100 % − p) ≥ p·t : both sides monotone, so the bounds decide.
      const PercentE6 rest = kHundredPercent - p;
      if (Wide(a.lo) * rest >= times_percent(s.candidates_total.hi, p)) return Tri::yes;
      if (Wide(a.hi) * rest < times_percent(s.candidates_total.lo, p)) return Tri::no;
      return Tri::maybe;
    }
  }
  return Tri::no;
}

Tri runoff_needed(const State& s, const Rule& rule) {
  if (!rule.winner_min) return Tri::no;
  // The winner needs more than the threshold: a runoff when the leader has at most that.
  const CountRange base = base_range(s, rule.winner_min->base);
  const PercentE6 p = rule.winner_min->percent;
  if (times_hundred(s.leader.hi) <= times_percent(base.lo, p)) return Tri::yes;
  if (times_hundred(s.leader.lo) > times_percent(base.hi, p)) return Tri::no;
  return Tri::maybe;
}

// Every outcome the bounds allow; decided when they all agree.
Verdict judge(const State& s, const Rule& rule) {
  Verdict v;
  v.conditions = {turnout_fails(s, rule), validity_fails(s, rule), runoff_needed(s, rule)};
  static const std::array<Outcome, 3> fired = {Outcome::void_, Outcome::void_, Outcome::runoff};
  static const std::array<const char*, 3> names = {"min_turnout", "validity", "winner_min"};
  unsigned possible = 0;   // a bit per Outcome
  for (int mask = 0; mask < 8; ++mask) {
    Outcome outcome = Outcome::valid;
    bool allowed = true;
    for (int i = 0; i < 3 && allowed; ++i) {
      const bool on = (mask >> i) & 1;
      const Tri t = v.conditions[static_cast<std::size_t>(i)];
      if ((on && t == Tri::no) || (!on && t == Tri::yes)) allowed = false;
    }
    if (!allowed) continue;
    for (int i = 0; i < 3; ++i)
      if ((mask >> i) & 1) {
        outcome = fired[static_cast<std::size_t>(i)];
        break;
      }
    possible |= 1u << static_cast<unsigned>(outcome);
  }
  if (possible == 0 || (possible & (possible - 1)) != 0) return v;   // not exactly one
  v.outcome = static_cast<Outcome>(__builtin_ctz(possible));
  for (std::size_t i = 0; i < 3 && v.outcome != Outcome::valid; ++i)
    if (v.conditions[i] == Tri::yes && fired[i] == v.outcome) {
      v.decided_by = names[i];
      break;
    }
  return v;
}

}  // namespace against_all
