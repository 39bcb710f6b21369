// What the `summary` and `check` ops show, computed once for a dataset: the figures, each unit's
// shares and rank, the findings and where the regions lie against the national share. Written
// as JSON by wire/summary.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "against_all/checks.hpp"
#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/shares.hpp"

namespace against_all {

struct Summary {
  Figures figures;
  std::vector<UnitShares> shares;                  // by unit
  std::vector<std::optional<int>> rank;            // by unit: its rank among its level's shares
  std::vector<std::optional<int>> rank_of;         // by unit: how many of its level are ranked
  std::vector<Finding> findings;
  std::vector<std::vector<std::string>> findings_of_unit;   // by unit: the ids of the findings naming it
  int regions_above = 0;                           // regions whose share is above the national one
  int regions_below = 0;
};

Summary summarise(const Dataset& dataset);

}  // namespace against_all
