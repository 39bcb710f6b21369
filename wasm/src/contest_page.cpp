#include "against_all/contest_page.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "against_all/wire/rule.hpp"

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

double number_or_nan(const std::optional<std::int64_t>& value) {
  return value ? static_cast<double>(*value) : std::numeric_limits<double>::quiet_NaN();
}

// The sort value of one contest, from its full decision where the key needs one.
double sort_value(const ContestTable& table, std::size_t i, const Rule& rule, PercentE6 swing, ContestSortKey key,
                  Outcome& outcome) {
  const ContestCounts& counts = table.counts[i];
  if (key == ContestSortKey::registered) {
    outcome = decide_outcome(counts, table.prepared[i], rule, swing);
    return number_or_nan(counts.registered);
  }
  const Decision d = decide(counts, rule, swing);
  outcome = d.outcome;
  switch (key) {
    case ContestSortKey::switch_votes:
      return d.switch_distance ? static_cast<double>(d.switch_distance->votes) : std::nan("");
    case ContestSortKey::new_voters:
      return d.new_voters_distance ? static_cast<double>(d.new_voters_distance->votes) : std::nan("");
    case ContestSortKey::against_all: return number_or_nan(d.against_all);
    case ContestSortKey::leader_votes: return number_or_nan(d.leader_votes);
    case ContestSortKey::against_all_share: {
      const auto exact = exact_swing_counts(counts, table.prepared[i], rule);
      if (!d.against_all || !exact || exact->valid <= 0) return std::nan("");
      return static_cast<double>(*d.against_all) / static_cast<double>(exact->valid);
    }
    default: return std::nan("");
  }
}

// Fills what the query reads and the keys do not hold yet: outcomes, the sort key's values.
void fill_keys(const ContestTable& table, const Rule& rule, PercentE6 swing, const ContestQuery& query, ContestKeys& keys) {
  const std::size_t n = table.counts.size();
  const bool want_values = query.sort != ContestSortKey::file && (keys.values.empty() || keys.key != query.sort);
  if (want_values) {
    keys.values.assign(n, 0.0);
    keys.outcomes.resize(n);
    keys.key = query.sort;
    for (std::size_t i = 0; i < n; ++i) keys.values[i] = sort_value(table, i, rule, swing, query.sort, keys.outcomes[i]);
    return;
  }
  if (query.outcome_filter && keys.outcomes.empty()) {
    keys.outcomes.resize(n);
    for (std::size_t i = 0; i < n; ++i) keys.outcomes[i] = decide_outcome(table.counts[i], table.prepared[i], rule, swing);
  }
}

// The contests the filter keeps, in the query's order (ties and missing values: file order).
std::vector<std::uint32_t> matching_order(const Dataset& dataset, const ContestTable& table, const ContestQuery& query,
                                          const ContestKeys& keys) {
  std::vector<std::uint32_t> order;
  order.reserve(table.contests.size());
  const int within_level = query.within ? dataset.units[*query.within].level : 0;
  for (std::size_t i = 0; i < table.contests.size(); ++i) {
    if (query.within && *query.within != dataset.root) {
      int unit = table.contests[i];
      while (unit >= 0 && dataset.units[unit].level > within_level) unit = dataset.units[unit].parent;
      if (unit != *query.within) continue;
    }
    if (query.outcome_filter && !query.outcomes[static_cast<std::size_t>(keys.outcomes[i])]) continue;
    order.push_back(static_cast<std::uint32_t>(i));
  }
  if (query.sort == ContestSortKey::file) {
    if (query.descending) std::reverse(order.begin(), order.end());
    return order;
  }
  const auto& values = keys.values;
  const bool descending = query.descending;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const double x = values[a], y = values[b];
    if (std::isnan(x) || std::isnan(y)) return !std::isnan(x) && std::isnan(y);   // missing values last
    return descending ? x > y : x < y;
  });
  return order;
}

std::string query_text(const ContestQuery& q) {
  std::string text = std::to_string(q.within.value_or(-1)) + "|" + sort_name(q.sort) + (q.descending ? "-" : "+") + "|";
  if (q.outcome_filter)
    for (bool keep : q.outcomes) text += keep ? '1' : '0';
  return text;
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

json contest_page(const Dataset& dataset, const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                  const ContestQuery& query, ContestPageCache* cache) {
  ContestPageCache local;
  ContestPageCache& c = cache ? *cache : local;
  std::lock_guard<std::mutex> lock(c.mutex);
  const std::string scenario = rule_json(rule).dump() + "@" + std::to_string(swing_e6);
  if (c.scenario != scenario) {
    c.scenario = scenario;
    c.keys = ContestKeys{};
    c.order.clear();
    c.order_query.clear();
  }
  const std::string wanted = query_text(query);
  if (c.order_query != wanted) {
    fill_keys(table, rule, swing_e6, query, c.keys);
    c.order = matching_order(dataset, table, query, c.keys);
    c.order_query = wanted;
  }

  json list = json::array();
  const std::size_t end = std::min(c.order.size(), query.offset + std::min(query.limit, kMostContestsPerPage));
  for (std::size_t k = query.offset; k < end; ++k) {
    const std::size_t i = c.order[k];
    const Decision decision = decide(table.counts[i], rule, swing_e6);
    const std::vector<Lever> levers =
        decision.outcome == Outcome::undecided ? levers_for(table.counts[i], rule, swing_e6) : std::vector<Lever>{};
    list.push_back(contest_entry_json(dataset, table, i, decision, levers, true, rule, swing_e6));
  }
  json out;
  out["rule"] = rule_json(rule);
  out["swing"] = percent_json(swing_e6);
  out["sort"] = json{{"by", sort_name(query.sort)}, {"order", query.descending ? "desc" : "asc"}};
  out["total"] = c.order.size();
  out["offset"] = query.offset;
  out["limit"] = query.limit;
  out["contests"] = std::move(list);
  return out;
}

}  // namespace against_all
