// Issue 12, (2) and (4). The thresholds that would settle an open contest, checked by applying
// them (at the threshold the rule decides, one vote past it does not), on generated contests and
// on the bundled data. The swing curve built from each contest's flip points is the curve of a
// decision per contest at every half point, and each flip point is exact.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/presets.hpp"
#include "against_all/scenario.hpp"
#include "against_all/settle.hpp"
#include "against_all/swing_curve.hpp"
#include "against_all/radix_sort.hpp"
#include "against_all/swing_basis.hpp"
#include "generated_contests.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::Generator;

const test::ContestShape kShape{6, [](Generator& g) { return g.below(g.chance(50) ? 60 : 8000); }, 2000, 300, 20000};

ContestCounts exact_contest(Generator& g) { return test::exact_contest(g, kShape); }
ContestCounts hide_some(ContestCounts c, Generator& g) { return test::hide_some(std::move(c), g, 40); }

std::vector<Rule> rules_to_check() {
  std::vector<Rule> rules = test::preset_rules();
  rules.push_back(test::share_of_valid_rule());
  rules.push_back(test::share_of_cast_rule());
  rules.push_back(test::beats_leader_with_runoff_rule());
  rules.push_back(test::strict_beats_leader_rule());
  return rules;
}

Rule share_rule_of_valid() { return test::share_of_valid_rule(); }

// A threshold, applied: decided as it says at the threshold, and not one vote past it.
void expect_threshold_holds(const ContestCounts& c, const Rule& rule, PercentE6 swing, const Lever& lever,
                            const std::string& where) {
  SCOPED_TRACE(where + " lever " + lever.figure);
  if (lever.figure == "invalid") {
    const std::int64_t cast = *lever.ballots_cast;
    ASSERT_EQ(decide_outcome(c, assuming_invalid(rule, *lever.assume_percent), swing), lever.outcome);
    const PercentE6 past = static_cast<PercentE6>((WideCount(lever.votes + 1) * kHundredPercent + cast - 1) / cast);
    ASSERT_EQ(decide_outcome(c, assuming_invalid(rule, past), swing), Outcome::undecided);
    return;
  }
  ASSERT_EQ(decide_outcome(with_figure(c, lever.figure, lever.votes), rule, swing), lever.outcome);
  const std::int64_t past = lever.at_most ? lever.votes + 1 : lever.votes - 1;
  ASSERT_GE(past, 0);
  ASSERT_NE(decide_outcome(with_figure(c, lever.figure, past), rule, swing), lever.outcome);
}

TEST(Settle, EveryThresholdFlipsTheOutcomeExactlyWhereItSays) {
  Generator g(1207);
  int levers = 0;
  for (int i = 0; i < 700; ++i) {
    const ContestCounts c = hide_some(exact_contest(g), g);
    for (const Rule& rule : rules_to_check())
      for (PercentE6 swing : {PercentE6{0}, 4 * kPercentScale}) {
        if (decide_outcome(c, rule, swing) != Outcome::undecided) continue;
        for (const Lever& lever : levers_for(c, rule, swing)) {
          ++levers;
          expect_threshold_holds(c, rule, swing, lever, "contest " + std::to_string(i) + " " + rule.preset);
          if (HasFatalFailure()) return;
        }
      }
  }
  EXPECT_GT(levers, 400);
}

class BundledData : public testing::Test {
 protected:
  void SetUp() override {
    auto read = read_dataset(test::load_folder(test::source_path("data/kz-2023-akims")));
    ASSERT_TRUE(read.ok());
    dataset_ = read.value();
    table_ = contest_table(dataset_, resolve_figures(dataset_));
  }
  Dataset dataset_;
  ContestTable table_;
};

TEST_F(BundledData, EveryOpenContestsThresholdsHoldUnderEveryPreset) {
  int levers = 0;
  for (const Preset& preset : presets())
    for (PercentE6 swing : {PercentE6{0}, 5 * kPercentScale})
      for (std::size_t i = 0; i < table_.counts.size(); ++i) {
        if (decide_outcome(table_.counts[i], preset.rule, swing) != Outcome::undecided) continue;
        for (const Lever& lever : levers_for(table_.counts[i], preset.rule, swing)) {
          ++levers;
          expect_threshold_holds(table_.counts[i], preset.rule, swing, lever, dataset_.units[table_.contests[i]].id);
        }
      }
  EXPECT_GT(levers, 20);
}

TEST_F(BundledData, BeatsTheLeaderSaysHowManyInvalidBallotsWouldLeaveAContestOpen) {
  const Rule rule = find_preset("beats-leader")->rule;
  int with_invalid = 0;
  for (std::size_t i = 0; i < table_.counts.size(); ++i) {
    if (decide_outcome(table_.counts[i], rule, 0) != Outcome::undecided) continue;
    for (const Lever& lever : levers_for(table_.counts[i], rule, 0))
      if (lever.figure == "invalid") {
        ++with_invalid;
        EXPECT_EQ(lever.outcome, Outcome::valid);
        EXPECT_LT(lever.votes, *lever.ballots_cast);
      }
  }
  EXPECT_EQ(with_invalid, 12);   // the summary's "12 would be valid under any invalid-ballot share up to …"
}

// ---- the curve --------------------------------------------------------------------------

ContestTable table_of(const std::vector<ContestCounts>& counts) {
  ContestTable table;
  for (const ContestCounts& c : counts) {
    table.contests.push_back(static_cast<int>(table.counts.size()));
    table.counts.push_back(c);
    table.prepared.push_back(prepare_contest(c));
    table.regions.push_back(-1);
  }
  return table;
}

TEST(SwingCurve, IdenticalToADecisionPerContestAtEveryHalfPoint) {
  Generator g(4);
  std::vector<ContestCounts> contests;
  for (int i = 0; i < 300; ++i) {
    const ContestCounts c = exact_contest(g);
    contests.push_back(g.chance(30) ? hide_some(c, g) : c);
  }
  const ContestTable table = table_of(contests);
  const PercentE6 max = 30 * kPercentScale;
  for (const Rule& rule : rules_to_check()) {
    const SwingCurve curve = swing_curve(table, rule, max);
    for (PercentE6 swing = 0; swing <= max; swing += kPercentScale / 2) {
      std::array<int, 4> direct{};
      for (std::size_t i = 0; i < contests.size(); ++i)
        ++direct[static_cast<std::size_t>(decide_outcome(contests[i], table.prepared[i], rule, swing))];
      ASSERT_EQ(curve.at(swing), direct) << rule.preset << " at " << swing;
    }
    for (std::size_t j = 1; j < curve.steps.size(); ++j) ASSERT_LT(curve.steps[j - 1].swing, curve.steps[j].swing);
  }
}

// Every rule kind the curve can meet, with the settings that move its flip points.
std::vector<Rule> every_rule_kind() {
  std::vector<Rule> rules = rules_to_check();
  Rule majority;
  majority.validity = Validity::against_all_majority;
  majority.winner_min = Threshold{30 * kPercentScale, Base::registered};
  rules.push_back(majority);
  Rule of_registered;
  of_registered.validity = Validity::against_all_share;
  of_registered.against_all_share = Threshold{3 * kPercentScale, Base::registered};
  of_registered.min_turnout = 25 * kPercentScale;
  rules.push_back(of_registered);
  Rule runoff_only;
  runoff_only.winner_min = Threshold{33'333'333, Base::valid_votes};
  rules.push_back(runoff_only);
  Rule tie_void = find_preset("beats-leader")->rule;
  tie_void.tie = TiePolicy::void_;
  tie_void.winner_min = Threshold{45 * kPercentScale, Base::ballots_cast};
  rules.push_back(tie_void);
  for (PercentE6 assumed : {PercentE6{0}, 3 * kPercentScale, PercentE6{12'500'000}}) {
    rules.push_back(assuming_invalid(find_preset("beats-leader")->rule, assumed));
    rules.push_back(assuming_invalid(share_rule_of_valid(), assumed));
  }
  return rules;
}

// Contests where ties are likely: equal candidates, against-all equal to the leader, tiny counts.
ContestCounts tied_contest(Generator& g) {
  ContestCounts c;
  const std::int64_t k = 1 + g.below(4);
  const std::int64_t top = g.below(40);
  std::int64_t total = 0;
  for (std::int64_t i = 0; i < k; ++i) {
    const std::int64_t v = g.chance(50) ? top : g.below(top + 1);
    c.candidate_votes.push_back(v);
    total += v;
  }
  c.candidate_count = k;
  c.against_all = g.chance(40) ? top : g.below(top + 2);
  c.invalid = g.below(5);
  c.blank = g.below(5);
  c.crossed_out = g.below(5);
  c.ballots_cast = total + *c.against_all + *c.invalid + *c.blank + *c.crossed_out;
  c.valid_votes = total + *c.against_all;
  c.registered = *c.ballots_cast + g.below(60);
  return c;
}

TEST(SwingCurve, FromClosedFormFlipsItIsEveryHalfPointsDecisionForEveryRuleKind) {
  Generator g(1212);
  std::vector<ContestCounts> contests;
  for (int i = 0; i < 400; ++i) {
    const ContestCounts c = g.chance(30) ? tied_contest(g) : exact_contest(g);
    contests.push_back(g.chance(30) ? hide_some(c, g) : c);
  }
  const ContestTable table = table_of(contests);
  const PercentE6 max = 30 * kPercentScale;
  int changes = 0;
  for (const Rule& rule : every_rule_kind()) {
    const SwingCurve curve = swing_curve(table, rule, max);
    changes += static_cast<int>(curve.steps.size()) - 1;
    for (PercentE6 swing = 0; swing <= max; swing += kPercentScale / 2) {
      std::array<int, 4> direct{};
      for (std::size_t i = 0; i < contests.size(); ++i)
        ++direct[static_cast<std::size_t>(decide_outcome(contests[i], table.prepared[i], rule, swing))];
      ASSERT_EQ(curve.at(swing), direct) << rule.preset << " at " << swing;
    }
  }
  EXPECT_GT(changes, 500);
}

TEST(SwingCurve, EachFlipPointIsExactForExactContests) {
  Generator g(44);
  int flips = 0;
  const std::vector<Rule> rules = every_rule_kind();
  for (int i = 0; i < 1500; ++i) {
    const ContestCounts c = i % 3 == 0 ? tied_contest(g) : exact_contest(g);
    const PreparedContest prepared = prepare_contest(c);
    for (const Rule& rule : rules) {
      const std::vector<OutcomeStep> steps = outcome_steps(c, prepared, rule, 30 * kPercentScale);
      ASSERT_EQ(steps.front().outcome, decide_outcome(c, rule, 0));
      for (std::size_t j = 1; j < steps.size(); ++j) {
        ++flips;
        ASSERT_EQ(decide_outcome(c, rule, steps[j].from), steps[j].outcome) << i;
        ASSERT_EQ(decide_outcome(c, rule, steps[j].from - 1), steps[j - 1].outcome) << i;
        ASSERT_NE(steps[j].outcome, steps[j - 1].outcome);
      }
      // Between flip points nothing changes: probe a few swings.
      for (PercentE6 s : {PercentE6{1'234'567}, PercentE6{7'777'777}, PercentE6{19'999'999}, PercentE6{29'000'001}}) {
        Outcome expected = steps.front().outcome;
        for (const OutcomeStep& step : steps)
          if (step.from <= s) expected = step.outcome;
        ASSERT_EQ(decide_outcome(c, rule, s), expected) << i << " " << rule.preset << " " << s;
      }
    }
  }
  EXPECT_GT(flips, 1000);
}

// The half points on the bundled data, from a session's table (its swing basis built once).
TEST_F(BundledData, TheCurveIsEveryHalfPointsDecisionUnderEveryPreset) {
  ASSERT_EQ(table_.swing_basis.size(), table_.counts.size());
  std::vector<Rule> rules = rules_to_check();
  rules.push_back(assuming_invalid(find_preset("beats-leader")->rule, 2 * kPercentScale));
  const PercentE6 max = 30 * kPercentScale;
  for (const Rule& rule : rules) {
    const SwingCurve curve = swing_curve(table_, rule, max);
    for (PercentE6 swing = 0; swing <= max; swing += kPercentScale / 2) {
      std::array<int, 4> direct{};
      for (std::size_t i = 0; i < table_.counts.size(); ++i)
        ++direct[static_cast<std::size_t>(decide_outcome(table_.counts[i], rule, swing))];
      ASSERT_EQ(curve.at(swing), direct) << rule.preset << " at " << swing;
    }
  }
}

// The flat basis reads a contest exactly where the decision does, with the same counts.
TEST(SwingBasis, ReadsExactlyWhatTheDecisionReads) {
  Generator g(31);
  std::vector<ContestCounts> contests;
  for (int i = 0; i < 600; ++i) {
    const ContestCounts c = g.chance(30) ? tied_contest(g) : exact_contest(g);
    contests.push_back(g.chance(40) ? hide_some(c, g) : c);
  }
  const ContestTable table = table_of(contests);
  const SwingBasis basis(table.prepared);
  int exact = 0;
  for (const Rule& rule : every_rule_kind()) {
    for (std::size_t i = 0; i < contests.size(); ++i) {
      const auto expected = exact_swing_counts(contests[i], table.prepared[i], rule);
      const auto read = basis.exact_counts(i, rule);
      if (rule.assume_max_invalid) {
        ASSERT_FALSE(read);   // the assumption narrows the bounds: the decision's own path answers
        continue;
      }
      ASSERT_EQ(read.has_value(), expected.has_value()) << i << " " << rule.preset;
      if (!read) continue;
      ++exact;
      EXPECT_EQ(read->valid, expected->valid);
      EXPECT_EQ(read->total, expected->total);
      EXPECT_EQ(read->against_all, expected->against_all);
      EXPECT_EQ(read->cast.lo, expected->cast.lo);
      EXPECT_EQ(read->cast.hi, expected->cast.hi);
      EXPECT_EQ(read->registered.lo, expected->registered.lo);
      EXPECT_EQ(read->registered.hi, expected->registered.hi);
      const std::vector<std::int64_t>& votes = table.prepared[i].candidates.known;
      ASSERT_EQ(basis.vote_count(i), votes.size());
      EXPECT_TRUE(std::equal(votes.begin(), votes.end(), basis.votes(i)));
    }
  }
  EXPECT_GT(exact, 1000);
}

TEST(RadixSort, SortsAsStdSort) {
  Generator g(7);
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{1000}, std::size_t{70000}}) {
    std::vector<std::uint32_t> keys(n);
    for (std::uint32_t& key : keys)   // few distinct swings (ties) and keys up to 31 bits
      key = g.chance(50) ? static_cast<std::uint32_t>(g.below(64)) << 4 : static_cast<std::uint32_t>(g.below(std::int64_t{1} << 31));
    std::vector<std::uint32_t> expected = keys;
    std::sort(expected.begin(), expected.end());
    radix_sort(keys);
    ASSERT_EQ(keys, expected) << n;
  }
}

}  // namespace
}  // namespace against_all
