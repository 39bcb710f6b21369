// What goes with the against-all share: turnout, the electorate's size, the number of candidates,
// the leader's share and the kind of unit, side by side with the share of every contest (or
// region). The `factors` result of docs/engine-api.md (JSON: wire/factors.hpp). Relations, never causes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/measures.hpp"
#include "against_all/shares.hpp"
#include "against_all/statistics.hpp"

namespace against_all {

struct FactorsOptions {
  std::optional<Measure> base;        // ballots_cast | valid_votes; none = chosen from the data
  std::optional<std::string> level;   // "contest" | "region"; none = chosen from the data
};

// One contest (or region) as a point of every chart.
struct FactorPoint {
  int unit = 0;
  std::optional<std::int64_t> against_all, base, registered, candidates, leader_votes;
  std::optional<Fraction> share;
  std::string share_missing;                 // against_all | base | base_zero | "" (known)
  std::optional<double> turnout;
  std::string turnout_source;                // counts | published | ""
  std::optional<double> leader_share;
  std::optional<int> rank;
};

// A level the view can show: its units, and how many have a share on each base.
struct FactorsLevel {
  const char* name = "contest";              // "contest" | "region"
  std::size_t units = 0;
  int with_share_cast = 0;
  int with_share_valid = 0;
};

// The units a relation or a grouping leaves out, and why.
struct LeftOut {
  int share_unknown = 0;
  int factor_unknown = 0;
  std::optional<int> registered_zero;        // the electorate's size only
};

// One factor beside the share: Pearson (on log10 of it where `transform` says) and Spearman.
struct FactorRelation {
  const char* factor = "";
  const char* transform = nullptr;           // "log10" or nullptr
  int n = 0;
  Correlation pearson, spearman;
  LeftOut left_out;
};

struct GroupTotals {
  GroupStats stats;
  std::int64_t against_all = 0;
  std::int64_t base = 0;
};
struct CandidateGroup {                      // contests with min..max candidates (no max: or more)
  int min = 0;
  std::optional<int> max;
  GroupTotals totals;
};
struct KindGroup {
  std::string kind;
  GroupTotals totals;
};
template <typename Group>
struct Grouping {
  std::vector<Group> groups;                 // empty groups left out
  LeftOut left_out;
};

struct ShareCounts {
  std::size_t units = 0;
  int known = 0, against_all_unknown = 0, base_unknown = 0, base_zero = 0;
};

struct Factors {
  std::string level;                         // "contest" | "region"
  bool level_from_request = false;
  Measure base = Measure::ballots_cast;
  bool base_from_request = false;
  std::vector<FactorsLevel> levels;
  ShareCounts share;
  std::vector<FactorRelation> factors;
  bool contest = true;                       // the level is the contests (not regions)
  std::optional<Grouping<CandidateGroup>> candidate_groups;   // contests only
  std::optional<Grouping<KindGroup>> kind_groups;             // when the units are of two kinds or more
  std::vector<FactorPoint> units;
};

Factors build_factors(const Dataset& dataset, const Figures& figures, const FactorsOptions& options);

}  // namespace against_all
