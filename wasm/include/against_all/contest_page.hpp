// Per-contest results in pages (issue 14): a rule's decision for one page of contests, filtered
// (within a unit, by outcome) and sorted (file order, distance to the other outcome, counts) in
// the core, so that a page listing contests never receives 100,000 of them as JSON.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "against_all/dataset.hpp"
#include "against_all/decision.hpp"
#include "against_all/rule.hpp"
#include "against_all/scenario.hpp"
#include "against_all/settle.hpp"

namespace against_all {

// What a page may be sorted by; every key but `file` is read from the contest's decision, and a
// contest without that figure (unknown, or no distance) comes after those with one, either order.
enum class ContestSortKey { file, switch_votes, new_voters, against_all, against_all_share, leader_votes, registered };

struct ContestQuery {
  std::optional<int> within;              // a unit index: only contests that are it or lie below it
  std::array<bool, 4> outcomes{true, true, true, true};   // by Outcome: which to keep
  bool outcome_filter = false;            // false: every outcome (no decision needed to filter)
  ContestSortKey sort = ContestSortKey::file;
  bool descending = false;
  std::size_t offset = 0;
  std::size_t limit = 50;
};

constexpr std::size_t kMostContestsPerPage = 1'000;

// Per contest, what filtering and sorting read: its outcome and the figures a page sorts by,
// each as a number (NaN when the contest lacks it). Computed for one rule and swing.
struct ContestKeys {
  std::vector<Outcome> outcomes;            // every contest; empty until asked for
  std::vector<double> values;               // for `key` only, every contest; empty until asked for
  ContestSortKey key = ContestSortKey::file;
};

// A session's memory of the last rule and swing it paged (a user turns pages of one scenario):
// the outcomes and sort values are computed once for it, then every page only sorts.
struct ContestPageCache {
  std::mutex mutex;
  std::string scenario;                     // the rule and the swing the keys are for
  ContestKeys keys;
  std::vector<std::uint32_t> order;         // the last query's matching contests, in order
  std::string order_query;                  // the query (filter and sort) `order` is for
};

// The contests the query keeps (how many) and its page of them, in order. `cache` may be null (a
// dataset given whole: nothing is kept).
struct ContestPage {
  std::size_t total = 0;
  std::vector<ContestEntry> contests;
};
ContestPage contest_page(const Dataset& dataset, const ContestTable& table, const Rule& rule, PercentE6 swing_e6,
                         const ContestQuery& query, ContestPageCache* cache);

}  // namespace against_all
