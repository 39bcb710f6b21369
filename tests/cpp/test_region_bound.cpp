// Issue 12, (2): what a region's published total leaves for a contest without its against-all
// count. On the bundled data: the bound is the region's total less every known count of its other
// contests, and where it settles a contest, the rule gives that outcome for every count up to it.
#include <gtest/gtest.h>

#include <cstdint>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/presets.hpp"
#include "against_all/region_bound.hpp"
#include "against_all/scenario.hpp"
#include "against_all/settle.hpp"
#include "against_all/wire/dataset_manifest.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

class RegionBoundOnBundledData : public testing::Test {
 protected:
  void SetUp() override {
    auto read = read_dataset(test::load_folder(test::source_path("data/kz-2023-akims")));
    ASSERT_TRUE(read.ok());
    dataset_ = read.value();
    figures_ = resolve_figures(dataset_);
    table_ = contest_table(dataset_, figures_);
  }
  int index_of(const std::string& id) const {
    for (std::size_t i = 0; i < table_.contests.size(); ++i)
      if (dataset_.units[table_.contests[i]].id == id) return static_cast<int>(i);
    return -1;
  }
  Dataset dataset_;
  Figures figures_;
  ContestTable table_;
};

TEST_F(RegionBoundOnBundledData, IsTheRegionsTotalLessTheKnownCountsOfItsOtherContests) {
  int bounded = 0;
  for (std::size_t i = 0; i < table_.contests.size(); ++i) {
    const auto& bound = table_.region_bounds[i];
    if (!bound) continue;
    ++bounded;
    const int contest = table_.contests[i];
    EXPECT_FALSE(table_.counts[i].against_all) << dataset_.units[contest].id;
    const Unit& region = dataset_.units[bound->region];
    EXPECT_EQ(bound->region, dataset_.units[contest].parent);
    std::int64_t known = 0;
    int without = 0;
    for (int other : region.children) {
      const auto count = figures_.value(other, "against_all");
      if (count) known += *count; else ++without;
    }
    EXPECT_EQ(bound->against_all_at_most, *figures_.value(bound->region, "against_all") - known)
        << dataset_.units[contest].id;
    EXPECT_EQ(bound->sharing, without) << dataset_.units[contest].id;
  }
  // Akmola (four districts without the count), Karaganda, Kostanay, Pavlodar.
  EXPECT_GE(bounded, 8);
  const int akkol = index_of("akmola/akkol");
  ASSERT_GE(akkol, 0);
  ASSERT_TRUE(table_.region_bounds[static_cast<std::size_t>(akkol)]);
  EXPECT_EQ(table_.region_bounds[static_cast<std::size_t>(akkol)]->sharing, 4);
}

TEST_F(RegionBoundOnBundledData, WhereItSettlesAContestEveryCountUpToItGivesThatOutcome) {
  int settled = 0, open = 0;
  for (const Preset& preset : presets())
    for (PercentE6 swing : {PercentE6{0}, 5 * kPercentScale})
      for (std::size_t i = 0; i < table_.contests.size(); ++i) {
        const auto& bound = table_.region_bounds[i];
        const ContestCounts& c = table_.counts[i];
        if (!bound || decide_outcome(c, preset.rule, swing) != Outcome::undecided) continue;
        const RegionBoundVerdict v = apply_region_bound(c, *bound, preset.rule, swing);
        const std::int64_t most = bound->against_all_at_most;
        EXPECT_EQ(decide_outcome(with_figure(c, "against_all", most), preset.rule, swing), v.at_bound);
        if (!v.settles) {
          ++open;
          continue;
        }
        ++settled;
        const std::int64_t step = most > 400 ? most / 200 : 1;
        for (std::int64_t y = 0; y <= most; y += step)
          ASSERT_EQ(decide_outcome(with_figure(c, "against_all", y), preset.rule, swing), *v.settles)
              << dataset_.units[table_.contests[i]].id << " " << preset.id << " at " << y;
      }
  EXPECT_GT(settled + open, 10);
}

}  // namespace
}  // namespace against_all
