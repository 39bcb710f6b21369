// What a region's total leaves for its contests whose figures are unknown.
#pragma once

#include <optional>
#include <vector>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"

namespace against_all {

struct Remainder {
  std::vector<int> contests;   // children whose ballots_cast or against_all is unknown (two or more)
  Figure ballots_cast;         // parent − the children known for both measures; derived, never split
  Figure against_all;
};

// nullopt when fewer than two children are unknown, none is known, or the parent knows neither total.
std::optional<Remainder> remainder_of(const Dataset& dataset, const Figures& figures, int unit);

}  // namespace against_all
