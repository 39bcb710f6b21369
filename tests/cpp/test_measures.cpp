#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "against_all/measures.hpp"

namespace against_all {
namespace {

TEST(Measures, EachNameReadsBackAsItsMeasure) {
  for (Measure measure : {Measure::registered, Measure::ballots_cast, Measure::invalid, Measure::blank,
                          Measure::crossed_out, Measure::against_all, Measure::valid_votes, Measure::candidates,
                          Measure::against_all_pct, Measure::turnout_pct, Measure::candidate_votes}) {
    EXPECT_EQ(measure_named(measure_name(measure)), measure) << measure_name(measure);
  }
  EXPECT_EQ(measure_named("contests"), std::nullopt);
  EXPECT_EQ(measure_named(""), std::nullopt);
}

TEST(Measures, CountsInTheOrderEveryUnitShowsThem) {
  std::vector<std::string> names;
  for (Measure measure : count_measures()) names.push_back(measure_name(measure));
  EXPECT_EQ(names, (std::vector<std::string>{"registered", "ballots_cast", "invalid", "blank", "crossed_out",
                                             "against_all", "valid_votes", "candidates"}));
  EXPECT_EQ(percent_measures(), (std::vector<Measure>{Measure::against_all_pct, Measure::turnout_pct}));
}

TEST(Measures, KindsOfANameReadFromAFile) {
  EXPECT_TRUE(is_additive("valid_votes"));
  EXPECT_FALSE(is_additive("turnout_pct"));
  EXPECT_FALSE(is_additive("candidate_votes"));
  EXPECT_TRUE(is_percent_measure("turnout_pct"));
  EXPECT_FALSE(is_percent_measure("against_all"));
  EXPECT_FALSE(is_percent_measure("contests"));
}

}  // namespace
}  // namespace against_all
