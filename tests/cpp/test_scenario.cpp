// A rule applied to a whole dataset: the bundled 2023 elections under each preset, tallies by
// region, voters living in the contests, and the swing curve.
#include <gtest/gtest.h>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/presets.hpp"
#include "against_all/wire/scenario.hpp"
#include "against_all/wire/dataset_manifest.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

class BundledScenario : public testing::Test {
 protected:
  void SetUp() override {
    auto read = read_dataset(test::load_folder(test::source_path("data/kz-2023-akims")));
    ASSERT_TRUE(read.ok());
    dataset_ = read.value();
    figures_ = resolve_figures(dataset_);
  }
  json evaluate(const char* preset, PercentE6 swing = 0) {
    return scenario_json(dataset_, figures_, find_preset(preset)->rule, swing);
  }
  const json& contest(const json& result, const std::string& id) {
    for (const json& c : result["contests"])
      if (c["id"] == id) return c;
    static const json none;
    ADD_FAILURE() << "no contest " << id;
    return none;
  }
  Dataset dataset_;
  Figures figures_;
};

TEST_F(BundledScenario, StatisticalLeavesAll45Valid) {
  const json result = evaluate("statistical");
  EXPECT_EQ(result["contests"].size(), 45u);
  EXPECT_EQ(result["totals"]["valid"]["contests"], 45);
  EXPECT_EQ(result["regions"].size(), 17u);
}

TEST_F(BundledScenario, BeatsTheLeaderDecidesOnlyWhereTheCountsAllow) {
  const json result = evaluate("beats-leader");
  EXPECT_EQ(result["totals"]["valid"]["contests"], 8);
  EXPECT_EQ(result["totals"]["void"]["contests"], 0);
  EXPECT_EQ(result["totals"]["undecided"]["contests"], 37);
  // North Kazakhstan, Esil: every candidate's votes known; 724 against all, leader 8 419.
  const json& esil = contest(result, "north-kazakhstan/esil");
  EXPECT_EQ(esil["outcome"], "valid");
  EXPECT_EQ(esil["winner"], "Мухамедияров Мереке");
  EXPECT_EQ(esil["leader_votes"], 8419);
  // Switches: 724 + s > max(8419 − s, 1630) ⇔ s ≥ 3848. New voters: 724 + n > 8419 ⇔ n ≥ 7696.
  EXPECT_EQ(esil["switch"]["votes"], 3848);
  EXPECT_EQ(esil["new_voters"]["votes"], 7696);
  // Akmola, Akkol: nothing known.
  const json& akkol = contest(result, "akmola/akkol");
  EXPECT_EQ(akkol["outcome"], "undecided");
  EXPECT_EQ(akkol["missing"], json::parse(R"(["against_all", "candidate_votes"])"));
}

TEST_F(BundledScenario, TurnoutRuleNeedsRegisteredVoters) {
  const json result = evaluate("russia-before-2006");
  const json& kurchatov = contest(result, "abai/kurchatov");  // 4 928 of 6 931 registered: 71 %
  EXPECT_EQ(kurchatov["outcome"], "undecided");                // turnout passes; the leader is unknown
  EXPECT_EQ(kurchatov["missing"], json::parse(R"(["candidate_votes"])"));
  EXPECT_EQ(kurchatov["registered"], 6931);
}

TEST_F(BundledScenario, SwingCurveRunsFrom0To30AndNeverFallsUnderBeatsTheLeader) {
  const json result = evaluate("beats-leader");
  const json& curve = result["swing_curve"];
  ASSERT_EQ(curve.size(), 61u);
  EXPECT_EQ(curve.front()["swing"], 0);
  EXPECT_EQ(curve.back()["swing"], 30);
  int previous = 0;
  for (const json& point : curve) {
    EXPECT_GE(point["void"].get<int>(), previous);
    previous = point["void"].get<int>();
    EXPECT_EQ(point["valid"].get<int>() + point["void"].get<int>() + point["runoff"].get<int>() +
                  point["undecided"].get<int>(),
              45);
  }
  // Leaders whose votes are known won with 78 % or more of valid votes: even +30 points voids none.
  EXPECT_EQ(previous, 0);
  // The five contests with every candidate's votes stay decided; the three decided from bounds
  // (Karatobe, Taskala, Sarkand) are not decidable once votes move from candidates of unknown size.
  EXPECT_EQ(curve.back()["valid"], 5);
}

TEST_F(BundledScenario, SwingIsInPointsOfValidVotesTakenInProportion) {
  // Esil: 8 419 + 1 630 + 724 = 10 773 valid votes; +30 points moves 3 231 of them,
  // 2 707 from the leader and 524 from the other candidate (largest remainder).
  const json result = evaluate("beats-leader", 30 * kPercentScale);
  const json& esil = contest(result, "north-kazakhstan/esil");
  EXPECT_EQ(esil["against_all"], 724 + 3231);
  EXPECT_EQ(esil["leader_votes"], 8419 - 2707);
  EXPECT_EQ(esil["outcome"], "valid");
}

TEST_F(BundledScenario, TallyCountsVotersLivingInTheContests) {
  const json result = evaluate("statistical");
  const json& valid = result["totals"]["valid"];
  std::int64_t registered = 0;
  int unknown = 0;
  for (const json& c : result["contests"]) {
    if (c["registered"].is_null()) ++unknown; else registered += c["registered"].get<std::int64_t>();
  }
  EXPECT_EQ(valid["registered"], registered);
  EXPECT_EQ(valid["registered_unknown"], unknown);
  EXPECT_GT(unknown, 0);
}

TEST_F(BundledScenario, ComparisonHasEveryPresetWithTallies) {
  const json result = comparison_json(compare_presets(dataset_, figures_, 0));
  ASSERT_EQ(result["presets"].size(), presets().size());
  for (const json& p : result["presets"]) {
    int total = 0;
    for (const char* o : {"valid", "void", "runoff", "undecided"}) total += p["totals"][o]["contests"].get<int>();
    EXPECT_EQ(total, 45) << p["id"];
  }
}

}  // namespace
}  // namespace against_all
