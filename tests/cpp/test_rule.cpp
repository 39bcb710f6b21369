// Reading a rule: presets with edits, every field, and located errors for bad values.
#include <gtest/gtest.h>

#include "against_all/presets.hpp"
#include "against_all/wire/rule.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

TEST(Rule, APresetWithAnEdit) {
  auto rule = parse_rule(json::parse(R"({"preset": "beats-leader", "tie": "void", "min_turnout": 33.3})"));
  ASSERT_TRUE(rule.ok());
  EXPECT_EQ(rule.value().validity, Validity::against_all_beats_leader);
  EXPECT_EQ(rule.value().tie, TiePolicy::void_);
  EXPECT_EQ(rule.value().min_turnout, 33'300'000);
  const json out = rule_json(rule.value());
  EXPECT_EQ(out["preset"], "beats-leader");
  EXPECT_EQ(out["edited"], true);
  EXPECT_EQ(out["min_turnout"], 33.3);
}

TEST(Rule, EveryPresetRoundTripsThroughJson) {
  for (const Preset& preset : presets()) {
    const json out = rule_json(preset.rule);
    EXPECT_EQ(out["edited"], false) << preset.id;
    auto back = parse_rule(out);
    ASSERT_TRUE(back.ok()) << preset.id;
    EXPECT_TRUE(back.value() == preset.rule) << preset.id;
    EXPECT_EQ(back.value().preset, preset.id);
  }
}

TEST(Rule, AFullCustomRule) {
  auto rule = parse_rule(json::parse(R"({
    "counting": {"blank": true, "crossed_out": true},
    "validity": {"kind": "against_all_share", "percent": 12.5, "base": "registered"},
    "winner_min": {"percent": 40, "base": "valid_votes"},
    "assume_max_invalid": 3})"));
  ASSERT_TRUE(rule.ok());
  const Rule& r = rule.value();
  EXPECT_EQ(r.preset, "custom");
  EXPECT_TRUE(r.blank_as_against_all && r.crossed_out_as_against_all);
  EXPECT_EQ(r.against_all_share.percent, 12'500'000);
  EXPECT_EQ(r.against_all_share.base, Base::registered);
  ASSERT_TRUE(r.winner_min);
  EXPECT_EQ(r.winner_min->base, Base::valid_votes);
  EXPECT_EQ(r.assume_max_invalid, 3 * kPercentScale);
}

TEST(Rule, SettingsTheRuleDoesNotReadDoNotMakeItEdited) {
  auto rule = parse_rule(json::parse(R"({"preset": "beats-leader", "validity": {"percent": 12, "base": "registered"}})"));
  ASSERT_TRUE(rule.ok());
  EXPECT_EQ(rule_json(rule.value())["edited"], false);  // the share threshold is not read by this rule
  auto share = parse_rule(json::parse(R"({"preset": "beats-leader", "validity": {"kind": "against_all_share"}})"));
  ASSERT_TRUE(share.ok());
  EXPECT_EQ(rule_json(share.value())["edited"], true);
}

TEST(Rule, NullRemovesAThreshold) {
  auto rule = parse_rule(json::parse(R"({"preset": "russia-before-2006", "min_turnout": null})"));
  ASSERT_TRUE(rule.ok());
  EXPECT_FALSE(rule.value().min_turnout);
}

struct BadRule {
  const char* text;
  const char* code;
  const char* field;
};

// How a case is named in test listings (ctest shows the parameter).
void PrintTo(const BadRule& bad, std::ostream* os) { *os << bad.text; }

class RuleErrors : public testing::TestWithParam<BadRule> {};

TEST_P(RuleErrors, NameTheFieldAndTheValue) {
  auto rule = parse_rule(json::parse(GetParam().text));
  ASSERT_FALSE(rule.ok());
  EXPECT_EQ(rule.error().code, GetParam().code);
  EXPECT_EQ(rule.error().field, GetParam().field);
  EXPECT_TRUE(rule.error().text.has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, RuleErrors,
    testing::Values(BadRule{R"({"preset": "atlantis"})", "rule.unknown_preset", "preset"},
                    BadRule{R"({"preset": 7})", "rule.invalid", "preset"},
                    BadRule{R"({"validity": {"kind": "sometimes"}})", "rule.invalid", "validity.kind"},
                    BadRule{R"({"validity": {"base": "everyone"}})", "rule.invalid", "validity.base"},
                    BadRule{R"({"validity": {"percent": 101}})", "rule.invalid", "validity.percent"},
                    BadRule{R"({"validity": {"percent": "50"}})", "rule.invalid", "validity.percent"},
                    BadRule{R"({"min_turnout": -1})", "rule.invalid", "min_turnout"},
                    BadRule{R"({"winner_min": {"percent": 50, "quorum": 1}})", "rule.invalid", "winner_min.quorum"},
                    BadRule{R"({"counting": {"blank": "yes"}})", "rule.invalid", "counting.blank"},
                    BadRule{R"({"tie": "coin"})", "rule.invalid", "tie"},
                    BadRule{R"({"assume_max_invalid": true})", "rule.invalid", "assume_max_invalid"},
                    BadRule{R"({"colour": "red"})", "rule.invalid", "colour"},
                    BadRule{R"([1, 2])", "rule.invalid", ""}),
    [](const testing::TestParamInfo<BadRule>& info) { return "case_" + std::to_string(info.index); });

}  // namespace
}  // namespace against_all
