// Conventions of a results file found from its numbers (docs/engine-api.md, "Conventions"): after a
// build, a mapped column that disagrees with the others the same way in (nearly) every contest is
// named, with the readings that fit; the reading the user picks comes back in the mapping's
// "conventions" and is applied here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "against_all/upload.hpp"

namespace against_all {

// Applies mapping.conventions to the built dataset (valid votes + against all; ballots cast derived
// from valid + invalid; turnout fractions as percentages) and says so in the report's notes.
void apply_conventions(Upload& upload);

// What the numbers show about a convention of the file: the report offers its readings.
struct ConventionOffer {
  enum class Kind {
    valid_votes_exclude_against_all,   // valid votes = the candidates' votes, against all left out
    ballots_cast_derivable,            // no ballots cast, but valid and invalid votes to add up
    turnout_fraction,                  // every published turnout at most 1
  };
  Kind kind = Kind::valid_votes_exclude_against_all;
  int contests = 0;   // valid votes, turnout: the contests that show it…
  int of = 0;         // …of those that could
  int units = 0;      // ballots cast: the units whose ballots cast can be derived
  // valid votes: the first contest that shows it
  std::string example_unit;
  std::int64_t example_candidates = 0;
  std::int64_t example_against_all = 0;
  std::int64_t example_valid_votes = 0;
};

// Each convention the built upload's numbers show (nearly every contest) and the mapping does not apply yet.
std::vector<ConventionOffer> convention_offers(const Upload& upload);

}  // namespace against_all
