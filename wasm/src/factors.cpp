#include "against_all/factors.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "against_all/candidates.hpp"

namespace against_all {

namespace {

// Below this many units with a known share, the contest level gives way to the region level
// (when that has more).
constexpr int kFewUnits = 10;

struct Factor {
  const char* id;
  const char* transform;                     // how x enters Pearson: "log10" or nullptr
  bool contest_only;
};

const Factor kFactors[] = {
    {"turnout", nullptr, false},
    {"registered", "log10", false},
    {"candidates", nullptr, true},
    {"leader_share", nullptr, true},
};

// The levels the view can show: the contest level, and level 1 (the regions) when it is another
// level: above the contests, or below one contest that is the whole country.
std::vector<int> levels_of(const Dataset& d) {
  std::vector<int> levels = {d.contest_level};
  if (d.levels.size() > 1 && d.contest_level != 1) levels.push_back(1);
  return levels;
}

const char* level_name(const Dataset& d, int level) { return level == d.contest_level ? "contest" : "region"; }

// The published turnout that source priority puts first, as a fraction.
std::optional<double> published_turnout(const Dataset& d, int unit) {
  std::optional<double> best;
  int best_rank = 0;
  for (int index : d.units[unit].published) {
    const PublishedClaim& p = d.published[index];
    if (p.measure != Measure::turnout_pct) continue;
    const int rank = d.priority_rank(p.source);
    if (!best || rank < best_rank) {
      best = p.value / 100;
      best_rank = rank;
    }
  }
  return best;
}

FactorPoint point_of(const Dataset& d, const Figures& f, int unit, Measure base, bool contest) {
  FactorPoint p;
  p.unit = unit;
  p.against_all = f.value(unit, Measure::against_all);
  p.base = f.value(unit, base);
  p.registered = f.value(unit, Measure::registered);
  p.share = fraction(p.against_all, p.base);
  if (!p.against_all) p.share_missing = "against_all";
  else if (!p.base) p.share_missing = "base";
  else if (*p.base == 0) p.share_missing = "base_zero";
  const auto cast = f.value(unit, Measure::ballots_cast);
  if (auto turnout = fraction(cast, p.registered)) {
    p.turnout = turnout->value();
    p.turnout_source = "counts";
  } else if ((p.turnout = published_turnout(d, unit))) {
    p.turnout_source = "published";
  }
  if (!contest) return p;
  p.candidates = f.value(unit, Measure::candidates);
  const auto leader = leader_of(d, unit, candidate_list(d, unit, p.candidates));
  if (leader) {
    p.leader_votes = leader->votes;
    if (auto s = fraction(leader->votes, p.base)) p.leader_share = s->value();
  }
  return p;
}

int with_share(const Dataset& d, const Figures& f, int level, Measure base) {
  int n = 0;
  for (int unit : d.units_at_level(level)) n += fraction(f.value(unit, Measure::against_all), f.value(unit, base)) ? 1 : 0;
  return n;
}

std::optional<double> factor_value(const FactorPoint& p, const std::string& factor) {
  if (factor == "turnout") return p.turnout;
  if (factor == "registered") {
    if (!p.registered || *p.registered <= 0) return std::nullopt;
    return static_cast<double>(*p.registered);
  }
  if (factor == "candidates") return p.candidates ? std::optional<double>(static_cast<double>(*p.candidates)) : std::nullopt;
  return p.leader_share;
}

FactorRelation relation_of(const Factor& factor, const std::vector<FactorPoint>& points) {
  std::vector<double> x, x_pearson, y;
  FactorRelation out;
  out.factor = factor.id;
  out.transform = factor.transform;
  int registered_zero = 0;
  for (const auto& p : points) {
    if (!p.share) {
      ++out.left_out.share_unknown;
      continue;
    }
    const auto value = factor_value(p, factor.id);
    if (!value) {
      if (std::string(factor.id) == "registered" && p.registered && *p.registered == 0) ++registered_zero;
      else ++out.left_out.factor_unknown;
      continue;
    }
    x.push_back(*value);
    x_pearson.push_back(factor.transform ? log10_of(*value) : *value);
    y.push_back(p.share->value());
  }
  if (std::string(factor.id) == "registered") out.left_out.registered_zero = registered_zero;
  out.n = static_cast<int>(x.size());
  out.pearson = pearson(x_pearson, y);
  out.spearman = spearman(x, y);
  return out;
}

GroupTotals totals_of(const std::vector<const FactorPoint*>& members) {
  std::vector<double> shares, parts, wholes;
  GroupTotals out;
  for (const FactorPoint* p : members) {
    shares.push_back(p->share->value());
    parts.push_back(static_cast<double>(p->share->part));
    wholes.push_back(static_cast<double>(p->share->whole));
    out.against_all += p->share->part;
    out.base += p->share->whole;
  }
  out.stats = group_stats(shares, parts, wholes);
  return out;
}

// Contests grouped by how many candidates stood: 1, 2, 3, 4–5, 6–9, 10 or more (empty groups left out).
Grouping<CandidateGroup> candidate_groups(const std::vector<FactorPoint>& points) {
  struct Bin { int min; std::optional<int> max; };
  const Bin bins[] = {{1, 1}, {2, 2}, {3, 3}, {4, 5}, {6, 9}, {10, std::nullopt}};
  Grouping<CandidateGroup> out;
  for (const Bin& bin : bins) {
    std::vector<const FactorPoint*> members;
    for (const auto& p : points) {
      if (!p.share || !p.candidates) continue;
      if (*p.candidates >= bin.min && (!bin.max || *p.candidates <= *bin.max)) members.push_back(&p);
    }
    if (members.empty()) continue;
    out.groups.push_back(CandidateGroup{bin.min, bin.max, totals_of(members)});
  }
  for (const auto& p : points) {
    if (!p.share) ++out.left_out.share_unknown;
    else if (!p.candidates || *p.candidates < 1) ++out.left_out.factor_unknown;
  }
  return out;
}

// Grouped by the unit's kind (city, district…) when the units are of two kinds or more.
std::optional<Grouping<KindGroup>> kind_groups(const Dataset& d, const std::vector<FactorPoint>& points) {
  std::vector<std::string> kinds;
  for (const auto& p : points) {
    const std::string& kind = d.units[p.unit].kind;
    if (kind.empty()) continue;
    bool seen = false;
    for (const auto& k : kinds) seen = seen || k == kind;
    if (!seen) kinds.push_back(kind);
  }
  if (kinds.size() < 2) return std::nullopt;
  Grouping<KindGroup> out;
  for (const auto& p : points) {
    if (!p.share) ++out.left_out.share_unknown;
    else if (d.units[p.unit].kind.empty()) ++out.left_out.factor_unknown;
  }
  for (const auto& kind : kinds) {
    std::vector<const FactorPoint*> members;
    for (const auto& p : points) {
      if (p.share && d.units[p.unit].kind == kind) members.push_back(&p);
    }
    if (!members.empty()) out.groups.push_back(KindGroup{kind, totals_of(members)});
  }
  return out;
}

}  // namespace

Factors build_factors(const Dataset& d, const Figures& f, const FactorsOptions& options) {
  Factors out;
  // What each level offers: units, and how many have a share on each base.
  int best_contest = 0, best_region = -1;
  for (int level : levels_of(d)) {
    const int cast = with_share(d, f, level, Measure::ballots_cast);
    const int valid = with_share(d, f, level, Measure::valid_votes);
    out.levels.push_back(FactorsLevel{level_name(d, level), d.units_at_level(level).size(), cast, valid});
    (level == d.contest_level ? best_contest : best_region) = std::max(cast, valid);
  }
  std::string level_choice = options.level.value_or(
      best_region > best_contest && best_contest < kFewUnits ? "region" : "contest");
  if (level_choice == "region" && levels_of(d).size() < 2) level_choice = "contest";
  const int level = level_choice == "contest" ? d.contest_level : 1;
  const bool contest = level == d.contest_level;

  const Measure base = options.base.value_or(
      with_share(d, f, level, Measure::valid_votes) > with_share(d, f, level, Measure::ballots_cast) ? Measure::valid_votes
                                                                                                  : Measure::ballots_cast);

  std::vector<FactorPoint> points;
  std::vector<std::optional<Fraction>> shares;
  for (int unit : d.units_at_level(level)) {
    points.push_back(point_of(d, f, unit, base, contest));
    shares.push_back(points.back().share);
  }
  const auto ranks = competition_ranks(shares);
  for (std::size_t i = 0; i < points.size(); ++i) points[i].rank = ranks[i];

  out.level = level_choice;
  out.level_from_request = options.level.has_value();
  out.base = base;
  out.base_from_request = options.base.has_value();
  out.share.units = points.size();
  for (const auto& p : points) {
    if (p.share_missing == "against_all") ++out.share.against_all_unknown;
    else if (p.share_missing == "base") ++out.share.base_unknown;
    else if (p.share_missing == "base_zero") ++out.share.base_zero;
    else ++out.share.known;
  }
  for (const Factor& factor : kFactors) {
    if (factor.contest_only && !contest) continue;
    out.factors.push_back(relation_of(factor, points));
  }
  out.contest = contest;
  if (contest) out.candidate_groups = candidate_groups(points);
  out.kind_groups = kind_groups(d, points);
  out.units = std::move(points);
  return out;
}

}  // namespace against_all
