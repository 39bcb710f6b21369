// A page of contests on the wire (issue 14): the query read from a request, the page written as
// JSON (each contest as evaluate's `contests` list gives it, wire/scenario.hpp).
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/contest_page.hpp"
#include "against_all/dataset.hpp"
#include "against_all/error.hpp"
#include "against_all/rule.hpp"
#include "against_all/scenario.hpp"

namespace against_all {

// Reads "filter", "sort", "offset" and "limit" of a request. Errors: request.invalid_filter
// (field filter, filter.within, filter.outcome), request.invalid_sort (sort, sort.by, sort.order),
// request.invalid_page (offset, limit); `text` is the JSON given.
Result<ContestQuery> parse_contest_query(const nlohmann::json& request, const Dataset& dataset);

// { rule, swing, sort, total, offset, limit, contests: [entry] }
nlohmann::ordered_json contest_page_json(const Dataset& dataset, const ContestTable& table, const Rule& rule,
                                         PercentE6 swing_e6, const ContestQuery& query, const ContestPage& page);

}  // namespace against_all
