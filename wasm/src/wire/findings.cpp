#include "against_all/wire/findings.hpp"

#include <type_traits>

#include "against_all/wire/text.hpp"

namespace against_all {

namespace {

using json = nlohmann::ordered_json;

json finding_value_json(const FindingValue& value) {
  return std::visit(
      [](const auto& v) -> json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::vector<CitedClaim>>) {
          json claims = json::array();
          for (const CitedClaim& claim : v) {
            claims.push_back({{"value", std::visit([](auto x) { return json(x); }, claim.value)}, {"source", claim.source}});
          }
          return claims;
        } else if constexpr (std::is_same_v<T, std::vector<Measure>>) {
          json names = json::array();
          for (Measure measure : v) names.push_back(measure_name(measure));
          return names;
        } else {
          return json(v);
        }
      },
      value);
}

}  // namespace

json findings_json(const Dataset& dataset, const std::vector<Finding>& findings) {
  json out = json::array();
  for (const auto& finding : findings) {
    json units = json::array();
    for (int u : finding.units) units.push_back(dataset.units[u].id);
    json sources = json::array();
    for (int s : finding.sources) sources.push_back(dataset.sources[s].id);
    json values = json::object();
    for (const FindingField& field : finding.values) values[field.name] = finding_value_json(field.value);
    out.push_back({{"id", finding.id},
                   {"code", finding.code},
                   {"severity", finding.severity},
                   {"units", units},
                   {"measure", text_or_null(finding.measure)},
                   {"values", values},
                   {"sources", sources}});
  }
  return out;
}

}  // namespace against_all
