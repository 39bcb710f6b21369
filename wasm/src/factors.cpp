#include "against_all/factors.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "against_all/candidates.hpp"
#include "against_all/optional_json.hpp"
#include "against_all/shares.hpp"
#include "against_all/statistics.hpp"

namespace against_all {

namespace {

using json = nlohmann::ordered_json;

// Below this many units with a known share, the contest level gives way to the region level
// (when that has more).
constexpr int kFewUnits = 10;

// One contest (or region) as a point of every chart.
struct Point {
  int unit = 0;
  std::optional<std::int64_t> against_all, base, registered, candidates, leader_votes;
  std::optional<Fraction> share;
  std::string share_missing;                 // against_all | base | base_zero | "" (known)
  std::optional<double> turnout;
  std::string turnout_source;                // counts | published | ""
  std::optional<double> leader_share;
  std::optional<int> rank;
};

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

Point point_of(const Dataset& d, const Figures& f, int unit, Measure base, bool contest) {
  Point p;
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

std::optional<double> factor_value(const Point& p, const std::string& factor) {
  if (factor == "turnout") return p.turnout;
  if (factor == "registered") {
    if (!p.registered || *p.registered <= 0) return std::nullopt;
    return static_cast<double>(*p.registered);
  }
  if (factor == "candidates") return p.candidates ? std::optional<double>(static_cast<double>(*p.candidates)) : std::nullopt;
  return p.leader_share;
}

json correlation_json(const Correlation& c) {
  json out;
  out["n"] = c.n;
  out["r"] = or_null(c.r);
  out["ci"] = c.ci_low ? json::array({*c.ci_low, *c.ci_high}) : json(nullptr);
  out["strength"] = c.r ? json(strength_of(*c.r)) : json(nullptr);
  out["direction"] = c.r && *c.r != 0 ? json(*c.r > 0 ? "positive" : "negative") : json(nullptr);
  out["missing"] = c.missing.empty() ? json(nullptr) : json(c.missing);
  return out;
}

json factor_json(const Factor& factor, const std::vector<Point>& points) {
  std::vector<double> x, x_pearson, y;
  int share_unknown = 0, factor_unknown = 0, registered_zero = 0;
  for (const auto& p : points) {
    if (!p.share) {
      ++share_unknown;
      continue;
    }
    const auto value = factor_value(p, factor.id);
    if (!value) {
      if (std::string(factor.id) == "registered" && p.registered && *p.registered == 0) ++registered_zero;
      else ++factor_unknown;
      continue;
    }
    x.push_back(*value);
    x_pearson.push_back(factor.transform ? log10_of(*value) : *value);
    y.push_back(p.share->value());
  }
  json left_out = {{"share_unknown", share_unknown}, {"factor_unknown", factor_unknown}};
  if (std::string(factor.id) == "registered") left_out["registered_zero"] = registered_zero;
  return {{"factor", factor.id},
          {"transform", factor.transform ? json(factor.transform) : json(nullptr)},
          {"n", static_cast<int>(x.size())},
          {"pearson", correlation_json(pearson(x_pearson, y))},
          {"spearman", correlation_json(spearman(x, y))},
          {"left_out", left_out}};
}

json group_json(json key, const std::vector<const Point*>& members) {
  std::vector<double> shares, parts, wholes;
  std::int64_t against_all = 0, base = 0;
  for (const Point* p : members) {
    shares.push_back(p->share->value());
    parts.push_back(static_cast<double>(p->share->part));
    wholes.push_back(static_cast<double>(p->share->whole));
    against_all += p->share->part;
    base += p->share->whole;
  }
  const GroupStats g = group_stats(shares, parts, wholes);
  key["n"] = g.n;
  key["weighted_share"] = or_null(g.weighted);
  key["mean"] = or_null(g.mean);
  key["median"] = or_null(g.median);
  key["against_all"] = against_all;
  key["base"] = base;
  return key;
}

// Contests grouped by how many candidates stood: 1, 2, 3, 4–5, 6–9, 10 or more (empty groups left out).
json candidate_groups(const std::vector<Point>& points) {
  struct Bin { int min; std::optional<int> max; };
  const Bin bins[] = {{1, 1}, {2, 2}, {3, 3}, {4, 5}, {6, 9}, {10, std::nullopt}};
  json groups = json::array();
  for (const Bin& bin : bins) {
    std::vector<const Point*> members;
    for (const auto& p : points) {
      if (!p.share || !p.candidates) continue;
      if (*p.candidates >= bin.min && (!bin.max || *p.candidates <= *bin.max)) members.push_back(&p);
    }
    if (members.empty()) continue;
    groups.push_back(group_json({{"min", bin.min}, {"max", or_null(bin.max)}}, members));
  }
  int share_unknown = 0, candidates_unknown = 0;
  for (const auto& p : points) {
    if (!p.share) ++share_unknown;
    else if (!p.candidates || *p.candidates < 1) ++candidates_unknown;
  }
  return {{"groups", groups},
          {"left_out", {{"share_unknown", share_unknown}, {"factor_unknown", candidates_unknown}}}};
}

// Grouped by the unit's kind (city, district…) when the units are of two kinds or more.
json kind_groups(const Dataset& d, const std::vector<Point>& points) {
  std::vector<std::string> kinds;
  for (const auto& p : points) {
    const std::string& kind = d.units[p.unit].kind;
    if (kind.empty()) continue;
    bool seen = false;
    for (const auto& k : kinds) seen = seen || k == kind;
    if (!seen) kinds.push_back(kind);
  }
  if (kinds.size() < 2) return nullptr;
  json groups = json::array();
  int share_unknown = 0, kind_unknown = 0;
  for (const auto& p : points) {
    if (!p.share) ++share_unknown;
    else if (d.units[p.unit].kind.empty()) ++kind_unknown;
  }
  for (const auto& kind : kinds) {
    std::vector<const Point*> members;
    for (const auto& p : points) {
      if (p.share && d.units[p.unit].kind == kind) members.push_back(&p);
    }
    if (!members.empty()) groups.push_back(group_json({{"kind", kind}}, members));
  }
  return {{"groups", groups}, {"left_out", {{"share_unknown", share_unknown}, {"factor_unknown", kind_unknown}}}};
}

json point_json(const Dataset& d, const Point& p, bool contest) {
  const Unit& unit = d.units[p.unit];
  json out;
  out["id"] = unit.id;
  out["parent"] = unit.parent < 0 ? json(nullptr) : json(d.units[unit.parent].id);
  out["kind"] = unit.kind.empty() ? json(nullptr) : json(unit.kind);
  out["name"] = {{"ru", unit.name.ru}, {"kk", unit.name.kk}, {"en", unit.name.en}};
  out["against_all"] = or_null(p.against_all);
  out["base"] = or_null(p.base);
  out["share"] = p.share ? json(p.share->value()) : json(nullptr);
  out["share_missing"] = p.share_missing.empty() ? json(nullptr) : json(p.share_missing);
  out["rank"] = or_null(p.rank);
  out["registered"] = or_null(p.registered);
  out["turnout"] = or_null(p.turnout);
  out["turnout_source"] = p.turnout_source.empty() ? json(nullptr) : json(p.turnout_source);
  if (contest) {
    out["candidates"] = or_null(p.candidates);
    out["leader_votes"] = or_null(p.leader_votes);
    out["leader_share"] = or_null(p.leader_share);
  }
  return out;
}

Error option_error(const std::string& field, const nlohmann::json& value) {
  Error error;
  error.code = "request.invalid_json";
  error.field = field;
  error.text = value.dump();
  return error;
}

}  // namespace

Result<FactorsOptions> factors_options(const nlohmann::json& request) {
  FactorsOptions options;
  if (request.contains("base")) {
    const auto& base = request["base"];
    const auto measure = base.is_string() ? measure_named(base.get<std::string>()) : std::nullopt;
    if (measure != Measure::ballots_cast && measure != Measure::valid_votes) return option_error("base", base);
    options.base = measure;
  }
  if (request.contains("level")) {
    const auto& level = request["level"];
    if (!level.is_string() || (level != "contest" && level != "region")) return option_error("level", level);
    options.level = level.get<std::string>();
  }
  return options;
}

json build_factors(const Dataset& d, const Figures& f, const FactorsOptions& options) {
  // What each level offers: units, and how many have a share on each base.
  json levels = json::array();
  int best_contest = 0, best_region = -1;
  for (int level : levels_of(d)) {
    const int cast = with_share(d, f, level, Measure::ballots_cast);
    const int valid = with_share(d, f, level, Measure::valid_votes);
    levels.push_back({{"level", level_name(d, level)},
                      {"units", d.units_at_level(level).size()},
                      {"with_share", {{"ballots_cast", cast}, {"valid_votes", valid}}}});
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

  std::vector<Point> points;
  std::vector<std::optional<Fraction>> shares;
  for (int unit : d.units_at_level(level)) {
    points.push_back(point_of(d, f, unit, base, contest));
    shares.push_back(points.back().share);
  }
  const auto ranks = competition_ranks(shares);
  for (std::size_t i = 0; i < points.size(); ++i) points[i].rank = ranks[i];

  json out;
  out["level"] = level_choice;
  out["level_chosen"] = options.level ? "request" : "data";
  out["base"] = measure_name(base);
  out["base_chosen"] = options.base ? "request" : "data";
  out["levels"] = levels;
  int share_missing[3] = {0, 0, 0};
  int known = 0;
  for (const auto& p : points) {
    if (p.share_missing == "against_all") ++share_missing[0];
    else if (p.share_missing == "base") ++share_missing[1];
    else if (p.share_missing == "base_zero") ++share_missing[2];
    else ++known;
  }
  out["share"] = {{"units", points.size()},
                  {"known", known},
                  {"against_all_unknown", share_missing[0]},
                  {"base_unknown", share_missing[1]},
                  {"base_zero", share_missing[2]}};
  json factors = json::array();
  for (const Factor& factor : kFactors) {
    if (factor.contest_only && !contest) continue;
    factors.push_back(factor_json(factor, points));
  }
  out["factors"] = factors;
  out["groups"] = {{"candidates", contest ? candidate_groups(points) : json(nullptr)}, {"kind", kind_groups(d, points)}};
  json units = json::array();
  for (const auto& p : points) units.push_back(point_json(d, p, contest));
  out["units"] = units;
  return out;
}

}  // namespace against_all
