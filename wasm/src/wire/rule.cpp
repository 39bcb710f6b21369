#include "against_all/wire/rule.hpp"

#include <cmath>
#include <string>

#include "against_all/presets.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

Error rule_error(const std::string& field, const json& value) {
  Error error;
  error.code = "rule.invalid";
  error.field = field;
  error.text = value.dump();
  return error;
}

}  // namespace

std::optional<PercentE6> percent_from_json(const json& value) {
  if (!value.is_number()) return std::nullopt;
  const double percent = value.get<double>();
  if (!std::isfinite(percent) || percent < 0.0 || percent > 100.0) return std::nullopt;
  return static_cast<PercentE6>(std::llround(percent * static_cast<double>(kPercentScale)));
}

json percent_json(PercentE6 percent) {
  // Whole numbers stay integers in JSON, so a link or a file reads "50", not "50.0".
  if (percent % kPercentScale == 0) return percent / kPercentScale;
  return static_cast<double>(percent) / static_cast<double>(kPercentScale);
}

namespace {

std::optional<Base> read_base(const json& value) {
  if (!value.is_string()) return std::nullopt;
  const std::string name = value.get<std::string>();
  if (name == "ballots_cast") return Base::ballots_cast;
  if (name == "valid_votes") return Base::valid_votes;
  if (name == "registered") return Base::registered;
  return std::nullopt;
}

std::optional<Validity> read_validity(const json& value) {
  if (!value.is_string()) return std::nullopt;
  const std::string name = value.get<std::string>();
  if (name == "none") return Validity::none;
  if (name == "against_all_beats_leader") return Validity::against_all_beats_leader;
  if (name == "against_all_share") return Validity::against_all_share;
  if (name == "against_all_majority") return Validity::against_all_majority;
  return std::nullopt;
}

// Reads {"percent": p, "base": b} over `threshold`; absent keys keep their value.
std::optional<Error> read_threshold(const json& object, const std::string& field, Threshold& threshold) {
  if (!object.is_object()) return rule_error(field, object);
  for (const auto& [key, value] : object.items()) {
    if (key == "percent") {
      auto percent = percent_from_json(value);
      if (!percent) return rule_error(field + ".percent", value);
      threshold.percent = *percent;
    } else if (key == "base") {
      auto base = read_base(value);
      if (!base) return rule_error(field + ".base", value);
      threshold.base = *base;
    } else {
      return rule_error(field + "." + key, value);
    }
  }
  return std::nullopt;
}

std::optional<Error> read_optional_percent(const json& value, const std::string& field,
                                           std::optional<PercentE6>& out) {
  if (value.is_null()) {
    out.reset();
    return std::nullopt;
  }
  auto percent = percent_from_json(value);
  if (!percent) return rule_error(field, value);
  out = percent;
  return std::nullopt;
}

std::optional<Error> read_counting(const json& object, Rule& rule) {
  if (!object.is_object()) return rule_error("counting", object);
  for (const auto& [key, value] : object.items()) {
    if (!value.is_boolean()) return rule_error("counting." + key, value);
    if (key == "blank") {
      rule.blank_as_against_all = value.get<bool>();
    } else if (key == "crossed_out") {
      rule.crossed_out_as_against_all = value.get<bool>();
    } else {
      return rule_error("counting." + key, value);
    }
  }
  return std::nullopt;
}

std::optional<Error> read_validity_object(const json& object, Rule& rule) {
  if (!object.is_object()) return rule_error("validity", object);
  for (const auto& [key, value] : object.items()) {
    if (key == "kind") {
      auto kind = read_validity(value);
      if (!kind) return rule_error("validity.kind", value);
      rule.validity = *kind;
    } else if (key == "percent" || key == "base") {
      json part = json::object();
      part[key] = value;
      if (auto error = read_threshold(part, "validity", rule.against_all_share)) return error;
    } else {
      return rule_error("validity." + key, value);
    }
  }
  return std::nullopt;
}

std::optional<Error> read_winner_min(const json& value, Rule& rule) {
  if (value.is_null()) {
    rule.winner_min.reset();
    return std::nullopt;
  }
  Threshold threshold = rule.winner_min.value_or(Threshold{50 * kPercentScale, Base::ballots_cast});
  if (auto error = read_threshold(value, "winner_min", threshold)) return error;
  rule.winner_min = threshold;
  return std::nullopt;
}

std::optional<Error> read_tie(const json& value, Rule& rule) {
  if (value == "valid") {
    rule.tie = TiePolicy::valid;
  } else if (value == "void") {
    rule.tie = TiePolicy::void_;
  } else {
    return rule_error("tie", value);
  }
  return std::nullopt;
}

json threshold_json(const Threshold& threshold) {
  return json{{"percent", percent_json(threshold.percent)}, {"base", to_string(threshold.base)}};
}

}  // namespace

Result<Rule> parse_rule(const json& object) {
  if (!object.is_object()) return rule_error("", object);
  Rule rule;
  if (object.contains("preset")) {
    const json& id = object.at("preset");
    if (!id.is_string()) return rule_error("preset", id);
    if (id != "custom") {
      const Preset* preset = find_preset(id.get<std::string>());
      if (!preset) {
        Error error;
        error.code = "rule.unknown_preset";
        error.field = "preset";
        error.text = id.get<std::string>();
        return error;
      }
      rule = preset->rule;
    }
  }
  for (const auto& [key, value] : object.items()) {
    std::optional<Error> error;
    if (key == "preset" || key == "edited") continue;
    if (key == "counting") {
      error = read_counting(value, rule);
    } else if (key == "validity") {
      error = read_validity_object(value, rule);
    } else if (key == "min_turnout") {
      error = read_optional_percent(value, "min_turnout", rule.min_turnout);
    } else if (key == "winner_min") {
      error = read_winner_min(value, rule);
    } else if (key == "tie") {
      error = read_tie(value, rule);
    } else if (key == "assume_max_invalid") {
      error = read_optional_percent(value, "assume_max_invalid", rule.assume_max_invalid);
    } else {
      error = rule_error(key, value);
    }
    if (error) return *error;
  }
  return rule;
}

json rule_json(const Rule& rule) {
  const Preset* preset = find_preset(rule.preset);
  json out;
  out["preset"] = rule.preset;
  out["edited"] = preset ? !(preset->rule == rule) : false;
  out["counting"] = json{{"blank", rule.blank_as_against_all}, {"crossed_out", rule.crossed_out_as_against_all}};
  out["validity"] = json{{"kind", to_string(rule.validity)},
                         {"percent", percent_json(rule.against_all_share.percent)},
                         {"base", to_string(rule.against_all_share.base)}};
  out["min_turnout"] = rule.min_turnout ? percent_json(*rule.min_turnout) : json(nullptr);
  out["winner_min"] = rule.winner_min ? threshold_json(*rule.winner_min) : json(nullptr);
  out["tie"] = rule.tie == TiePolicy::valid ? "valid" : "void";
  out["assume_max_invalid"] = rule.assume_max_invalid ? percent_json(*rule.assume_max_invalid) : json(nullptr);
  return out;
}

}  // namespace against_all
