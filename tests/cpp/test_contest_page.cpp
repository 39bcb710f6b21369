// contest_page (issue 14): per-contest results in pages, filtered and sorted in the core. Every
// entry is the entry evaluate's list gives for that contest; the pages of a query together are
// exactly the contests it keeps, in its order; a session's remembered keys never leak from one
// scenario into another; bad values are refused with a stable code and the field.
#include <cmath>
#include <map>
#include <string>

#include "against_all/presets.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::json;

json bundled_dataset() {
  json files = json::object();
  for (const auto& [name, text] : test::load_folder(test::source_path("data/kz-2023-akims"))) files[name] = text;
  return json{{"files", files}};
}

json call(const json& request) { return json::parse(handle(request.dump())); }

json evaluate_list(const json& dataset, const json& rule, double swing) {
  const json r = call(json{{"op", "evaluate"}, {"dataset", dataset}, {"rule", rule}, {"swing", swing}, {"curve", false}});
  EXPECT_TRUE(r["ok"].get<bool>()) << r.dump();
  return r["result"]["contests"];
}

// Every page of a query, concatenated.
json all_pages(json request, int limit) {
  json out = json::array();
  request["limit"] = limit;
  for (int offset = 0;; offset += limit) {
    request["offset"] = offset;
    const json page = call(request);
    EXPECT_TRUE(page["ok"].get<bool>()) << page.dump();
    for (const auto& c : page["result"]["contests"]) out.push_back(c);
    if (offset + limit >= page["result"]["total"].get<int>()) break;
  }
  return out;
}

int open_session(const json& dataset) {
  const json opened = call(json{{"op", "open"}, {"dataset", dataset}});
  return opened["result"]["session"].get<int>();
}

TEST(ContestPage, PagesInFileOrderAreEvaluatesListForEveryPreset) {
  const json dataset = bundled_dataset();
  for (const Preset& preset : presets()) {
    for (double swing : {0.0, 4.5}) {
      const json rule{{"preset", preset.id}};
      const json pages = all_pages(json{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule}, {"swing", swing}}, 7);
      EXPECT_EQ(pages, evaluate_list(dataset, rule, swing)) << preset.id << " " << swing;
    }
  }
}

TEST(ContestPage, FirstPageSaysTheTotalAndTheQuery) {
  const json page = call(json{{"op", "contest_page"}, {"dataset", bundled_dataset()}, {"rule", {{"preset", "beats-leader"}}}});
  ASSERT_TRUE(page["ok"].get<bool>()) << page.dump();
  const json& r = page["result"];
  EXPECT_EQ(r["total"], 45);
  EXPECT_EQ(r["offset"], 0);
  EXPECT_EQ(r["limit"], 50);
  EXPECT_EQ(r["contests"].size(), 45u);
  EXPECT_EQ(r["sort"], (json{{"by", "file"}, {"order", "asc"}}));
  EXPECT_EQ(r["rule"]["preset"], "beats-leader");
}

TEST(ContestPage, WithinARegionKeepsItsContestsOnly) {
  const json dataset = bundled_dataset();
  const json rule{{"preset", "beats-leader"}};
  const json list = evaluate_list(dataset, rule, 0);
  std::map<std::string, json> by_region;
  for (const auto& c : list) by_region[c["region"].get<std::string>()].push_back(c);
  ASSERT_GT(by_region.size(), 5u);
  for (const auto& [region, contests] : by_region) {
    const json request{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule}, {"filter", {{"within", region}}}};
    EXPECT_EQ(all_pages(request, 2), contests) << region;
  }
  // The country holds every contest; a contest holds itself.
  const json country = call(json{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule},
                                 {"filter", {{"within", "kz"}}}, {"limit", 1}});
  ASSERT_TRUE(country["ok"].get<bool>()) << country.dump();
  EXPECT_EQ(country["result"]["total"], 45);
  const std::string one = list[3]["id"].get<std::string>();
  const json itself = call(json{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule}, {"filter", {{"within", one}}}});
  EXPECT_EQ(itself["result"]["total"], 1);
  EXPECT_EQ(itself["result"]["contests"][0], list[3]);
}

TEST(ContestPage, OutcomeFilterCountsAgreeWithTheTally) {
  const json dataset = bundled_dataset();
  const json rule{{"preset", "russia-before-2006"}, {"assume_max_invalid", 5}};
  const json evaluated = call(json{{"op", "evaluate"}, {"dataset", dataset}, {"rule", rule}, {"swing", 6}});
  for (const char* outcome : {"valid", "void", "runoff", "undecided"}) {
    const json page = call(json{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule}, {"swing", 6},
                                {"filter", {{"outcome", {outcome}}}}, {"limit", 1000}});
    ASSERT_TRUE(page["ok"].get<bool>()) << page.dump();
    EXPECT_EQ(page["result"]["total"], evaluated["result"]["totals"][outcome]["contests"]) << outcome;
    for (const auto& c : page["result"]["contests"]) EXPECT_EQ(c["outcome"], outcome);
  }
  const json two = call(json{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule}, {"swing", 6},
                             {"filter", {{"outcome", {"valid", "undecided"}}}}});
  EXPECT_EQ(two["result"]["total"].get<int>(), evaluated["result"]["totals"]["valid"]["contests"].get<int>() +
                                                   evaluated["result"]["totals"]["undecided"]["contests"].get<int>());
}

// The figure a sort key reads from an entry; NaN when absent.
double figure_of(const json& c, const std::string& by) {
  const json* v = nullptr;
  if (by == "switch" || by == "new_voters") {
    v = c[by].is_null() ? nullptr : &c[by]["votes"];
  } else {
    v = c[by].is_null() ? nullptr : &c[by];
  }
  return v ? v->get<double>() : std::nan("");
}

TEST(ContestPage, SortedByAFigureWithMissingOnesLastAndTiesInFileOrder) {
  const json dataset = bundled_dataset();
  const json rule{{"preset", "beats-leader"}};
  const json list = evaluate_list(dataset, rule, 0);
  std::map<std::string, int> position;
  for (std::size_t i = 0; i < list.size(); ++i) position[list[i]["id"].get<std::string>()] = static_cast<int>(i);
  for (const char* by : {"switch", "new_voters", "against_all", "leader_votes", "registered"}) {
    for (const char* order : {"asc", "desc"}) {
      const json pages = all_pages(json{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule},
                                        {"sort", {{"by", by}, {"order", order}}}}, 10);
      ASSERT_EQ(pages.size(), list.size()) << by;
      bool missing_seen = false;
      for (std::size_t k = 1; k < pages.size(); ++k) {
        const double a = figure_of(pages[k - 1], by), b = figure_of(pages[k], by);
        if (std::isnan(a)) missing_seen = true;
        if (missing_seen) {
          EXPECT_TRUE(std::isnan(b)) << by << " " << order << ": a figure after a missing one";
        }
        if (std::isnan(a) || std::isnan(b)) continue;
        if (std::string(order) == "asc") EXPECT_LE(a, b) << by;
        else EXPECT_GE(a, b) << by;
        if (a == b) {
          EXPECT_LT(position[pages[k - 1]["id"]], position[pages[k]["id"]]) << by << ": ties in file order";
        }
      }
    }
  }
}

TEST(ContestPage, TheClosestToVoidAreTheValidOnesWithTheFewestSwitches) {
  const json dataset = bundled_dataset();
  const json rule{{"preset", "beats-leader"}};
  const json page = call(json{{"op", "contest_page"}, {"dataset", dataset}, {"rule", rule}, {"filter", {{"outcome", {"valid"}}}},
                              {"sort", {{"by", "switch"}}}, {"limit", 3}});
  ASSERT_TRUE(page["ok"].get<bool>()) << page.dump();
  std::vector<std::int64_t> switches;
  for (const auto& c : evaluate_list(dataset, rule, 0))
    if (c["outcome"] == "valid" && !c["switch"].is_null()) switches.push_back(c["switch"]["votes"].get<std::int64_t>());
  std::sort(switches.begin(), switches.end());
  ASSERT_EQ(page["result"]["contests"].size(), 3u);
  for (int k = 0; k < 3; ++k) EXPECT_EQ(page["result"]["contests"][k]["switch"]["votes"], switches[k]);
}

TEST(ContestPage, ASessionGivesTheDatasetsAnswerAcrossScenarioChanges) {
  const json dataset = bundled_dataset();
  const int session = open_session(dataset);
  const std::vector<json> queries = {
      json{{"rule", {{"preset", "beats-leader"}}}, {"sort", {{"by", "switch"}}}, {"limit", 5}},
      json{{"rule", {{"preset", "beats-leader"}}}, {"sort", {{"by", "switch"}}}, {"offset", 5}, {"limit", 5}},
      json{{"rule", {{"preset", "statistical"}}}, {"sort", {{"by", "switch"}}}, {"limit", 5}},
      json{{"rule", {{"preset", "beats-leader"}}}, {"swing", 8}, {"sort", {{"by", "switch"}}}, {"limit", 5}},
      json{{"rule", {{"preset", "beats-leader"}}}, {"swing", 8}, {"filter", {{"outcome", {"void"}}}}},
      json{{"rule", {{"preset", "beats-leader"}}}, {"swing", 8}, {"filter", {{"outcome", {"valid"}}}}},
      json{{"rule", {{"preset", "beats-leader"}}}, {"sort", {{"by", "against_all_share"}, {"order", "desc"}}}, {"limit", 4}},
      json{{"rule", {{"preset", "beats-leader"}}}, {"sort", {{"by", "switch"}}}, {"limit", 5}},
  };
  for (json query : queries) {
    query["op"] = "contest_page";
    json on_dataset = query;
    on_dataset["dataset"] = dataset;
    query["session"] = session;
    EXPECT_EQ(handle(query.dump()), handle(on_dataset.dump())) << query.dump();
  }
}

TEST(ContestPage, PastTheEndIsAnEmptyPage) {
  const json page = call(json{{"op", "contest_page"}, {"dataset", bundled_dataset()}, {"rule", {{"preset", "statistical"}}},
                              {"offset", 45}});
  ASSERT_TRUE(page["ok"].get<bool>()) << page.dump();
  EXPECT_EQ(page["result"]["total"], 45);
  EXPECT_TRUE(page["result"]["contests"].empty());
}

TEST(ContestPage, BadValuesAreRefusedWithTheirField) {
  const json dataset = bundled_dataset();
  struct Case {
    json extra;
    const char* code;
    const char* field;
  };
  const std::vector<Case> cases = {
      {json{{"offset", -1}}, "request.invalid_page", "offset"},
      {json{{"offset", 1.5}}, "request.invalid_page", "offset"},
      {json{{"offset", "2"}}, "request.invalid_page", "offset"},
      {json{{"limit", 0}}, "request.invalid_page", "limit"},
      {json{{"limit", 1001}}, "request.invalid_page", "limit"},
      {json{{"sort", "switch"}}, "request.invalid_sort", "sort"},
      {json{{"sort", {{"by", "name"}}}}, "request.invalid_sort", "sort.by"},
      {json{{"sort", {{"by", "switch"}, {"order", "up"}}}}, "request.invalid_sort", "sort.order"},
      {json{{"sort", {{"key", "switch"}}}}, "request.invalid_sort", "sort.key"},
      {json{{"filter", {{"within", "Atlantis"}}}}, "request.invalid_filter", "filter.within"},
      {json{{"filter", {{"outcome", {"maybe"}}}}}, "request.invalid_filter", "filter.outcome"},
      {json{{"filter", {{"outcome", json::array()}}}}, "request.invalid_filter", "filter.outcome"},
      {json{{"filter", {{"region", "abai"}}}}, "request.invalid_filter", "filter.region"},
      {json{{"filter", json::array()}}, "request.invalid_filter", "filter"},
  };
  for (const Case& c : cases) {
    json request{{"op", "contest_page"}, {"dataset", dataset}, {"rule", {{"preset", "beats-leader"}}}};
    for (auto it = c.extra.begin(); it != c.extra.end(); ++it) request[it.key()] = it.value();
    const json r = call(request);
    ASSERT_FALSE(r["ok"].get<bool>()) << c.extra.dump();
    EXPECT_EQ(r["error"]["code"], c.code) << c.extra.dump();
    EXPECT_EQ(r["error"]["field"], c.field) << c.extra.dump();
    EXPECT_TRUE(r["error"].contains("text")) << c.extra.dump();
  }
  const json no_rule = call(json{{"op", "contest_page"}, {"dataset", dataset}});
  EXPECT_EQ(no_rule["error"]["code"], "request.missing_field");
  const json closed = call(json{{"op", "contest_page"}, {"session", 999999}, {"rule", {{"preset", "beats-leader"}}}});
  EXPECT_EQ(closed["error"]["code"], "session.unknown");
}

TEST(ContestPage, EvaluateGivesTheWhySummaryWithoutTheList) {
  const json dataset = bundled_dataset();
  for (const json& rule : {json{{"preset", "beats-leader"}}, json{{"preset", "russia-before-2006"}, {"assume_max_invalid", 2}}}) {
    const json full = call(json{{"op", "evaluate"}, {"dataset", dataset}, {"rule", rule}, {"swing", 3}, {"curve", false}});
    const json lean = call(json{{"op", "evaluate"}, {"dataset", dataset}, {"rule", rule}, {"swing", 3}, {"curve", false},
                                {"contests", false}, {"why", true}});
    ASSERT_TRUE(lean["ok"].get<bool>()) << lean.dump();
    EXPECT_FALSE(lean["result"].contains("contests"));
    EXPECT_EQ(lean["result"]["why"], full["result"]["why"]) << rule.dump();
    EXPECT_EQ(lean["result"]["totals"], full["result"]["totals"]);
    const json bare = call(json{{"op", "evaluate"}, {"dataset", dataset}, {"rule", rule}, {"contests", false}});
    EXPECT_FALSE(bare["result"].contains("why")) << "why follows contests unless asked";
  }
  const json bad = call(json{{"op", "evaluate"}, {"dataset", dataset}, {"rule", {{"preset", "beats-leader"}}}, {"why", "yes"}});
  EXPECT_EQ(bad["error"]["code"], "request.invalid_json");
  EXPECT_EQ(bad["error"]["field"], "why");
}

}  // namespace
}  // namespace against_all
