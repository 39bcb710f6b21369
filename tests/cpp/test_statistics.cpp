// Correlations, intervals and group statistics against values computed independently
// (tests/fixtures/statistics/make_expected.py: Python's statistics and math modules), and their
// properties: r of a variable with itself, scaling, monotone transforms, ties, too few, constants.
#include <cmath>
#include <vector>

#include "against_all/statistics.hpp"
#include "test_support.hpp"

namespace against_all::test {
namespace {

std::vector<double> numbers(const json& list) {
  std::vector<double> out;
  for (const auto& v : list) out.push_back(v.get<double>());
  return out;
}

void expect_matches(const Correlation& got, const json& want, const std::string& name) {
  SCOPED_TRACE(name);
  if (want["r"].is_null()) {
    EXPECT_FALSE(got.r.has_value());
    EXPECT_EQ(got.missing, want["missing"].get<std::string>());
    return;
  }
  ASSERT_TRUE(got.r.has_value());
  EXPECT_NEAR(*got.r, want["r"].get<double>(), 1e-12);
  if (want["ci"].is_null()) {
    EXPECT_FALSE(got.ci_low.has_value());
    return;
  }
  ASSERT_TRUE(got.ci_low.has_value());
  EXPECT_NEAR(*got.ci_low, want["ci"][0].get<double>(), 1e-12);
  EXPECT_NEAR(*got.ci_high, want["ci"][1].get<double>(), 1e-12);
}

TEST(Statistics, CorrelationsMatchIndependentValues) {
  const json cases = json::parse(read_text(source_path("tests/fixtures/statistics/expected.json")));
  ASSERT_GE(cases.size(), 8u);
  for (auto it = cases.begin(); it != cases.end(); ++it) {
    const auto x = numbers(it.value()["x"]);
    const auto y = numbers(it.value()["y"]);
    expect_matches(pearson(x, y), it.value()["pearson"], it.key() + " pearson");
    expect_matches(spearman(x, y), it.value()["spearman"], it.key() + " spearman");
  }
}

TEST(Statistics, TextbookPearsonByHand) {
  // mean x 3, mean y 4; Σdxdy = 6, Σdx² = 10, Σdy² = 6: r = 6 / √60.
  const auto c = pearson({1, 2, 3, 4, 5}, {2, 4, 5, 4, 5});
  EXPECT_EQ(c.n, 5);
  EXPECT_NEAR(*c.r, 6 / std::sqrt(60.0), 1e-15);
}

TEST(Statistics, VariableWithItselfIsOne) {
  const std::vector<double> x = {0.02, 0.015, 0.031, 0.008, 0.022, 0.019};
  EXPECT_NEAR(*pearson(x, x).r, 1.0, 1e-15);
  EXPECT_NEAR(*spearman(x, x).r, 1.0, 1e-15);
  std::vector<double> minus;
  for (double v : x) minus.push_back(-v);
  EXPECT_NEAR(*pearson(x, minus).r, -1.0, 1e-15);
  EXPECT_FALSE(pearson(x, x).ci_low.has_value()) << "|r| = 1: no Fisher interval";
}

TEST(Statistics, InvariantToScalingAndShifting) {
  const std::vector<double> x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
  const std::vector<double> y = {2, 7, 1, 8, 2, 8, 1, 8, 2, 8};
  std::vector<double> scaled;
  for (double v : x) scaled.push_back(1000 * v - 17);
  EXPECT_NEAR(*pearson(x, y).r, *pearson(scaled, y).r, 1e-12);
  EXPECT_NEAR(*spearman(x, y).r, *spearman(scaled, y).r, 1e-15);
  EXPECT_NEAR(*pearson(x, y).ci_low, *pearson(scaled, y).ci_low, 1e-12);
}

TEST(Statistics, SpearmanOfMonotoneTransformsIsUnchanged) {
  const std::vector<double> x = {120, 5400, 880, 32000, 2500, 61000, 430};
  const std::vector<double> y = {0.031, 0.012, 0.02, 0.009, 0.025, 0.011, 0.028};
  std::vector<double> logged, cubed;
  for (double v : x) {
    logged.push_back(log10_of(v));
    cubed.push_back(v * v * v);
  }
  EXPECT_EQ(*spearman(x, y).r, *spearman(logged, y).r);
  EXPECT_EQ(*spearman(x, y).r, *spearman(cubed, y).r);
}

TEST(Statistics, TiesGetAverageRanks) {
  EXPECT_EQ(average_ranks({10, 20, 20, 30}), (std::vector<double>{1, 2.5, 2.5, 4}));
  EXPECT_EQ(average_ranks({5, 5, 5}), (std::vector<double>{2, 2, 2}));
  EXPECT_EQ(average_ranks({3, 1, 2}), (std::vector<double>{3, 1, 2}));
}

TEST(Statistics, TooFewAndConstantColumnsHaveNoR) {
  EXPECT_EQ(pearson({}, {}).missing, "too_few");
  EXPECT_EQ(pearson({1, 2}, {2, 1}).missing, "too_few");
  EXPECT_EQ(pearson({1, 2}, {2, 1}).n, 2);
  const auto three = pearson({1, 2, 3}, {1, 3, 2});
  EXPECT_TRUE(three.r.has_value());
  EXPECT_FALSE(three.ci_low.has_value()) << "n = 3: Fisher's 1/√(n−3) is undefined";
  EXPECT_EQ(pearson({4, 4, 4, 4}, {1, 2, 3, 4}).missing, "constant");
  EXPECT_EQ(spearman({1, 2, 3, 4}, {7, 7, 7, 7}).missing, "constant");
}

TEST(Statistics, StrengthInWords) {
  EXPECT_STREQ(strength_of(0.05), "none");
  EXPECT_STREQ(strength_of(-0.25), "weak");
  EXPECT_STREQ(strength_of(0.3), "moderate");
  EXPECT_STREQ(strength_of(-0.7), "strong");
}

TEST(Statistics, OwnLogAndExpAgreeWithTheLibrary) {
  for (double x : {1e-300, 1e-9, 0.001, 0.5, 0.7071, 1.0, 1.5, 2.0, 10.0, 654443.0, 1e15, 1e300}) {
    EXPECT_NEAR(log_of(x), std::log(x), 1e-14 * std::max(1.0, std::fabs(std::log(x)))) << x;
  }
  EXPECT_EQ(log_of(1.0), 0.0);
  for (double x : {-700.0, -20.0, -1.0, -1e-6, 0.0, 0.3, 1.0, 5.5, 40.0, 700.0}) {
    EXPECT_NEAR(exp_of(x) / std::exp(x), 1.0, 1e-14) << x;
  }
  EXPECT_NEAR(log10_of(1000), 3, 1e-15);
}

TEST(Statistics, GroupMeansWeightedAndNot) {
  // 10/100, 40/200, 40/100: weighted 90/400, unweighted (0.1 + 0.2 + 0.4) / 3, median 0.2.
  const auto g = group_stats({0.1, 0.2, 0.4}, {10, 40, 40}, {100, 200, 100});
  EXPECT_EQ(g.n, 3);
  EXPECT_DOUBLE_EQ(*g.weighted, 0.225);
  EXPECT_DOUBLE_EQ(*g.mean, 0.7 / 3);
  EXPECT_DOUBLE_EQ(*g.median, 0.2);
  const auto even = group_stats({0.4, 0.1, 0.2, 0.3}, {4, 1, 2, 3}, {10, 10, 10, 10});
  EXPECT_DOUBLE_EQ(*even.median, 0.25);
  EXPECT_DOUBLE_EQ(*even.weighted, 0.25);
  const auto empty = group_stats({}, {}, {});
  EXPECT_EQ(empty.n, 0);
  EXPECT_FALSE(empty.mean.has_value());
  EXPECT_FALSE(empty.weighted.has_value());
}

}  // namespace
}  // namespace against_all::test
