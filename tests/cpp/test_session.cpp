// Sessions: a dataset opened once and evaluated many times gives exactly what the same request
// on the dataset gives; the parts an evaluate may leave out are left out and nothing else changes.
#include <string>

#include "against_all/decision.hpp"
#include "against_all/presets.hpp"
#include "against_all/session.hpp"
#include "against_all/wire/dataset_manifest.hpp"
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

int open_session(const json& dataset) {
  const json opened = call(json{{"op", "open"}, {"dataset", dataset}});
  EXPECT_TRUE(opened["ok"].get<bool>()) << opened.dump();
  return opened["result"]["session"].get<int>();
}

TEST(Session, OpenGivesAnIdAndTheContestCount) {
  const json opened = call(json{{"op", "open"}, {"dataset", bundled_dataset()}});
  ASSERT_TRUE(opened["ok"].get<bool>()) << opened.dump();
  EXPECT_GE(opened["result"]["session"].get<int>(), 1);
  const json summary = call(json{{"op", "summary"}, {"dataset", bundled_dataset()}});
  EXPECT_EQ(opened["result"]["contests"], summary["result"]["contests"].size());
  EXPECT_FALSE(opened["result"].contains("upload"));
}

TEST(Session, EveryOpOnASessionEqualsTheOpOnItsDataset) {
  const json dataset = bundled_dataset();
  const int session = open_session(dataset);
  std::vector<json> requests = {json{{"op", "summary"}}, json{{"op", "check"}}, json{{"op", "compare"}},
                                json{{"op", "compare"}, {"swing", 7.5}}};
  for (const Preset& preset : presets()) {
    for (double swing : {0.0, 12.5}) {
      requests.push_back(json{{"op", "evaluate"}, {"rule", {{"preset", preset.id}}}, {"swing", swing}});
    }
  }
  requests.push_back(json{{"op", "evaluate"},
                          {"rule", {{"validity", {{"kind", "against_all_share"}, {"percent", 5}, {"base", "ballots_cast"}}},
                                    {"winner_min", {{"percent", 50}, {"base", "ballots_cast"}}},
                                    {"assume_max_invalid", 5}}},
                          {"swing", 3}});
  requests.push_back(json{{"op", "swing_curve"}, {"rule", {{"preset", "beats-leader"}}}});
  requests.push_back(json{{"op", "swing_curve"}, {"rule", {{"preset", "blank-majority"}, {"assume_max_invalid", 2}}}});
  for (json request : requests) {
    json on_dataset = request;
    on_dataset["dataset"] = dataset;
    request["session"] = session;
    EXPECT_EQ(handle(request.dump()), handle(on_dataset.dump())) << request.dump();
  }
}

TEST(Session, EvaluateLeavesOutContestsAndCurveWhenAskedAndNothingElseChanges) {
  const int session = open_session(bundled_dataset());
  const json base = {{"op", "evaluate"}, {"session", session}, {"rule", {{"preset", "russia-before-2006"}}}, {"swing", 4}};
  const json full = call(base)["result"];
  for (bool contests : {false, true}) {
    for (bool curve : {false, true}) {
      json request = base;
      request["contests"] = contests;
      request["curve"] = curve;
      const json part = call(request)["result"];
      EXPECT_EQ(part.contains("contests"), contests);
      EXPECT_EQ(part.contains("swing_curve"), curve);
      EXPECT_EQ(part.contains("swing_steps"), curve);
      EXPECT_EQ(part.contains("why"), contests);   // the summary of the contests' reasons comes with them
      json expected = full;
      if (!contests) expected.erase("contests");
      if (!contests) expected.erase("why");
      if (!curve) expected.erase("swing_curve");
      if (!curve) expected.erase("swing_steps");
      EXPECT_EQ(part, expected) << request.dump();
    }
  }
}

TEST(Session, UploadSessionReportsOnceAndEvaluatesLikeTheUpload) {
  const std::string bytes = test::read_text(test::source_path("tests/fixtures/uploads/problems.csv"));
  const json mapping = json::parse(test::read_text(test::source_path("tests/fixtures/uploads/problems.mapping.json")));
  const json dataset = {{"upload", {{"file", "problems.csv"}, {"mapping", mapping}}}};
  const json opened = json::parse(handle_with_bytes(json{{"op", "open"}, {"dataset", dataset}}.dump(), bytes));
  ASSERT_TRUE(opened["ok"].get<bool>()) << opened.dump();
  EXPECT_EQ(opened["result"]["contests"], 2);
  EXPECT_EQ(opened["result"]["upload"]["rows_used"], 5);

  const json rule = {{"preset", "beats-leader"}};
  json on_upload = json::parse(handle_with_bytes(json{{"op", "evaluate"}, {"dataset", dataset}, {"rule", rule}}.dump(), bytes));
  ASSERT_TRUE(on_upload["ok"].get<bool>());
  on_upload["result"].erase("upload");   // given once, by open
  const json on_session = call(json{{"op", "evaluate"}, {"session", opened["result"]["session"]}, {"rule", rule}});
  EXPECT_EQ(on_session, on_upload);
}

TEST(Session, BytesHandedOverGiveTheSameAnswerAsBytesLent) {
  const std::string bytes = test::read_text(test::source_path("tests/fixtures/uploads/problems.csv"));
  const json mapping = json::parse(test::read_text(test::source_path("tests/fixtures/uploads/problems.mapping.json")));
  for (const char* op : {"summary", "evaluate"}) {
    const std::string request = json{{"op", op}, {"rule", {{"preset", "beats-leader"}}},
                                     {"dataset", {{"upload", {{"file", "problems.csv"}, {"mapping", mapping}}}}}}
                                    .dump();
    std::string given = bytes;
    EXPECT_EQ(handle_with_bytes(request, std::move(given)), handle_with_bytes(request, bytes)) << op;
  }
}

TEST(Session, ClosedAndUnknownSessionsAreErrorsWithTheField) {
  const int session = open_session(bundled_dataset());
  const json evaluate = {{"op", "evaluate"}, {"session", session}, {"rule", {{"preset", "beats-leader"}}}};
  ASSERT_TRUE(call(evaluate)["ok"].get<bool>());
  const json closed = call(json{{"op", "close_session"}, {"session", session}});
  EXPECT_EQ(closed["result"], (json{{"session", session}, {"closed", true}}));

  const json after = call(evaluate);
  EXPECT_EQ(after["error"]["code"], "session.unknown");
  EXPECT_EQ(after["error"]["field"], "session");
  EXPECT_EQ(after["error"]["text"], std::to_string(session));
  EXPECT_EQ(call(json{{"op", "close_session"}, {"session", session}})["error"]["code"], "session.unknown");
  EXPECT_EQ(call(json{{"op", "close_session"}})["error"]["code"], "request.missing_field");
  EXPECT_EQ(call(json{{"op", "summary"}, {"session", "one"}})["error"]["field"], "session");
}

TEST(Session, BadRequestsOnASession) {
  const int session = open_session(bundled_dataset());
  const json both = call(json{{"op", "check"}, {"session", session}, {"dataset", bundled_dataset()}});
  EXPECT_EQ(both["error"]["code"], "request.invalid_json");
  EXPECT_EQ(both["error"]["field"], "session");
  const json bad_flag = call(json{{"op", "evaluate"}, {"session", session}, {"rule", {{"preset", "beats-leader"}}},
                                  {"curve", "no"}});
  EXPECT_EQ(bad_flag["error"]["code"], "request.invalid_json");
  EXPECT_EQ(bad_flag["error"]["field"], "curve");
  const json no_rule = call(json{{"op", "evaluate"}, {"session", session}});
  EXPECT_EQ(no_rule["error"]["field"], "rule");
  const json bad_swing = call(json{{"op", "compare"}, {"session", session}, {"swing", 101}});
  EXPECT_EQ(bad_swing["error"]["code"], "request.invalid_swing");
  call(json{{"op", "close_session"}, {"session", session}});
}

TEST(Session, StoreGivesNewIdsAndForgetsClosedOnes) {
  SessionStore store;
  const int a = store.open(make_session(Dataset{}));
  const int b = store.open(make_session(Dataset{}));
  EXPECT_NE(a, b);
  EXPECT_EQ(store.size(), 2u);
  EXPECT_TRUE(store.close(a));
  EXPECT_FALSE(store.close(a));
  EXPECT_EQ(store.find(a), nullptr);
  EXPECT_NE(store.find(b), nullptr);
}

// The tally's shortcut gives the same outcome as the full decision, contest by contest.
TEST(Session, DecideOutcomeMatchesDecide) {
  std::map<std::string, std::string> files;
  for (const auto& [name, text] : test::load_folder(test::source_path("data/kz-2023-akims"))) files[name] = text;
  auto dataset = read_dataset(files);
  ASSERT_TRUE(dataset);
  auto session = make_session(std::move(dataset).value());
  Rule custom = presets()[1].rule;
  custom.assume_max_invalid = 5 * kPercentScale;
  custom.min_turnout = 60 * kPercentScale;
  std::vector<Rule> rules = {custom};
  for (const Preset& preset : presets()) rules.push_back(preset.rule);
  int compared = 0;
  for (const Rule& rule : rules) {
    for (PercentE6 swing = 0; swing <= 30 * kPercentScale; swing += 5 * kPercentScale / 2) {
      for (const ContestCounts& counts : session->table.counts) {
        EXPECT_EQ(decide_outcome(counts, rule, swing), decide(counts, rule, swing).outcome);
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 1000);
}

// The swing_curve op: evaluate's curve alone, kept by the session for its rule.
TEST(Session, TheSwingCurveOpIsEvaluatesCurveAndTheSessionKeepsItPerRule) {
  const int session = open_session(bundled_dataset());
  for (const Preset& preset : presets()) {
    const json rule{{"preset", preset.id}};
    const json evaluated = call(json{{"op", "evaluate"}, {"session", session}, {"rule", rule}, {"contests", false}});
    const json curve = call(json{{"op", "swing_curve"}, {"session", session}, {"rule", rule}});
    ASSERT_TRUE(curve["ok"].get<bool>()) << curve.dump();
    EXPECT_EQ(curve["result"]["rule"], evaluated["result"]["rule"]);
    EXPECT_EQ(curve["result"]["swing_curve"], evaluated["result"]["swing_curve"]) << preset.id;
    EXPECT_EQ(curve["result"]["swing_steps"], evaluated["result"]["swing_steps"]) << preset.id;
    EXPECT_EQ(call(json{{"op", "swing_curve"}, {"session", session}, {"rule", rule}}), curve);   // from the cache
  }
  const json unknown = call(json{{"op", "swing_curve"}, {"session", 999999}, {"rule", {{"preset", "beats-leader"}}}});
  EXPECT_EQ(unknown["error"]["code"], "session.unknown");
  const json no_rule = call(json{{"op", "swing_curve"}, {"session", session}});
  EXPECT_FALSE(no_rule["ok"].get<bool>());
}

}  // namespace
}  // namespace against_all
