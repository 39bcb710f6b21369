#include "against_all/contest_page.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace against_all {
namespace {

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
  std::string text = std::to_string(q.within.value_or(-1)) + "|" + std::to_string(static_cast<int>(q.sort)) +
                     (q.descending ? "-" : "+") + "|";
  if (q.outcome_filter)
    for (bool keep : q.outcomes) text += keep ? '1' : '0';
  return text;
}

// Every field of the rule, and the swing: what the kept outcomes and sort values were computed for.
std::string scenario_key(const Rule& rule, PercentE6 swing) {
  auto percent = [](const std::optional<PercentE6>& p) { return p ? std::to_string(*p) : std::string("-"); };
  const Threshold winner = rule.winner_min.value_or(Threshold{-1, Base::ballots_cast});
  return rule.preset + "|" + (rule.blank_as_against_all ? "1" : "0") + (rule.crossed_out_as_against_all ? "1" : "0") +
         "|" + to_string(rule.validity) + "|" + std::to_string(rule.against_all_share.percent) + to_string(rule.against_all_share.base) +
         "|" + percent(rule.min_turnout) + "|" + (rule.winner_min ? std::to_string(winner.percent) + to_string(winner.base) : "-") +
         "|" + (rule.tie == TiePolicy::valid ? "valid" : "void") + "|" + percent(rule.assume_max_invalid) + "@" +
         std::to_string(swing);
}

}  // namespace

ContestPage contest_page(const Dataset& dataset, const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                  const ContestQuery& query, ContestPageCache* cache) {
  ContestPageCache local;
  ContestPageCache& c = cache ? *cache : local;
  std::lock_guard<std::mutex> lock(c.mutex);
  const std::string scenario = scenario_key(rule, swing_e6);
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

  ContestPage page;
  page.total = c.order.size();
  const std::size_t end = std::min(c.order.size(), query.offset + std::min(query.limit, kMostContestsPerPage));
  for (std::size_t k = query.offset; k < end; ++k) {
    const std::size_t i = c.order[k];
    Decision decision = decide(table.counts[i], rule, swing_e6);
    std::vector<Lever> levers =
        decision.outcome == Outcome::undecided ? levers_for(table.counts[i], rule, swing_e6) : std::vector<Lever>{};
    page.contests.push_back(contest_entry(table, i, std::move(decision), std::move(levers), true, rule, swing_e6));
  }
  return page;
}

}  // namespace against_all
