// A published percentage compared with the recomputation, at the published rounding.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/shares.hpp"

namespace against_all {

struct PublishedCheck {
  std::optional<Fraction> recomputed;   // against_all / ballots_cast, or ballots_cast / registered
  std::optional<bool> matches;          // nullopt when the counts it needs are unknown
  std::vector<Measure> missing;         // those counts
};

// matches: |recomputed % − published| ≤ 0.5·10^−decimals (+1e−9 for binary rounding).
PublishedCheck check_published(const Figures& figures, const PublishedClaim& published);

// Two published values of one figure disagree when no true value rounds to both.
bool published_compatible(const PublishedClaim& a, const PublishedClaim& b);

}  // namespace against_all
