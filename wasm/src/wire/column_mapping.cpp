#include "against_all/wire/column_mapping.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "against_all/measures.hpp"

namespace against_all {

namespace {

bool mappable_measure(const std::string& measure) {
  return (is_additive(measure) && measure != "candidates") || is_percent_measure(measure);
}

// An option's target as the mapping names it: "candidate", "ignore" or a measure.
std::string option_target_name(const OptionTarget& target) {
  switch (target.kind) {
    case OptionTarget::Kind::candidate: return "candidate";
    case OptionTarget::Kind::ignore: return "ignore";
    case OptionTarget::Kind::measure: break;
  }
  return measure_name(target.measure);
}

Error map_error(const std::string& code, const std::string& field, std::optional<std::string> text = std::nullopt) {
  Error error;
  error.code = code;
  error.field = field;
  error.text = std::move(text);
  return error;
}

// A column given by index or header text.
Result<int> column_of(const nlohmann::json& ref, const std::vector<std::string>& header, const std::string& field) {
  if (ref.is_number_integer()) {
    const auto index = ref.get<long long>();
    if (index < 0 || index >= static_cast<long long>(header.size())) {
      return map_error("map.unknown_column", field, std::to_string(index));
    }
    return static_cast<int>(index);
  }
  if (!ref.is_string()) return map_error("map.invalid", field, ref.dump());
  const std::string name = ref.get<std::string>();
  int found = -1;
  for (int i = 0; i < static_cast<int>(header.size()); ++i) {
    if (header[i] != name) continue;
    if (found >= 0) return map_error("map.ambiguous_column", field, name);
    found = i;
  }
  if (found < 0) return map_error("map.unknown_column", field, name);
  return found;
}

}  // namespace

Result<ColumnMapping> read_mapping(const nlohmann::json& in, const std::vector<std::string>& header) {
  if (!in.is_object()) return map_error("map.invalid", "");
  ColumnMapping out;
  std::set<int> used;
  const auto claim_column = [&](int column, const std::string& field) -> std::optional<Error> {
    if (!used.insert(column).second) return map_error("map.duplicate_column", field, header[column]);
    return std::nullopt;
  };

  if (in.contains("transpose")) {
    if (!in["transpose"].is_boolean()) return map_error("map.invalid", "transpose", in["transpose"].dump());
    out.transpose = in["transpose"].get<bool>();
  }
  if (in.contains("shape")) {
    const auto& shape = in["shape"];
    if (shape == "wide") {
      out.shape = UploadShape::wide;
    } else if (shape == "long") {
      out.shape = UploadShape::long_;
    } else {
      return map_error("map.invalid", "shape", shape.dump());
    }
  }

  if (!in.contains("hierarchy") || !in["hierarchy"].is_array()) {
    return map_error("map.required_column_missing", "hierarchy");
  }
  std::set<std::string> levels = {kCountryLevel};
  for (std::size_t i = 0; i < in["hierarchy"].size(); ++i) {
    const auto& entry = in["hierarchy"][i];
    const std::string field = "hierarchy." + std::to_string(i);
    if (!entry.is_object() || !entry.contains("column")) return map_error("map.invalid", field);
    HierarchyColumn level;
    level.level = entry.contains("level") && entry["level"].is_string() ? entry["level"].get<std::string>() : "";
    if (level.level.empty() || !levels.insert(level.level).second) {
      return map_error("map.invalid", field + ".level", entry.contains("level") ? entry["level"].dump() : "");
    }
    auto column = column_of(entry["column"], header, field + ".column");
    if (!column) return column.error();
    if (auto error = claim_column(column.value(), field + ".column")) return *error;
    level.column = column.value();
    out.hierarchy.push_back(level);
  }
  if (out.hierarchy.empty()) return map_error("map.required_column_missing", "hierarchy");

  if (in.contains("contest_level")) {
    if (!in["contest_level"].is_string()) return map_error("map.invalid", "contest_level", in["contest_level"].dump());
    out.contest_level = in["contest_level"].get<std::string>();
    if (!levels.count(out.contest_level)) return map_error("map.invalid", "contest_level", out.contest_level);
  }

  if (in.contains("measures")) {
    const auto& measures = in["measures"];
    if (!measures.is_object()) return map_error("map.invalid", "measures");
    for (auto it = measures.begin(); it != measures.end(); ++it) {
      const std::string field = "measures." + it.key();
      if (!mappable_measure(it.key())) return map_error("map.unknown_measure", field, it.key());
      const nlohmann::json list = it.value().is_array() ? it.value() : nlohmann::json::array({it.value()});
      if (is_percent_measure(it.key()) && list.size() > 1) return map_error("map.invalid", field);
      std::vector<int> columns;
      for (const auto& ref : list) {
        auto column = column_of(ref, header, field);
        if (!column) return column.error();
        if (auto error = claim_column(column.value(), field)) return *error;
        columns.push_back(column.value());
      }
      if (!columns.empty()) out.measures[*measure_named(it.key())] = columns;
    }
  }

  if (in.contains("candidates")) {
    if (!in["candidates"].is_array()) return map_error("map.invalid", "candidates");
    for (const auto& ref : in["candidates"]) {
      auto column = column_of(ref, header, "candidates");
      if (!column) return column.error();
      if (auto error = claim_column(column.value(), "candidates")) return *error;
      out.candidates.push_back(column.value());
    }
  }

  if (in.contains("conventions")) {
    const auto& conventions = in["conventions"];
    if (!conventions.is_object()) return map_error("map.invalid", "conventions");
    for (auto it = conventions.begin(); it != conventions.end(); ++it) {
      const std::string field = "conventions." + it.key();
      const std::string value = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
      if (it.key() == "valid_votes" && value == "excludes_against_all") {
        out.conventions.valid_votes_exclude_against_all = true;
      } else if (it.key() == "ballots_cast" && value == "derived") {
        out.conventions.ballots_cast_derived = true;
      } else if (it.key() == "turnout_pct" && value == "fraction") {
        out.conventions.turnout_fraction = true;
      } else if (!(it.key() == "valid_votes" || it.key() == "ballots_cast" || it.key() == "turnout_pct") ||
                 value != "as_given") {
        return map_error("map.invalid", field, value);
      }
    }
  }

  if (out.shape == UploadShape::long_) {
    if (!in.contains("long") || !in["long"].is_object()) return map_error("map.required_column_missing", "long");
    const auto& long_in = in["long"];
    for (const char* key : {"option_column", "votes_column"}) {
      const std::string field = std::string("long.") + key;
      if (!long_in.contains(key)) return map_error("map.required_column_missing", field);
      auto column = column_of(long_in[key], header, field);
      if (!column) return column.error();
      if (auto error = claim_column(column.value(), field)) return *error;
      (std::string(key) == "option_column" ? out.option_column : out.votes_column) = column.value();
    }
    if (long_in.contains("identity_columns")) {
      const auto& identity = long_in["identity_columns"];
      if (!identity.is_array()) return map_error("map.invalid", "long.identity_columns");
      for (std::size_t k = 0; k < identity.size(); ++k) {
        const std::string field = "long.identity_columns." + std::to_string(k);
        auto column = column_of(identity[k], header, field);
        if (!column) return column.error();
        if (auto error = claim_column(column.value(), field)) return *error;
        out.identity_columns.push_back(column.value());
      }
    }
    if (long_in.contains("options")) {
      const auto& options = long_in["options"];
      if (!options.is_object()) return map_error("map.invalid", "long.options");
      for (auto it = options.begin(); it != options.end(); ++it) {
        const std::string field = "long.options." + it.key();
        if (!it.value().is_string()) return map_error("map.invalid", field, it.value().dump());
        const std::string target = it.value().get<std::string>();
        if (target != "ignore" && target != "candidate" && (!is_additive(target) || target == "candidates" ||
                                                            target == "registered" || target == "ballots_cast")) {
          return map_error("map.unknown_measure", field, target);
        }
        out.options[it.key()] = target == "ignore"      ? OptionTarget{OptionTarget::Kind::ignore, Measure::against_all}
                                : target == "candidate" ? OptionTarget{}
                                                        : OptionTarget::of(*measure_named(target));
      }
    }
  }
  return out;
}

nlohmann::ordered_json mapping_json(const ColumnMapping& mapping) {
  nlohmann::ordered_json out;
  out["shape"] = mapping.shape == UploadShape::wide ? "wide" : "long";
  out["hierarchy"] = nlohmann::ordered_json::array();
  for (const auto& level : mapping.hierarchy) out["hierarchy"].push_back({{"level", level.level}, {"column", level.column}});
  out["contest_level"] = mapping.contest_level;
  out["measures"] = nlohmann::ordered_json::object();
  for (const auto* measures : {&count_measures(), &percent_measures()}) {
    for (Measure measure : *measures) {
      auto found = mapping.measures.find(measure);
      if (found != mapping.measures.end()) out["measures"][measure_name(measure)] = found->second;
    }
  }
  out["candidates"] = mapping.candidates;
  if (mapping.shape == UploadShape::long_) {
    nlohmann::ordered_json options = nlohmann::ordered_json::object();
    for (const auto& [text, target] : mapping.options) options[text] = option_target_name(target);
    out["long"] = {{"option_column", mapping.option_column}, {"votes_column", mapping.votes_column}, {"options", options}};
    if (!mapping.identity_columns.empty()) out["long"]["identity_columns"] = mapping.identity_columns;
  }
  if (mapping.transpose) out["transpose"] = true;
  if (mapping.conventions.any()) {
    nlohmann::ordered_json conventions = nlohmann::ordered_json::object();
    if (mapping.conventions.valid_votes_exclude_against_all) conventions["valid_votes"] = "excludes_against_all";
    if (mapping.conventions.ballots_cast_derived) conventions["ballots_cast"] = "derived";
    if (mapping.conventions.turnout_fraction) conventions["turnout_pct"] = "fraction";
    out["conventions"] = conventions;
  }
  return out;
}

nlohmann::ordered_json suggestion_json(const MappingSuggestion& suggestion, const std::vector<std::string>& header) {
  using ojson = nlohmann::ordered_json;
  ojson out;
  out["mapping"] = mapping_json(suggestion.mapping);
  ojson unmapped = ojson::array();
  for (int c : suggestion.unmapped) unmapped.push_back({{"column", c}, {"header", header[c]}});
  out["unmapped"] = unmapped;
  out["ambiguous"] = suggestion.ambiguous;
  ojson header_problems = ojson::array();
  for (const HeaderProblem& p : suggestion.header_problems) {
    ojson item{{"column", p.column}, {"code", p.code}, {"header", header[p.column]}};
    if (p.same_as >= 0) item["same_as"] = p.same_as;
    header_problems.push_back(item);
  }
  out["header_problems"] = header_problems;
  ojson columns = ojson::array();
  for (const SuggestedRole& r : suggestion.columns) {
    columns.push_back({{"column", r.column}, {"header", header[r.column]}, {"role", r.role}, {"sure", r.sure},
                       {"reason", r.reason}, {"alternatives", r.alternatives}});
  }
  ojson questions = ojson::array();
  for (const SuggestionQuestion& q : suggestion.questions) {
    ojson item{{"field", q.field}};
    if (q.column >= 0) {
      item["column"] = q.column;
      item["header"] = header[q.column];
    }
    item["suggested"] = q.suggested;
    item["alternatives"] = q.alternatives;
    item["reason"] = q.reason;
    questions.push_back(item);
  }
  out["suggestion"] = {{"columns", columns}, {"questions", questions}};
  return out;
}

}  // namespace against_all
