#include "against_all/wire/factors.hpp"

#include <string>

#include "against_all/wire/optional_json.hpp"

namespace against_all {

namespace {

using json = nlohmann::ordered_json;

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

json left_out_json(const LeftOut& left_out) {
  json out = {{"share_unknown", left_out.share_unknown}, {"factor_unknown", left_out.factor_unknown}};
  if (left_out.registered_zero) out["registered_zero"] = *left_out.registered_zero;
  return out;
}

json relation_json(const FactorRelation& relation) {
  return {{"factor", relation.factor},
          {"transform", relation.transform ? json(relation.transform) : json(nullptr)},
          {"n", relation.n},
          {"pearson", correlation_json(relation.pearson)},
          {"spearman", correlation_json(relation.spearman)},
          {"left_out", left_out_json(relation.left_out)}};
}

// The group's key ({min, max} or {kind}) followed by its figures.
json group_json(json key, const GroupTotals& totals) {
  key["n"] = totals.stats.n;
  key["weighted_share"] = or_null(totals.stats.weighted);
  key["mean"] = or_null(totals.stats.mean);
  key["median"] = or_null(totals.stats.median);
  key["against_all"] = totals.against_all;
  key["base"] = totals.base;
  return key;
}

json candidate_groups_json(const Grouping<CandidateGroup>& grouping) {
  json groups = json::array();
  for (const CandidateGroup& g : grouping.groups) groups.push_back(group_json({{"min", g.min}, {"max", or_null(g.max)}}, g.totals));
  return {{"groups", groups}, {"left_out", left_out_json(grouping.left_out)}};
}

json kind_groups_json(const Grouping<KindGroup>& grouping) {
  json groups = json::array();
  for (const KindGroup& g : grouping.groups) groups.push_back(group_json({{"kind", g.kind}}, g.totals));
  return {{"groups", groups}, {"left_out", left_out_json(grouping.left_out)}};
}

json point_json(const Dataset& d, const FactorPoint& p, bool contest) {
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

json factors_json(const Dataset& dataset, const Factors& factors) {
  json levels = json::array();
  for (const FactorsLevel& level : factors.levels) {
    levels.push_back({{"level", level.name},
                      {"units", level.units},
                      {"with_share", {{"ballots_cast", level.with_share_cast}, {"valid_votes", level.with_share_valid}}}});
  }
  json out;
  out["level"] = factors.level;
  out["level_chosen"] = factors.level_from_request ? "request" : "data";
  out["base"] = measure_name(factors.base);
  out["base_chosen"] = factors.base_from_request ? "request" : "data";
  out["levels"] = levels;
  out["share"] = {{"units", factors.share.units},
                  {"known", factors.share.known},
                  {"against_all_unknown", factors.share.against_all_unknown},
                  {"base_unknown", factors.share.base_unknown},
                  {"base_zero", factors.share.base_zero}};
  json relations = json::array();
  for (const FactorRelation& relation : factors.factors) relations.push_back(relation_json(relation));
  out["factors"] = relations;
  out["groups"] = {{"candidates", factors.candidate_groups ? candidate_groups_json(*factors.candidate_groups) : json(nullptr)},
                   {"kind", factors.kind_groups ? kind_groups_json(*factors.kind_groups) : json(nullptr)}};
  json units = json::array();
  for (const FactorPoint& p : factors.units) units.push_back(point_json(dataset, p, factors.contest));
  out["units"] = units;
  return out;
}

}  // namespace against_all
