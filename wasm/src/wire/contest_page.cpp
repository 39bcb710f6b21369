#include "against_all/wire/contest_page.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include "against_all/wire/rule.hpp"
#include "against_all/wire/scenario.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

Error query_error(const std::string& code, const std::string& field, const nlohmann::json& given) {
  Error error;
  error.code = code;
  error.field = field;
  error.text = given.dump();
  return error;
}

struct SortName {
  const char* name;
  ContestSortKey key;
};
constexpr SortName kSortNames[] = {
    {"file", ContestSortKey::file},           {"switch", ContestSortKey::switch_votes},
    {"new_voters", ContestSortKey::new_voters}, {"against_all", ContestSortKey::against_all},
    {"against_all_share", ContestSortKey::against_all_share}, {"leader_votes", ContestSortKey::leader_votes},
    {"registered", ContestSortKey::registered},
};

const char* sort_name(ContestSortKey key) {
  for (const SortName& s : kSortNames)
    if (s.key == key) return s.name;
  return "file";
}

std::optional<Outcome> outcome_named(const std::string& name) {
  for (Outcome o : {Outcome::valid, Outcome::void_, Outcome::runoff, Outcome::undecided})
    if (name == to_string(o)) return o;
  return std::nullopt;
}

// A JSON integer in [low, high]; nullopt for anything else (a float, a string, out of range).
std::optional<std::size_t> whole_number(const nlohmann::json& value, std::size_t low, std::size_t high) {
  if (value.is_number_unsigned()) {
    const auto n = value.get<std::uint64_t>();
    if (n >= low && n <= high) return static_cast<std::size_t>(n);
    return std::nullopt;
  }
  if (value.is_number_integer()) {
    const auto n = value.get<std::int64_t>();
    if (n >= 0 && static_cast<std::uint64_t>(n) >= low && static_cast<std::uint64_t>(n) <= high)
      return static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

}  // namespace

Result<ContestQuery> parse_contest_query(const nlohmann::json& request, const Dataset& dataset) {
  ContestQuery query;
  if (request.contains("filter")) {
    const auto& filter = request["filter"];
    if (!filter.is_object()) return query_error("request.invalid_filter", "filter", filter);
    for (auto it = filter.begin(); it != filter.end(); ++it) {
      if (it.key() == "within") {
        if (!it.value().is_string()) return query_error("request.invalid_filter", "filter.within", it.value());
        auto unit = dataset.find_unit(it.value().get<std::string>());
        if (!unit) return query_error("request.invalid_filter", "filter.within", it.value());
        query.within = *unit;
      } else if (it.key() == "outcome") {
        const auto& list = it.value();
        if (!list.is_array() || list.empty()) return query_error("request.invalid_filter", "filter.outcome", list);
        query.outcomes = {false, false, false, false};
        query.outcome_filter = true;
        for (const auto& name : list) {
          const auto outcome = name.is_string() ? outcome_named(name.get<std::string>()) : std::nullopt;
          if (!outcome) return query_error("request.invalid_filter", "filter.outcome", name);
          query.outcomes[static_cast<std::size_t>(*outcome)] = true;
        }
      } else {
        return query_error("request.invalid_filter", "filter." + it.key(), it.value());
      }
    }
  }
  if (request.contains("sort")) {
    const auto& sort = request["sort"];
    if (!sort.is_object()) return query_error("request.invalid_sort", "sort", sort);
    for (auto it = sort.begin(); it != sort.end(); ++it) {
      if (it.key() == "by") {
        bool known = false;
        for (const SortName& s : kSortNames) {
          if (it.value().is_string() && it.value().get<std::string>() == s.name) {
            query.sort = s.key;
            known = true;
          }
        }
        if (!known) return query_error("request.invalid_sort", "sort.by", it.value());
      } else if (it.key() == "order") {
        const auto& order = it.value();
        if (!order.is_string() || (order != "asc" && order != "desc"))
          return query_error("request.invalid_sort", "sort.order", order);
        query.descending = order == "desc";
      } else {
        return query_error("request.invalid_sort", "sort." + it.key(), it.value());
      }
    }
  }
  if (request.contains("offset")) {
    const auto offset = whole_number(request["offset"], 0, std::numeric_limits<std::uint32_t>::max());
    if (!offset) return query_error("request.invalid_page", "offset", request["offset"]);
    query.offset = *offset;
  }
  if (request.contains("limit")) {
    const auto limit = whole_number(request["limit"], 1, kMostContestsPerPage);
    if (!limit) return query_error("request.invalid_page", "limit", request["limit"]);
    query.limit = *limit;
  }
  return query;
}

json contest_page_json(const Dataset& dataset, const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                       const ContestQuery& query, const ContestPage& page) {
  json list = json::array();
  for (const ContestEntry& entry : page.contests) list.push_back(contest_entry_json(dataset, table, entry));
  json out;
  out["rule"] = rule_json(rule);
  out["swing"] = percent_json(swing_e6);
  out["sort"] = json{{"by", sort_name(query.sort)}, {"order", query.descending ? "desc" : "asc"}};
  out["total"] = page.total;
  out["offset"] = query.offset;
  out["limit"] = query.limit;
  out["contests"] = std::move(list);
  return out;
}

}  // namespace against_all
