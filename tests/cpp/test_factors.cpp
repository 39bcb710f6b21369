// The `factors` op on the clean fixture (4 contests, figures small enough to check by hand; the
// correlations from Python's statistics module), its choices of level and base, what it leaves
// out, and its errors.
#include "test_support.hpp"

namespace against_all::test {
namespace {

json factors(const Files& files, json extra = json::object()) {
  json file_map = json::object();
  for (const auto& [name, text] : files) file_map[name] = text;
  json request = {{"op", "factors"}, {"dataset", {{"files", file_map}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) request[it.key()] = it.value();
  return json::parse(handle(request.dump()));
}

json result_of(const Files& files, json extra = json::object()) {
  json response = factors(files, std::move(extra));
  EXPECT_TRUE(response["ok"].get<bool>()) << response.dump();
  return response["result"];
}

json factor(const json& result, const std::string& id) {
  for (const auto& f : result["factors"])
    if (f["factor"] == id) return f;
  ADD_FAILURE() << "no factor " << id;
  return json();
}

TEST(Factors, CleanFixtureByHand) {
  const json r = result_of(fixture("clean"));
  EXPECT_EQ(r["level"], "contest");
  EXPECT_EQ(r["level_chosen"], "data");
  EXPECT_EQ(r["base"], "ballots_cast");
  EXPECT_EQ(r["share"]["known"], 4);
  ASSERT_EQ(r["units"].size(), 4u);
  // north/a: 40 of 800 cast, 1000 registered, 2 candidates, leader 500.
  const json& a = r["units"][0];
  EXPECT_EQ(a["id"], "north/a");
  EXPECT_DOUBLE_EQ(a["share"].get<double>(), 0.05);
  EXPECT_DOUBLE_EQ(a["turnout"].get<double>(), 0.8);
  EXPECT_EQ(a["turnout_source"], "counts");
  EXPECT_EQ(a["candidates"], 2);
  EXPECT_DOUBLE_EQ(a["leader_share"].get<double>(), 0.625);
  // Ranks: south/d 95/600 highest, then north/b, north/a, south/c.
  EXPECT_EQ(r["units"][3]["rank"], 1);
  EXPECT_EQ(r["units"][1]["rank"], 2);
  EXPECT_EQ(r["units"][0]["rank"], 3);
  EXPECT_EQ(r["units"][2]["rank"], 4);

  struct Want { const char* id; double r, low, high; };
  for (const Want& w : {Want{"turnout", -0.19959884332214917, -0.9738671662405955, 0.9422398768048984},
                        Want{"registered", -0.5903013137052954, -0.9898282038151602, 0.8569732080084759},
                        Want{"candidates", -0.6737016838515797, -0.9922929727196832, 0.8152453155694301},
                        Want{"leader_share", 0.11271659106576265, -0.951440475554219, 0.9688479318274501}}) {
    SCOPED_TRACE(w.id);
    const json f = factor(r, w.id);
    EXPECT_EQ(f["n"], 4);
    EXPECT_NEAR(f["pearson"]["r"].get<double>(), w.r, 1e-12);
    EXPECT_NEAR(f["pearson"]["ci"][0].get<double>(), w.low, 1e-12);
    EXPECT_NEAR(f["pearson"]["ci"][1].get<double>(), w.high, 1e-12);
  }
  EXPECT_EQ(factor(r, "registered")["transform"], "log10");
  EXPECT_EQ(factor(r, "candidates")["pearson"]["strength"], "strong");
  EXPECT_EQ(factor(r, "candidates")["pearson"]["direction"], "negative");
  EXPECT_EQ(factor(r, "turnout")["pearson"]["strength"], "weak");

  // 2 candidates: north/a, north/b, south/d — weighted 165 / 1800, mean of the three, median 30/400.
  const json& groups = r["groups"]["candidates"]["groups"];
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0]["min"], 2);
  EXPECT_EQ(groups[0]["n"], 3);
  EXPECT_DOUBLE_EQ(groups[0]["weighted_share"].get<double>(), 165.0 / 1800);
  EXPECT_NEAR(groups[0]["mean"].get<double>(), (0.05 + 0.075 + 95.0 / 600) / 3, 1e-15);
  EXPECT_DOUBLE_EQ(groups[0]["median"].get<double>(), 0.075);
  EXPECT_EQ(groups[0]["against_all"], 165);
  EXPECT_EQ(groups[0]["base"], 1800);
  EXPECT_EQ(groups[1]["min"], 3);
  EXPECT_EQ(groups[1]["n"], 1);
  // Kinds: three districts and a city.
  const json& kinds = r["groups"]["kind"]["groups"];
  ASSERT_EQ(kinds.size(), 2u);
  EXPECT_EQ(kinds[0]["kind"], "district");
  EXPECT_EQ(kinds[0]["n"], 3);
  EXPECT_EQ(kinds[1]["kind"], "city");
}

TEST(Factors, UnknownIsLeftOutNeverZero) {
  // south/d's against-all and north/b's registered become unknown (and their parents' totals go,
  // or the core would derive them exactly).
  Files files = without_line(fixture("clean"), "figures.csv", "south/d,against_all,");
  files = without_line(files, "figures.csv", "south,against_all,");
  files = without_line(files, "figures.csv", "land,against_all,180,official");
  files = without_line(files, "figures.csv", "land,against_all,180,news");
  files = without_line(files, "figures.csv", "north/b,registered,");
  files = without_line(files, "figures.csv", "north,registered,");
  const json r = result_of(files);
  EXPECT_EQ(r["share"]["known"], 3);
  EXPECT_EQ(r["share"]["against_all_unknown"], 1);
  EXPECT_TRUE(r["units"][3]["share"].is_null());
  EXPECT_EQ(r["units"][3]["share_missing"], "against_all");
  EXPECT_TRUE(r["units"][3]["rank"].is_null());
  const json turnout = factor(r, "turnout");
  EXPECT_EQ(turnout["n"], 2);
  EXPECT_EQ(turnout["left_out"]["share_unknown"], 1);
  EXPECT_EQ(turnout["left_out"]["factor_unknown"], 1);
  EXPECT_TRUE(turnout["pearson"]["r"].is_null());
  EXPECT_EQ(turnout["pearson"]["missing"], "too_few");
  EXPECT_EQ(factor(r, "candidates")["n"], 3);
}

TEST(Factors, ChoosesTheBaseKnownForMoreUnitsAndObeysTheRequest) {
  const json cast = result_of(fixture("clean"), {{"base", "valid_votes"}});
  EXPECT_EQ(cast["base"], "valid_votes");
  EXPECT_EQ(cast["base_chosen"], "request");
  // Every valid_votes figure of clean is derived from candidates + against all.
  EXPECT_EQ(cast["levels"][0]["with_share"]["valid_votes"], 4);
  EXPECT_DOUBLE_EQ(cast["units"][0]["share"].get<double>(), 40.0 / 780);
  const json regions = result_of(fixture("clean"), {{"level", "region"}});
  EXPECT_EQ(regions["level"], "region");
  ASSERT_EQ(regions["factors"].size(), 2u) << "candidates and the leader only for contests";
  EXPECT_TRUE(regions["groups"]["candidates"].is_null());
  EXPECT_TRUE(regions["units"][0]["turnout"].is_number());
  EXPECT_FALSE(regions["units"][0].contains("candidates"));
}

TEST(Factors, OneContestForTheWholeFileIsSeenByRegion) {
  json mapping = json::parse(read_text(source_path("tests/fixtures/uploads/wide_stations.mapping.json")));
  mapping["contest_level"] = "country";
  const json request = {{"op", "factors"}, {"dataset", {{"upload", {{"file", "wide_stations.csv"}, {"mapping", mapping}}}}}};
  const json response =
      json::parse(handle_with_bytes(request.dump(), read_text(source_path("tests/fixtures/uploads/wide_stations.csv"))));
  ASSERT_TRUE(response["ok"].get<bool>()) << response.dump();
  const json& r = response["result"];
  ASSERT_EQ(r["levels"].size(), 2u);
  EXPECT_EQ(r["levels"][0]["units"], 1);
  EXPECT_EQ(r["level"], "region") << "one contest: its regions are the units to compare";
  EXPECT_EQ(r["level_chosen"], "data");
  EXPECT_EQ(r["factors"].size(), 2u);
  EXPECT_TRUE(r["upload"].is_object());
}

TEST(Factors, BadOptionsAreLocatedErrors) {
  for (const auto& [key, value] : std::vector<std::pair<std::string, json>>{
           {"base", "registered"}, {"base", 3}, {"level", "station"}, {"level", nullptr}}) {
    const json response = factors(fixture("clean"), {{key, value}});
    ASSERT_FALSE(response["ok"].get<bool>()) << key;
    EXPECT_EQ(response["error"]["code"], "request.invalid_json");
    EXPECT_EQ(response["error"]["field"], key);
  }
}

TEST(Factors, BundledDataHasTheArticlesGroups) {
  const json r = result_of(load_folder(source_path("data/kz-2023-akims")));
  EXPECT_EQ(r["base"], "ballots_cast");
  EXPECT_GT(r["share"]["known"].get<int>(), 0);
  int n = 0;
  for (const auto& g : r["groups"]["kind"]["groups"]) n += g["n"].get<int>();
  EXPECT_EQ(n + r["groups"]["kind"]["left_out"]["share_unknown"].get<int>() +
                r["groups"]["kind"]["left_out"]["factor_unknown"].get<int>(),
            r["share"]["units"].get<int>());
}

}  // namespace
}  // namespace against_all::test
